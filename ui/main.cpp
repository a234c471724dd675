#include "ConsoleProgram.h"
#include "pages/DatabasesPage.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

using namespace strongroom;

int main(int argc, char *argv[])
{
    ui::ConsoleProgram program(argc, argv);

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
    parser.process(program.app());

    ui::MainWindow &window = program.window();
    JobRunner &runner = program.runner();
    std::optional<KeyMaterial> key;
    if (auto read = ui::ConsoleProgram::keyFromEnvironment(parser))
        key = std::move(read.value());
    else
        QTextStream(stderr) << read.error().message << Qt::endl;
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
    return program.app().exec();
}
