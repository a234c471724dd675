// volume add-key, change-key, remove-key, retune: key-slot changes, each audited (slots and names,
// never secrets), with the lock-out guards of volumes/KeySlots.h.
#include "cli/CliContext.h"
#include "cli/commands/VolumeCommands.h"
#include "cli/commands/VolumeOptions.h"
#include "volumes/CryptDevice.h"
#include "volumes/KeySlots.h"
#include "volumes/SlotNames.h"

namespace strongroom::cli {

namespace {
void declareImageAndHeader(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("IMAGE"), QStringLiteral("The LUKS image."));
    parser.addOption({QStringLiteral("header"), QStringLiteral("A detached LUKS header."), QStringLiteral("FILE")});
}

Result<int> slotOption(const QCommandLineParser &parser, bool required)
{
    if (!parser.isSet(QStringLiteral("slot")))
        return required ? Result<int>(Error(ExitCode::Usage, QStringLiteral("--slot N is required."))) : Result<int>(-1);
    bool ok = false;
    const int slot = parser.value(QStringLiteral("slot")).toInt(&ok);
    if (!ok || slot < 0 || slot > 31)
        return Error(ExitCode::Usage, QStringLiteral("--slot takes a key slot number 0..31."));
    return slot;
}

// Fails the command and writes the refusal or failure to the audit log.
int failAudited(CliContext &context, const QString &action, const QString &image, const Error &error, QJsonObject details)
{
    details.insert(QStringLiteral("reason"), error.kindName());
    context.audit().append(action, image, error.kind == QLatin1String("refused") ? QStringLiteral("refused") : QStringLiteral("failed"),
                           details);
    return context.fail(error);
}
} // namespace

