// strongroom-backups-screenshot: the console's main window with the Backups section in one view,
// saved as a picture once that view has settled. Used by tools/backups-screenshots.sh for
// docs/screenshots; not installed.
#include "BackupsScreenshot.h"
#include "ConsoleProgram.h"
#include "backups/BackupsPage.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

using namespace strongroom;

int main(int argc, char *argv[])
{
    // The console's names, so the screenshot reads the console's settings (the retention policy).
    ui::ConsoleProgram program(argc, argv);

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
    parser.process(program.app());
    const QString view = parser.value(QStringLiteral("view"));
    const QString target = parser.value(QStringLiteral("output"));
    if (parser.positionalArguments().size() != 1 || !ui::BackupsScreenshot::views().contains(view) ||
        target.isEmpty()) {
        QTextStream(stderr) << parser.helpText();
        return 2;
    }

    ui::MainWindow &window = program.window();
    auto key = ui::ConsoleProgram::keyFromEnvironment(parser);
    if (!key) {
        QTextStream(stderr) << key.error().message << Qt::endl;
        return 3;
    }
    window.openDatabase(parser.positionalArguments().constFirst(), key.value());
    window.showSection(ui::MainWindow::Section::Backups);
    auto *backups = new ui::BackupsScreenshot(window.findChild<ui::BackupsPage *>(), &program.runner(), view,
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
    return program.app().exec();
}
