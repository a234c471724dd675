// volume add-key, change-key, remove-key, retune: key-slot changes through KeySlotJob, the job the
// Volumes page runs, which keeps the lock-out guards of volumes/KeySlots.h and writes the audit line.
#include "cli/commands/VolumeKeyCommands.h"

#include "cli/CliContext.h"
#include "cli/commands/VolumeOptions.h"
#include "volumes/CryptDevice.h"
#include "volumes/KeySlotJob.h"

#include <QCoreApplication>

namespace strongroom::cli {

namespace {
void declareImageAndHeader(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("IMAGE"),
                                 QCoreApplication::translate("cli::VolumeKeyCommands", "The LUKS image."));
    parser.addOption({QStringLiteral("header"),
                      QCoreApplication::translate("cli::VolumeKeyCommands", "A detached LUKS header."),
                      QStringLiteral("FILE")});
}

Result<int> slotOption(const QCommandLineParser &parser, bool required)
{
    if (!parser.isSet(QStringLiteral("slot")))
        return required
                   ? Result<int>(Error(ExitCode::Usage, QCoreApplication::translate("VolumeKeyCommands",
                                                                                    "--slot N is required.")))
                   : Result<int>(-1);
    bool ok = false;
    const int slot = parser.value(QStringLiteral("slot")).toInt(&ok);
    if (!ok || slot < 0 || slot > 31)
        return Error(ExitCode::Usage, QCoreApplication::translate("VolumeKeyCommands",
                                                                  "--slot takes a key slot number 0..31."));
    return slot;
}

// The request every verb starts from; the header is read once here, so a file that is not LUKS is
// said before any key is asked for.
Result<KeySlotJob::Request> baseRequest(const QCommandLineParser &parser, KeySlotJob::Operation operation,
                                        const QString &image)
{
    if (auto device = CryptDevice::load(image, parser.value(QStringLiteral("header"))); !device)
        return device.error();
    KeySlotJob::Request r;
    r.operation = operation;
    r.image = image;
    r.header = parser.value(QStringLiteral("header"));
    // change-key has no --slot (asking the parser about an option it lacks only prints a warning).
    if (operation != KeySlotJob::Operation::Change) {
        auto slot = slotOption(parser, false);
        if (!slot)
            return slot.error();
        r.slot = *slot;
    }
    return r;
}

FinishOptions keySlotFinish()
{
    FinishOptions options;
    options.cancelledShowsOverview = true; // the job says a slot written meanwhile went again
    return options;
}

// Runs the job; returns the exit code of a cancel or a failure (printed), or nullopt when it succeeded.
std::optional<int> runKeySlotJob(CliContext &context, KeySlotJob::Request request,
                                 std::shared_ptr<KeySlotJob> &job, JobReport &report)
{
    job = std::make_shared<KeySlotJob>(std::move(request));
    report = context.runJob(job);
    return context.failedExit(report, keySlotFinish());
}

// Runs the verb's own job to its end: runKeySlotJob, and with --json the report's data on stdout;
// nullopt when the job succeeded and the verb writes its text.
std::optional<int> finishKeySlotJob(CliContext &context, KeySlotJob::Request request,
                                    std::shared_ptr<KeySlotJob> &job, JobReport &report)
{
    job = std::make_shared<KeySlotJob>(std::move(request));
    report = context.runJob(job);
    return context.finishUnlessText(report, keySlotFinish());
}

// add-key and change-key: the request with the key that opens a slot (`keyLabel`, with %1 for the
// image) and the new key, read in this order so the same mistake is said first in both verbs.
Result<KeySlotJob::Request> newKeyRequest(CliContext &context, const QCommandLineParser &parser,
                                          KeySlotJob::Operation operation, const QString &verb,
                                          const char *keyLabel)
{
    auto image = volumeoptions::oneImage(parser, verb);
    if (!image)
        return image.error();
    auto pbkdf = volumeoptions::pbkdf(parser);
    if (!pbkdf)
        return pbkdf.error();
    auto request = baseRequest(parser, operation, *image);
    if (!request)
        return request.error();
    auto key =
        context.readKey(parser, QCoreApplication::translate("VolumeKeyCommands", keyLabel).arg(*image));
    if (!key)
        return key.error();
    auto newKey = context.readKey(parser, QCoreApplication::translate("VolumeKeyCommands", "new key"),
                                  QStringLiteral("new-"));
    if (!newKey)
        return newKey.error();
    request->key = *key;
    request->newKey = *newKey;
    request->pbkdf = *pbkdf;
    return request;
}
} // namespace

void VolumeAddKeyCommand::declare(QCommandLineParser &parser) const
{
    declareImageAndHeader(parser);
    CliContext::declareKeyOptions(parser);
    CliContext::declareKeyOptions(parser, QStringLiteral("new-"));
    parser.addOption({QStringLiteral("name"),
                      QCoreApplication::translate("cli::VolumeKeyCommands",
                                                  "Name the new slot (e.g. operational, recovery)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("slot"),
                      QCoreApplication::translate("cli::VolumeKeyCommands", "Use this free slot."),
                      QStringLiteral("N")});
    volumeoptions::declarePbkdf(parser);
}

int VolumeAddKeyCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto request = newKeyRequest(context, parser, KeySlotJob::Operation::Add, QStringLiteral("add-key"),
                                 QT_TRANSLATE_NOOP("VolumeKeyCommands", "existing key for %1"));
    if (!request)
        return context.fail(request.error());
    request->name = parser.value(QStringLiteral("name"));
    std::shared_ptr<KeySlotJob> job;
    JobReport report;
    if (auto rc = finishKeySlotJob(context, *request, job, report))
        return *rc;
    context.out() << QCoreApplication::translate("cli::VolumeKeyCommands", "Added %1 to %2.")
                         .arg(job->resultLabel(), request->image)
                  << Qt::endl;
    return 0;
}