void VolumeAddKeyCommand::declare(QCommandLineParser &parser) const
{
    declareImageAndHeader(parser);
    CliContext::declareKeyOptions(parser);
    CliContext::declareKeyOptions(parser, QStringLiteral("new-"));
    parser.addOption({QStringLiteral("name"), QStringLiteral("Name the new slot (e.g. operational, recovery)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("slot"), QStringLiteral("Use this free slot."), QStringLiteral("N")});
    volumeoptions::declarePbkdf(parser);
}

int VolumeAddKeyCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto image = volumeoptions::oneImage(parser, QStringLiteral("add-key"));
    if (!image)
        return context.fail(image.error());
    auto slot = slotOption(parser, false);
    if (!slot)
        return context.fail(slot.error());
    auto pbkdf = volumeoptions::pbkdf(parser);
    if (!pbkdf)
        return context.fail(pbkdf.error());
    auto device = CryptDevice::load(image.value(), parser.value(QStringLiteral("header")));
    if (!device)
        return context.fail(device.error());
    auto key = context.readKey(parser, QStringLiteral("existing key for %1").arg(image.value()));
    if (!key)
        return context.fail(key.error());
    auto newKey = context.readKey(parser, QStringLiteral("new key"), QStringLiteral("new-"));
    if (!newKey)
        return context.fail(newKey.error());
    const QString name = parser.value(QStringLiteral("name"));
    auto added = keyslots::add(**device, key.value(), newKey.value(), pbkdf.value(), name, slot.value());
    if (!added)
        return failAudited(context, QStringLiteral("volume.add-key"), image.value(), added.error(), {});
    context.audit().append(QStringLiteral("volume.add-key"), image.value(), QStringLiteral("succeeded"),
                           {{QStringLiteral("slot"), added.value()}, {QStringLiteral("name"), name}});
    if (context.json())
        context.printJson({{QStringLiteral("path"), image.value()}, {QStringLiteral("slot"), added.value()}, {QStringLiteral("name"), name}});
    else
        context.out() << "Added " << keyslots::slotLabel(**device, added.value()) << " to " << image.value() << '.' << Qt::endl;
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
    auto image = volumeoptions::oneImage(parser, QStringLiteral("change-key"));
    if (!image)
        return context.fail(image.error());
    auto pbkdf = volumeoptions::pbkdf(parser);
    if (!pbkdf)
        return context.fail(pbkdf.error());
    auto device = CryptDevice::load(image.value(), parser.value(QStringLiteral("header")));
    if (!device)
        return context.fail(device.error());
    auto key = context.readKey(parser, QStringLiteral("current key for %1").arg(image.value()));
    if (!key)
        return context.fail(key.error());
    auto newKey = context.readKey(parser, QStringLiteral("new key"), QStringLiteral("new-"));
    if (!newKey)
        return context.fail(newKey.error());
    auto changed = keyslots::change(**device, key.value(), newKey.value(), pbkdf.value());
    if (!changed)
        return failAudited(context, QStringLiteral("volume.change-key"), image.value(), changed.error(), {});
    const QString name = slotNames(**device).value(changed.value());
    context.audit().append(QStringLiteral("volume.change-key"), image.value(), QStringLiteral("succeeded"),
                           {{QStringLiteral("slot"), changed.value()}, {QStringLiteral("name"), name}});
    if (context.json())
        context.printJson({{QStringLiteral("path"), image.value()}, {QStringLiteral("slot"), changed.value()}, {QStringLiteral("name"), name}});
    else
        context.out() << "Changed the key of " << keyslots::slotLabel(**device, changed.value()) << '.' << Qt::endl;
    return 0;
}

void VolumeRemoveKeyCommand::declare(QCommandLineParser &parser) const
{
    declareImageAndHeader(parser);
    parser.addOption({QStringLiteral("slot"), QStringLiteral("The key slot to remove."), QStringLiteral("N")});
    CliContext::declareKeyOptions(parser);
    CliContext::declareYes(parser);
}

int VolumeRemoveKeyCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto image = volumeoptions::oneImage(parser, QStringLiteral("remove-key"));
    if (!image)
        return context.fail(image.error());
    auto slot = slotOption(parser, true);
    if (!slot)
        return context.fail(slot.error());
    auto device = CryptDevice::load(image.value(), parser.value(QStringLiteral("header")));
    if (!device)
        return context.fail(device.error());
    const QString label = keyslots::slotLabel(**device, slot.value());
    const QString name = slotNames(**device).value(slot.value());
    const QJsonObject details{{QStringLiteral("slot"), slot.value()}, {QStringLiteral("name"), name}};
    auto key = context.readKey(parser, QStringLiteral("key of a slot that stays, for %1").arg(image.value()));
    if (!key)
        return context.fail(key.error());
    const keyslots::RemovalVerdict verdict = keyslots::checkRemoval(**device, slot.value(), key.value());
    if (!verdict.allowed)
        return failAudited(context, QStringLiteral("volume.remove-key"), image.value(), verdict.refusal(),
                           details);
    if (auto refusal = context.confirm(parser, QStringLiteral("Remove %1 of %2? Its key will no longer open the volume.").arg(label, image.value())))
        return context.fail(*refusal);
    if (auto s = keyslots::remove(**device, slot.value(), key.value()); !s)
        return failAudited(context, QStringLiteral("volume.remove-key"), image.value(), s.error(), details);
    QJsonObject done = details;
    done.insert(QStringLiteral("proven_by_slot"), verdict.provenSlot);
    context.audit().append(QStringLiteral("volume.remove-key"), image.value(), QStringLiteral("succeeded"), done);
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("path"), image.value()}, {QStringLiteral("removed_slot"), slot.value()},
                                      {QStringLiteral("name"), name}, {QStringLiteral("proven_by_slot"), verdict.provenSlot}});
    else
        context.out() << "Removed " << label << "; " << keyslots::slotLabel(**device, verdict.provenSlot) << " still opens "
                      << image.value() << '.' << Qt::endl;
    return 0;
}

void VolumeRetuneCommand::declare(QCommandLineParser &parser) const
{
    declareImageAndHeader(parser);
    parser.addOption({QStringLiteral("slot"), QStringLiteral("The key slot to rewrite."), QStringLiteral("N")});
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
        return context.fail(Error(ExitCode::Usage, QStringLiteral("Give the new costs: --pbkdf, --pbkdf-memory, --pbkdf-parallel, --iter-time or --pbkdf-iterations.")));
    auto device = CryptDevice::load(image.value(), parser.value(QStringLiteral("header")));
    if (!device)
        return context.fail(device.error());
    auto key = context.readKey(parser, QStringLiteral("key of slot %1").arg(slot.value()));
    if (!key)
        return context.fail(key.error());
    QJsonObject details{{QStringLiteral("slot"), slot.value()}, {QStringLiteral("name"), slotNames(**device).value(slot.value())},
                        {QStringLiteral("pbkdf"), pbkdf.value()->toJson()}};
    if (auto s = keyslots::retune(**device, slot.value(), key.value(), *pbkdf.value()); !s)
        return failAudited(context, QStringLiteral("volume.retune"), image.value(), s.error(), details);
    context.audit().append(QStringLiteral("volume.retune"), image.value(), QStringLiteral("succeeded"), details);
    if (context.json())
        context.printJson(details);
    else
        context.out() << "Rewrote " << keyslots::slotLabel(**device, slot.value()) << " with the new PBKDF costs; its key still opens it."
                      << Qt::endl;
    return 0;
}

} // namespace strongroom::cli
