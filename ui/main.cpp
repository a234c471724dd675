#include "MainWindow.h"
#include "core/JobRunner.h"
#include "core/ProcessHardening.h"
#include "core/Translations.h"
#include "pages/DatabasesPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>
#include <QtCrypto>

using namespace strongroom;

int main(int argc, char *argv[])
{
    processhardening::hardenProcess();
    QCA::Initializer crypto(QCA::Practical, 64);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("strongroom"));
    QApplication::setApplicationName(QStringLiteral("strongroom"));
    QApplication::setApplicationDisplayName(QStringLiteral("Strongroom"));
    QApplication::setApplicationVersion(QStringLiteral(STRONGROOM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.strongroom.Strongroom"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/strongroom.svg")));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Strongroom management console"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Databases to open."),
                                 QStringLiteral("[FILE...]"));
    parser.addOption({QStringLiteral("key-env"),
                      QStringLiteral("Open the databases with the key in environment variable NAME."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("section"),
                      QStringLiteral("Start in a section: databases, backups, volumes, benchmarks, audit."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("screenshot"),
         QStringLiteral(
             "Save a screenshot of the main window to FILE once all started work is done, then quit."),
         QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("wizard"),
         QStringLiteral(
             "Open the conversion wizard (encrypt, decrypt, change key, migrate), on FILE when given.")});
    parser.process(app);

    // The console's one audit log: every job the runner runs writes its line there.
    JobRunner runner{AuditLog()};
    ui::MainWindow window(&runner);
    window.show();

    // Read once for every file, and the variable then leaves the environment: no child inherits it.
    std::optional<KeyMaterial> key;
    if (parser.isSet(QStringLiteral("key-env"))) {
        KeyReader reader;
        reader.setConsumeEnvironment(true);
        auto read = reader.read(KeySource::environment(parser.value(QStringLiteral("key-env"))),
                                QStringLiteral("key"));
        if (read)
            key = *read;
        else
            QTextStream(stderr) << read.error().message << Qt::endl;
    }
    const bool wizard = parser.isSet(QStringLiteral("wizard"));
    if (wizard)
        window.databasesPage()->startConversion(parser.positionalArguments().value(0));
    else
        for (const QString &file : parser.positionalArguments())
            window.openDatabase(file, key);
    if (parser.isSet(QStringLiteral("section"))) {
        const QString name = parser.value(QStringLiteral("section")).toLower();
        const QStringList names{QStringLiteral("databases"), QStringLiteral("backups"),
                                QStringLiteral("volumes"), QStringLiteral("benchmarks"),
                                QStringLiteral("audit")};
        if (names.contains(name))
            window.showSection(ui::MainWindow::Section(names.indexOf(name)));
    }

    if (parser.isSet(QStringLiteral("screenshot"))) {
        // Waits until no job runs (the dashboard has filled in), then lets the window paint once more.
        const QString target = parser.value(QStringLiteral("screenshot"));
        auto *poll = new QTimer(&window);
        int quietTicks = 0;
        QObject::connect(poll, &QTimer::timeout, &window, [&, poll, target]() mutable {
            quietTicks = runner.running().isEmpty() ? quietTicks + 1 : 0;
            if (quietTicks < 5)
                return;
            poll->stop();
            // A dialog on top (the wizard) is what the user sees; grab it rather than the window.
            QWidget *subject = &window;
            if (QApplication::activeModalWidget())
                subject = QApplication::activeModalWidget();
            const bool saved = subject->grab().save(target);
            QTextStream(stderr) << (saved ? "screenshot: " : "could not save the screenshot: ") << target
                                << Qt::endl;
            QApplication::exit(saved ? 0 : 1);
        });
        poll->start(200);
    }
    return app.exec();
}
