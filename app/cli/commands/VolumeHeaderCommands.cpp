// volume header-backup, header-restore: HeaderBackupJob, the job the Volumes page runs.
#include "cli/commands/VolumeHeaderCommands.h"

#include "cli/CliContext.h"
#include "cli/commands/VolumeOptions.h"
#include "volumes/HeaderBackupJob.h"

#include <QCoreApplication>

namespace strongroom::cli {

void VolumeHeaderBackupCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("IMAGE"),
                                 QCoreApplication::translate("cli::VolumeHeaderCommands", "The LUKS image."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("cli::VolumeHeaderCommands",
                                    "Where to write the header backup (must not exist)."));
    parser.addOption({QStringLiteral("header"),
                      QCoreApplication::translate("cli::VolumeHeaderCommands", "A detached LUKS header."),
                      QStringLiteral("FILE")});
}

namespace {
// Runs the job; the exit code of a cancel or a failure (printed), or nullopt when it succeeded.
std::optional<int> runHeaderJob(CliContext &context, HeaderBackupJob::Request request, JobReport &report)
{
    report = context.runJob(std::make_shared<HeaderBackupJob>(std::move(request)));
    FinishOptions options;
    options.cancelledShowsOverview = true; // the job says what a cancelled restore left
    return context.failedExit(report, options);
}
} // namespace

int VolumeHeaderBackupCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto image = volumeoptions::oneImage(parser, QStringLiteral("header-backup"), 2);
    if (!image)
        return context.fail(image.error());
    const QString file = parser.positionalArguments().at(1);
    HeaderBackupJob::Request request = HeaderBackupJob::Request::backup(image.value(), file);
    request.header = parser.value(QStringLiteral("header"));
    JobReport report;
    if (auto rc = runHeaderJob(context, request, report))
        return *rc;
    const QString uuid = report.data.value(QStringLiteral("uuid")).toString();
    if (context.json())
        context.printJson(report.data);
    else
        context.out() << QCoreApplication::translate("cli::VolumeHeaderCommands",
                                                     "Saved the LUKS header of %1 (UUID %2) to %3. Keep it "
                                                     "somewhere safe: it holds the key slots of today.")
                             .arg(image.value(), uuid, file)
                      << Qt::endl;
    return 0;
}

void VolumeHeaderRestoreCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("IMAGE"),
                                 QCoreApplication::translate("cli::VolumeHeaderCommands", "The LUKS image."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("cli::VolumeHeaderCommands", "The header backup."));
    parser.addOption(
        {QStringLiteral("force"),
         QCoreApplication::translate("cli::VolumeHeaderCommands",
                                     "Restore even when the UUIDs differ or the image has no header.")});
    CliContext::declareYes(parser);
}

int VolumeHeaderRestoreCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto image = volumeoptions::oneImage(parser, QStringLiteral("header-restore"), 2);
    if (!image)
        return context.fail(image.error());
    const QString file = parser.positionalArguments().at(1);
    context.warn(QCoreApplication::translate(
        "VolumeHeaderCommands",
        "Restoring a header brings back the key slots of the time of the backup: keys removed "
        "since then open the volume again, keys added since then stop working."));
    if (auto refusal =
            context.confirm(parser, QCoreApplication::translate("VolumeHeaderCommands",
                                                                "Replace the LUKS header of %1 with %2?")
                                        .arg(image.value(), file)))
        return context.fail(*refusal);
    HeaderBackupJob::Request request = HeaderBackupJob::Request::restore(image.value(), file);
    request.force = parser.isSet(QStringLiteral("force"));
    JobReport report;
    if (auto rc = runHeaderJob(context, request, report))
        return *rc;
    const QString previous = report.data.value(QStringLiteral("previous_header")).toString();
    if (context.json())
        context.printJson(report.data);
    else {
        context.out() << QCoreApplication::translate("cli::VolumeHeaderCommands",
                                                     "Restored the header of %1 from %2.")
                             .arg(image.value(), file)
                      << Qt::endl;
        if (!previous.isEmpty())
            context.out() << QCoreApplication::translate("cli::VolumeHeaderCommands",
                                                         "The header it replaced is kept in %1.")
                                 .arg(previous)
                          << Qt::endl;
    }
    return 0;
}

} // namespace strongroom::cli
