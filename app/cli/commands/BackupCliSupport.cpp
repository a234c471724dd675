#include "cli/commands/BackupCliSupport.h"

#include "cli/CliContext.h"
#include "cli/commands/DbOpenOptions.h"

#include <QCoreApplication>

namespace strongroom::cli::backupcli {

void declareBackupKeyOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("backup-key-env"),
                      QCoreApplication::translate(
                          "cli::BackupCliSupport",
                          "Read the backup's key from environment variable NAME (when it differs from the "
                          "live database's)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("backup-key-file"),
         QCoreApplication::translate("cli::BackupCliSupport", "Read the backup's key from FILE."),
         QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("backup-passphrase-stdin"),
                      QCoreApplication::translate("cli::BackupCliSupport",
                                                  "Read the backup's key as one line from standard input.")});
}

Result<std::optional<KeyMaterial>> readBackupKey(CliContext &context, const QCommandLineParser &parser)
{
    if (!CliContext::keyGiven(parser, QStringLiteral("backup-")))
        return std::optional<KeyMaterial>();
    Result<KeyMaterial> key = context.readKey(
        parser, QCoreApplication::translate("BackupCliSupport", "backup key"), QStringLiteral("backup-"));
    if (!key)
        return key.error();
    return std::optional<KeyMaterial>(key.value());
}

std::optional<int> failureExit(CliContext &context, const JobReport &report, int hints)
{
    if (report.outcome != JobOutcome::Cancelled && report.error)
        return context.fail(dbopen::withHints(*report.error, hints));
    return context.failedExit(
        report, QCoreApplication::translate("BackupCliSupport", "Cancelled; nothing was changed."));
}

} // namespace strongroom::cli::backupcli
