// volume open, close, mount, unmount: VolumeMappingJob, the same job the Volumes page runs. A normal
// user goes through udisks2 over D-Bus; root without udisks2 does it in-process (see the job).
#include "cli/commands/VolumeMappingCommands.h"

#include "cli/CliContext.h"
#include "volumes/VolumeMappingJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace strongroom::cli {

namespace {
using Verb = VolumeMappingRequest::Verb;

// Functions, not constants: a description is translated when --help asks for it, after main()
// installed the catalogue.
QCommandLineOption readOnlyOption()
{
    return {QStringLiteral("read-only"),
            QCoreApplication::translate("cli::VolumeMappingCommands",
                                        "Only read the image: a read-only loop device and mapping.")};
}

QCommandLineOption nameOption()
{
    return {
        QStringLiteral("name"),
        QCoreApplication::translate("cli::VolumeMappingCommands",
                                    "As root without udisks2: the mapping name (/dev/mapper/NAME); default "
                                    "strongroom- and the image's name."),
        QStringLiteral("NAME")};
}

int runMapping(CliContext &context, const QCommandLineParser &parser, VolumeMappingRequest request,
               KeyMaterial key = {})
{
    request.image = QFileInfo(request.image).absoluteFilePath();
    request.mappingName = parser.value(QStringLiteral("name"));
    const JobReport report =
        context.runJob(std::make_shared<VolumeMappingJob>(std::move(request), std::move(key)));
    // The overview names the folder a mount ended up in (udisks2 chooses it).
    return context.finishJob(
        report, QCoreApplication::translate("cli::VolumeMappingCommands", "Cancelled; nothing was changed."));
}

Result<QString> singleImage(const QCommandLineParser &parser, const char *verb)
{
    if (parser.positionalArguments().size() != 1)
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("VolumeMappingCommands", "volume %1 takes IMAGE.")
                         .arg(QLatin1String(verb)));
    return parser.positionalArguments().first();
}
} // namespace

void VolumeOpenCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("IMAGE"),
        QCoreApplication::translate("cli::VolumeMappingCommands", "The LUKS image."));
    parser.addOption(readOnlyOption());
    parser.addOption(nameOption());
    CliContext::declareKeyOptions(parser);
}

int VolumeOpenCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto image = singleImage(parser, "open");
    if (!image)
        return context.fail(image.error());
    // Exit 7 before asking for a key that could not be used here.
    if (auto s = requireDeviceMapper(); !s)
        return context.fail(s.error());
    auto key = context.readKey(
        parser, QCoreApplication::translate("VolumeMappingCommands", "key for %1").arg(*image));
    if (!key)
        return context.fail(key.error());
    return runMapping(context, parser,
                      {Verb::Open, *image, parser.isSet(QStringLiteral("read-only")), {}, {}},
                      std::move(*key));
}

void VolumeCloseCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("IMAGE"),
        QCoreApplication::translate("cli::VolumeMappingCommands", "The opened image."));
    parser.addOption(nameOption());
}

int VolumeCloseCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto image = singleImage(parser, "close");
    if (!image)
        return context.fail(image.error());
    return runMapping(context, parser, {Verb::Close, *image, false, {}, {}});
}

void VolumeMountCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("IMAGE"),
        QCoreApplication::translate("cli::VolumeMappingCommands", "The opened image."));
    parser.addPositionalArgument(
        QStringLiteral("[FOLDER]"),
        QCoreApplication::translate("cli::VolumeMappingCommands",
                                    "As root without udisks2 only: an empty folder, no symbolic links on "
                                    "its path. udisks2 mounts under /media/USER itself."));
    parser.addOption(readOnlyOption());
    parser.addOption(nameOption());
}

int VolumeMountCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty() || args.size() > 2)
        return context.fail(
            Error(ExitCode::Usage, QCoreApplication::translate("VolumeMappingCommands",
                                                               "volume mount takes IMAGE [FOLDER].")));
    // Made absolute without resolving symbolic links: the in-process mount refuses them itself.
    const QString folder =
        args.size() == 2 ? QDir::cleanPath(QDir::current().absoluteFilePath(args[1])) : QString();
    return runMapping(context, parser,
                      {Verb::Mount, args[0], parser.isSet(QStringLiteral("read-only")), folder, {}});
}

void VolumeUnmountCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("IMAGE"),
        QCoreApplication::translate("cli::VolumeMappingCommands", "The mounted image."));
    parser.addOption(nameOption());
}

int VolumeUnmountCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto image = singleImage(parser, "unmount");
    if (!image)
        return context.fail(image.error());
    return runMapping(context, parser, {Verb::Unmount, *image, false, {}, {}});
}

} // namespace strongroom::cli
