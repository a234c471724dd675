#include "cli/Cli.h"
#include "cli/CliContext.h"
#include "core/ProcessHardening.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QtCrypto>
#include <cstdio>

int main(int argc, char *argv[])
{
    strongroom::processhardening::hardenProcess();
    // Early, so that a Ctrl-C during start-up (QCA's plugin loading can take a while) is an interrupt
    // the program answers with exit 130, not the default action.
    strongroom::cli::installInterruptHandler();
    QCA::Initializer crypto(QCA::Practical, 64);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("strongroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRONGROOM_VERSION));
    // Messages follow LANGUAGE/LC_ALL/LC_MESSAGES/LANG as in the console; --json keys and kinds stay
    // English identifiers.
    strongroom::installTranslations(app);

    strongroom::cli::Cli cli;
    strongroom::cli::registerAllCommands(cli);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cli.run(QCoreApplication::arguments(), out, err);
}
