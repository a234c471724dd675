// volume create, encrypt, decrypt: the long jobs, with progress and Ctrl-C (resumable); the jobs
// write the audit lines.
#include "cli/commands/VolumeCryptCommands.h"

#include "cli/CliContext.h"
#include "cli/commands/VolumeOptions.h"
#include "volumes/RecoveryKey.h"
#include "volumes/VolumeCreateJob.h"
#include "volumes/VolumeCryptJob.h"

#include <QCoreApplication>

namespace strongroom::cli {

namespace {
// Ctrl-C pauses an encrypt or decrypt at a checkpoint: the job ends "unfinished", a cancel whose
// overview says how to resume.
FinishOptions resumable()
{
    FinishOptions options;
    options.cancelledMessage = QCoreApplication::translate("VolumeCryptCommands", "Cancelled.");
    options.cancelledShowsOverview = true;
    options.unfinishedIsCancelled = true;
    return options;
}
} // namespace

void VolumeCreateCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("IMAGE"),
        QCoreApplication::translate("cli::VolumeCryptCommands", "The new image file (must not exist)."));
    parser.addOption({QStringLiteral("size"),
                      QCoreApplication::translate("cli::VolumeCryptCommands",
                                                  "Size of the image, e.g. 512M, 20G (whole MiB)."),
                      QStringLiteral("SIZE")});
    parser.addOption({QStringLiteral("filesystem"),
                      QCoreApplication::translate("cli::VolumeCryptCommands", "ext4 or none (default)."),
                      QStringLiteral("FS")});
    parser.addOption({QStringLiteral("recovery-key"),
                      QCoreApplication::translate("cli::VolumeCryptCommands",
                                                  "Add a generated recovery key in slot 1 (printed once).")});
    volumeoptions::declareFormat(parser);
    CliContext::declareKeyOptions(parser);
}

int VolumeCreateCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto image = volumeoptions::oneImage(parser, QStringLiteral("create"));
    if (!image)
        return context.fail(image.error());
    const qint64 size = volumeoptions::parseSize(parser.value(QStringLiteral("size")));
    if (size <= 0)
        return context.fail(Error(ExitCode::Usage,
                                  QCoreApplication::translate("VolumeCryptCommands",
                                                              "--size SIZE is required, e.g. --size 512M.")));
    auto params = volumeoptions::format(parser);
    if (!params)
        return context.fail(params.error());
    auto key = context.readKey(
        parser, QCoreApplication::translate("VolumeCryptCommands", "passphrase for the new volume"));
    if (!key)
        return context.fail(key.error());
    VolumeCreateJob::Request request;
    request.path = image.value();
    request.sizeBytes = size;
    request.params = params.value();
    request.filesystem = parser.isSet(QStringLiteral("filesystem"))
                             ? parser.value(QStringLiteral("filesystem"))
                             : QStringLiteral("none");
    request.recoveryKey = parser.isSet(QStringLiteral("recovery-key"));
    request.key = key.value();
    auto job = std::make_shared<VolumeCreateJob>(request);
    const JobReport report = context.runJob(job);
    if (auto failed = context.failedExit(report, resumable()))
        return *failed;
    const QCA::SecureArray recovery = job->recoveryKey();
    if (context.json()) {
        QJsonObject data = report.data;
        if (!recovery.isEmpty())
            data.insert(QStringLiteral("recovery_key"), QString::fromLatin1(recovery.toByteArray()));
        context.printJson(data);
    } else {
        context.out() << report.overview << Qt::endl;
        if (!recovery.isEmpty())
            context.out() << '\n'
                          << QCoreApplication::translate("cli::VolumeCryptCommands",
                                                         "Recovery key (slot %1), shown this once; write it "
                                                         "down and keep it apart from the volume:")
                                 .arg(report.data.value(QStringLiteral("recovery_slot")).toInt())
                          << "\n\n    " << QString::fromLatin1(recovery.toByteArray()) << "\n\n";
    }
    return 0;
}

void VolumeEncryptCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("IMAGE"),
        QCoreApplication::translate("cli::VolumeCryptCommands",
                                    "The plain image to encrypt (or the half-encrypted one to resume)."));
    volumeoptions::declareFormat(parser);
    CliContext::declareKeyOptions(parser);
}

int VolumeEncryptCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto image = volumeoptions::oneImage(parser, QStringLiteral("encrypt"));
    if (!image)
        return context.fail(image.error());
    auto params = volumeoptions::format(parser);
    if (!params)
        return context.fail(params.error());
    auto key = context.readKey(
        parser, QCoreApplication::translate("VolumeCryptCommands", "passphrase for %1").arg(image.value()));
    if (!key)
        return context.fail(key.error());
    const JobReport report = context.runJob(std::make_shared<VolumeCryptJob>(
        VolumeCryptJob::Direction::Encrypt, image.value(), key.value(), params.value()));
    return context.finishJob(report, resumable());
}

void VolumeDecryptCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("IMAGE"),
        QCoreApplication::translate("cli::VolumeCryptCommands",
                                    "The LUKS2 image to decrypt (or the half-decrypted one to resume)."));
    CliContext::declareKeyOptions(parser);
    CliContext::declareYes(parser);
}

int VolumeDecryptCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto image = volumeoptions::oneImage(parser, QStringLiteral("decrypt"));
    if (!image)
        return context.fail(image.error());
    if (auto refusal = context.confirm(
            parser, QCoreApplication::translate("VolumeCryptCommands",
                                                "Decrypt %1 in place? Its data will be stored unencrypted.")
                        .arg(image.value())))
        return context.fail(*refusal);
    auto key = context.readKey(
        parser, QCoreApplication::translate("VolumeCryptCommands", "key for %1").arg(image.value()));
    if (!key)
        return context.fail(key.error());
    const JobReport report = context.runJob(std::make_shared<VolumeCryptJob>(
        VolumeCryptJob::Direction::Decrypt, image.value(), key.value(), inplace::EncryptionParams{}));
    return context.finishJob(report, resumable());
}

} // namespace strongroom::cli
