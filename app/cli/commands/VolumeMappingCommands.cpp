// volume open, close, mount, unmount: the privileged half runs in strongroom-helper under pkexec.
// Where device-mapper is missing they stop before asking for anything, with exit 7.
#include "cli/CliContext.h"
#include "cli/commands/VolumeCommands.h"
#include "volumes/HelperProtocol.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <unistd.h>

namespace strongroom::cli {

namespace {
QString helperProgram()
{
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/strongroom-helper");
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStringLiteral("/usr/lib/strongroom/strongroom-helper");
}

// Sends one request (and a passphrase line for open) to the helper and returns its answer.
int callHelper(CliContext &context, const helper::Request &request, const KeyMaterial *key)
{
    if (auto s = helper::requireDeviceMapper(); !s)
        return context.fail(s.error());
    if (auto s = helper::validate(request); !s)
        return context.fail(s.error());
    QProcess process;
    if (::geteuid() == 0) {
        process.start(helperProgram(), {});
    } else {
        const QString pkexec = QStandardPaths::findExecutable(QStringLiteral("pkexec"));
        if (pkexec.isEmpty())
            return context.fail(Error(ExitCode::Environment, QStringLiteral("pkexec is not installed (apt install pkexec); it starts the privileged helper.")));
        process.start(pkexec, {helperProgram()});
    }
    if (!process.waitForStarted())
        return context.fail(Error(ExitCode::Environment, QStringLiteral("Cannot start %1.").arg(helperProgram())));
    process.write(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact) + '\n');
    if (key) {
        process.write(key->data(), key->size());
        process.write("\n");
    }
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const QJsonObject answer = QJsonDocument::fromJson(process.readAllStandardOutput().split('\n').value(0)).object();
    if (answer.isEmpty())
        return context.fail(Error(ExitCode::Failure, QStringLiteral("The helper gave no answer (authorisation refused?): %1")
                                                         .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed())));
    if (auto error = helper::answerError(answer))
        return context.fail(*error);
    if (context.json())
        context.printJson(answer);
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
    return callHelper(context, {QStringLiteral("open"), absolute(args[0]), args[1], {}}, &key.value());
}

void VolumeCloseCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The mapping name."));
}

int VolumeCloseCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(Error(ExitCode::Usage, QStringLiteral("volume close takes NAME.")));
    return callHelper(context, {QStringLiteral("close"), {}, parser.positionalArguments().first(), {}}, nullptr);
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
    return callHelper(context, {QStringLiteral("mount"), {}, args[0], absolute(args[1])}, nullptr);
}

void VolumeUnmountCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("MOUNTPOINT"), QStringLiteral("The mount point."));
}

int VolumeUnmountCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(Error(ExitCode::Usage, QStringLiteral("volume unmount takes MOUNTPOINT.")));
    return callHelper(context, {QStringLiteral("unmount"), {}, {}, absolute(parser.positionalArguments().first())}, nullptr);
}

} // namespace strongroom::cli
