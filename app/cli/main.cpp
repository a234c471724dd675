#include "cli/Cli.h"
#include "cli/CliContext.h"
#include "core/ProcessHardening.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QtCrypto>
#include <cstdio>

int main(int argc, char *argv[])
{
    strongroom::processhardening::hardenProcess();
    QCA::Initializer crypto(QCA::Practical, 64);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("strongroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRONGROOM_VERSION));
    strongroom::cli::installInterruptHandler();

    strongroom::cli::Cli cli;
    strongroom::cli::registerAllCommands(cli);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cli.run(QCoreApplication::arguments(), out, err);
}