void VolumeChangeKeyCommand::declare(QCommandLineParser &parser) const
{
    declareImageAndHeader(parser);
    CliContext::declareKeyOptions(parser);
    CliContext::declareKeyOptions(parser, QStringLiteral("new-"));
    volumeoptions::declarePbkdf(parser);
}

int VolumeChangeKeyCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto request = newKeyRequest(context, parser, KeySlotJob::Operation::Change, QStringLiteral("change-key"),
                                 QT_TRANSLATE_NOOP("VolumeKeyCommands", "current key for %1"));
    if (!request)
        return context.fail(request.error());
    std::shared_ptr<KeySlotJob> job;
    JobReport report;
    if (auto rc = finishKeySlotJob(context, *request, job, report))
        return *rc;
    context.out() << QCoreApplication::translate("cli::VolumeKeyCommands", "Changed the key of %1.")
                         .arg(job->resultLabel())
                  << Qt::endl;
    return 0;
}

void VolumeRemoveKeyCommand::declare(QCommandLineParser &parser) const
{
    declareImageAndHeader(parser);
    parser.addOption({QStringLiteral("slot"),
                      QCoreApplication::translate("cli::VolumeKeyCommands", "The key slot to remove."),
                      QStringLiteral("N")});
    CliContext::declareKeyOptions(parser);
    CliContext::declareYes(parser);
}

int VolumeRemoveKeyCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto image = volumeoptions::oneImage(parser, QStringLiteral("remove-key"));
    if (!image)
        return context.fail(image.error());
    if (auto slot = slotOption(parser, true); !slot)
        return context.fail(slot.error());
    auto request = baseRequest(parser, KeySlotJob::Operation::Remove, *image);
    if (!request)
        return context.fail(request.error());
    auto key = context.readKey(
        parser, QCoreApplication::translate("VolumeKeyCommands", "key of a slot that stays, for %1")
                    .arg(image.value()));
    if (!key)
        return context.fail(key.error());
    request->key = *key;
    std::shared_ptr<KeySlotJob> job;
    JobReport report;
    if (!parser.isSet(QStringLiteral("yes"))) {
        // The guard first (the Prove job), so a refused removal is said before anyone is asked.
        KeySlotJob::Request prove = *request;
        prove.operation = KeySlotJob::Operation::Prove;
        if (auto rc = runKeySlotJob(context, prove, job, report))
            return *rc;
        const QString question =
            QCoreApplication::translate("cli::VolumeKeyCommands",
                                        "Remove %1 of %2? Its key will no longer open the volume.")

                .arg(job->requestedLabel(), image.value());
        if (auto refusal = context.confirm(parser, question))
            return context.fail(*refusal);
    }
    if (auto rc = finishKeySlotJob(context, *request, job, report))
        return *rc;
    context.out() << QCoreApplication::translate("cli::VolumeKeyCommands", "Removed %1; %2 still opens %3.")
                         .arg(job->requestedLabel(), job->provenLabel(), image.value())
                  << Qt::endl;
    return 0;
}

void VolumeRetuneCommand::declare(QCommandLineParser &parser) const
{
    declareImageAndHeader(parser);
    parser.addOption({QStringLiteral("slot"),
                      QCoreApplication::translate("cli::VolumeKeyCommands", "The key slot to rewrite."),
                      QStringLiteral("N")});
    CliContext::declareKeyOptions(parser);
    volumeoptions::declarePbkdf(parser);
}

int VolumeRetuneCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto image = volumeoptions::oneImage(parser, QStringLiteral("retune"));
    if (!image)
        return context.fail(image.error());
    auto slot = slotOption(parser, true);
    if (!slot)
        return context.fail(slot.error());
    auto pbkdf = volumeoptions::pbkdf(parser);
    if (!pbkdf)
        return context.fail(pbkdf.error());
    if (!pbkdf.value())
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("VolumeKeyCommands",
                                              "Give the new costs: --pbkdf, --pbkdf-memory, "
                                              "--pbkdf-parallel, --iter-time or --pbkdf-iterations.")));
    auto request = baseRequest(parser, KeySlotJob::Operation::Retune, *image);
    if (!request)
        return context.fail(request.error());
    auto key = context.readKey(
        parser, QCoreApplication::translate("VolumeKeyCommands", "key of slot %1").arg(slot.value()));
    if (!key)
        return context.fail(key.error());
    request->key = *key;
    request->pbkdf = *pbkdf;
    std::shared_ptr<KeySlotJob> job;
    JobReport report;
    if (auto rc = finishKeySlotJob(context, *request, job, report))
        return *rc;
    context.out() << QCoreApplication::translate(
                         "cli::VolumeKeyCommands",
                         "Rewrote %1 with the new PBKDF costs; its key still opens it.")
                         .arg(job->resultLabel())
                  << Qt::endl;

    return 0;
}

} // namespace strongroom::cli
