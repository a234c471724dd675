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

const QCommandLineOption
    kReadOnly(QStringLiteral("read-only"),
              QStringLiteral("Only read the image: a read-only loop device and mapping."));
const QCommandLineOption
    kName(QStringLiteral("name"),
          QStringLiteral("As root without udisks2: the mapping name (/dev/mapper/NAME); default "
                         "strongroom- and the image's name."),
          QStringLiteral("NAME"));

int runMapping(CliContext &context, const QCommandLineParser &parser, VolumeMappingRequest request,
               KeyMaterial key = {})
{
    request.image = QFileInfo(request.image).absoluteFilePath();
    request.mappingName = parser.value(kName);
    const JobReport report =
        context.runJob(std::make_shared<VolumeMappingJob>(std::move(request), std::move(key)));
    if (report.outcome == JobOutcome::Cancelled) {
        context.err() << "Cancelled; nothing was changed." << Qt::endl;
        return static_cast<int>(ExitCode::Cancelled);
    }
    if (report.error)
        return context.fail(*report.error);
    if (context.json()) {
        context.printJson(report.data);
        return 0;
    }
    // The overview names the folder a mount ended up in (udisks2 chooses it).
    context.out() << report.overview << Qt::endl;
    return 0;
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
    parser.addPositionalArgument(QStringLiteral("IMAGE"), QStringLiteral("The LUKS image."));
    parser.addOption(kReadOnly);
    parser.addOption(kName);
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
    return runMapping(context, parser, {Verb::Open, *image, parser.isSet(kReadOnly), {}, {}},
                      std::move(*key));
}

void VolumeCloseCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("IMAGE"), QStringLiteral("The opened image."));
    parser.addOption(kName);
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
    parser.addPositionalArgument(QStringLiteral("IMAGE"), QStringLiteral("The opened image."));
    parser.addPositionalArgument(
        QStringLiteral("[FOLDER]"),
        QStringLiteral("As root without udisks2 only: an empty folder, no symbolic links on "
                       "its path. udisks2 mounts under /media/USER itself."));
    parser.addOption(kReadOnly);
    parser.addOption(kName);
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
    return runMapping(context, parser, {Verb::Mount, args[0], parser.isSet(kReadOnly), folder, {}});
}

void VolumeUnmountCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("IMAGE"), QStringLiteral("The mounted image."));
    parser.addOption(kName);
}

int VolumeUnmountCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto image = singleImage(parser, "unmount");
    if (!image)
        return context.fail(image.error());
    return runMapping(context, parser, {Verb::Unmount, *image, false, {}, {}});
}

} // namespace strongroom::cli
