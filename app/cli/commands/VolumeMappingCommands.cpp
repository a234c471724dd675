// volume open, close, mount, unmount: the privileged half runs in strongroom-helper under pkexec.
// Where device-mapper is missing they stop before asking for anything, with exit 7.
#include "cli/CliContext.h"
#include "cli/commands/VolumeCommands.h"
#include "volumes/HelperClient.h"

#include <QFileInfo>

namespace strongroom::cli {

namespace {
// The helper call is shared with the console (volumes/HelperClient.h); the CLI's contract adds that
// a machine without device-mapper gets exit 7 whatever the arguments.
int runHelper(CliContext &context, const helper::Request &request, const KeyMaterial *key)
{
    if (auto s = helper::requireDeviceMapper(); !s)
        return context.fail(s.error());
    auto answer = helper::callHelper(request, key);
    if (!answer)
        return context.fail(answer.error());
    if (context.json())
        context.printJson(*answer);
    else
        context.out() << "Done: " << request.verb << ' ' << (request.name.isEmpty() ? request.mountpoint : request.name) << Qt::endl;
    return 0;
}

QString absolute(const QString &path)
{
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}
} // namespace

void VolumeOpenCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("IMAGE"), QStringLiteral("The LUKS image."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The mapping name (/dev/mapper/NAME)."));
    CliContext::declareKeyOptions(parser);
}

int VolumeOpenCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.fail(Error(ExitCode::Usage, QStringLiteral("volume open takes IMAGE NAME.")));
    if (auto s = helper::requireDeviceMapper(); !s)
        return context.fail(s.error());
    auto key = context.readKey(parser, QStringLiteral("key for %1").arg(args[0]));
    if (!key)
        return context.fail(key.error());
    return runHelper(context, {QStringLiteral("open"), absolute(args[0]), args[1], {}}, &key.value());
}

void VolumeCloseCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The mapping name."));
}

int VolumeCloseCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(Error(ExitCode::Usage, QStringLiteral("volume close takes NAME.")));
    return runHelper(context, {QStringLiteral("close"), {}, parser.positionalArguments().first(), {}}, nullptr);
}

void VolumeMountCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The open mapping."));
    parser.addPositionalArgument(QStringLiteral("MOUNTPOINT"), QStringLiteral("An existing folder."));
}

int VolumeMountCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.fail(Error(ExitCode::Usage, QStringLiteral("volume mount takes NAME MOUNTPOINT.")));
    return runHelper(context, {QStringLiteral("mount"), {}, args[0], absolute(args[1])}, nullptr);
}

void VolumeUnmountCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("MOUNTPOINT"), QStringLiteral("The mount point."));
}

int VolumeUnmountCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(Error(ExitCode::Usage, QStringLiteral("volume unmount takes MOUNTPOINT.")));
    return runHelper(context, {QStringLiteral("unmount"), {}, {}, absolute(parser.positionalArguments().first())}, nullptr);
}

} // namespace strongroom::cli
