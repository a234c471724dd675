// strongroom-backups-screenshot: the console's main window with the Backups section in one view,
// saved as a picture once that view has settled. Used by tools/backups-screenshots.sh for
// docs/screenshots; not installed.
#include "BackupsScreenshot.h"
#include "MainWindow.h"
#include "backups/BackupsPage.h"
#include "core/JobRunner.h"
#include "core/ProcessHardening.h"
#include "core/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <QtCrypto>

using namespace strongroom;

int main(int argc, char *argv[])
{
    processhardening::hardenProcess();
    QCA::Initializer crypto(QCA::Practical, 64);
    QApplication app(argc, argv);
    // The console's names, so the screenshot reads the console's settings (the retention policy).
    QApplication::setOrganizationName(QStringLiteral("strongroom"));
    QApplication::setApplicationName(QStringLiteral("strongroom"));
    QApplication::setApplicationDisplayName(QStringLiteral("Strongroom"));
    QApplication::setApplicationVersion(QStringLiteral(STRONGROOM_VERSION));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Screenshots of the console's Backups section"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The database whose backups are shown."));
    parser.addOption({QStringLiteral("key-env"),
                      QStringLiteral("Open the database with the key in environment variable NAME."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("view"),
                      QStringLiteral("The view to show (%1).")
                          .arg(ui::BackupsScreenshot::views().join(QStringLiteral(", "))),
                      QStringLiteral("VIEW")});
    parser.addOption({QStringLiteral("restore-file"),
                      QStringLiteral("With --view restore-*: the backup file to restore (default: the newest "
                                     "in the history)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("output"), QStringLiteral("Where to save the screenshot (PNG)."),
                      QStringLiteral("FILE")});
    parser.process(app);
    const QString view = parser.value(QStringLiteral("view"));
    const QString target = parser.value(QStringLiteral("output"));
    if (parser.positionalArguments().size() != 1 || !ui::BackupsScreenshot::views().contains(view) ||
        target.isEmpty()) {
        QTextStream(stderr) << parser.helpText();
        return 2;
    }

    JobRunner runner;
    ui::MainWindow window(&runner);
    window.show();
    std::optional<KeyMaterial> key;
    if (parser.isSet(QStringLiteral("key-env"))) {
        KeyReader reader;
        reader.setConsumeEnvironment(true);
        auto read = reader.read(KeySource::environment(parser.value(QStringLiteral("key-env"))),
                                QStringLiteral("key"));
        if (!read) {
            QTextStream(stderr) << read.error().message << Qt::endl;
            return 3;
        }
        key = *read;
    }
    window.openDatabase(parser.positionalArguments().constFirst(), key);
    window.showSection(ui::MainWindow::Section::Backups);
    auto *backups = new ui::BackupsScreenshot(window.findChild<ui::BackupsPage *>(), &runner, view,
                                              parser.value(QStringLiteral("restore-file")));

    auto *poll = new QTimer(&window);
    QObject::connect(poll, &QTimer::timeout, &window, [&window, poll, target, backups] {
        QWidget *subject = backups->ready(&window);
        if (!subject)
            return;
        poll->stop();
        const bool saved = subject->grab().save(target);
        QTextStream(stderr) << (saved ? "screenshot: " : "could not save the screenshot: ") << target
                            << Qt::endl;
        QApplication::exit(saved ? 0 : 1);
    });
    poll->start(200);
    return app.exec();
}
