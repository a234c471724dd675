#include "volumes/KeySlots.h"

#include "core/ControlCharacters.h"
#include "volumes/CryptDevice.h"
#include "volumes/SlotNames.h"

#include <QCoreApplication>
#include <cerrno>
#include <libcryptsetup.h>

namespace strongroom::keyslots {

namespace {
bool opensVolume(crypt_keyslot_info info)
{
    return info == CRYPT_SLOT_ACTIVE || info == CRYPT_SLOT_ACTIVE_LAST;
}

QList<int> openingSlots(const CryptDevice &device)
{
    QList<int> openers;
    const int max = crypt_keyslot_max(device.type().toLatin1().constData());
    for (int i = 0; i < max; ++i)
        if (opensVolume(crypt_keyslot_status(device.handle(), i)))
            openers.append(i);
    return openers;
}

// crypt_activate_by_passphrase with no name only checks the passphrase: nothing is mapped.
int tryKey(const CryptDevice &device, const KeyMaterial &key, int slot)
{
    return crypt_activate_by_passphrase(device.handle(), nullptr, slot < 0 ? CRYPT_ANY_SLOT : slot,
                                        key.data(), size_t(key.size()), 0);
}

Error wrongKey(const CryptDevice &device, int slot)
{
    return Error(
        ExitCode::WrongKey,
        slot < 0 ? QCoreApplication::translate("KeySlots", "%1: the key opens no key slot of this volume.")
                       .arg(device.image())
                 : QCoreApplication::translate("KeySlots", "%1: the key does not open %2.")
                       .arg(device.image(), slotLabel(device, slot)));
}
} // namespace

QString slotLabel(const CryptDevice &device, int slot)
{
    const QString name = slotNames(device).value(slot);
    return name.isEmpty() ? QCoreApplication::translate("KeySlots", "slot %1").arg(slot)
                          : QCoreApplication::translate("KeySlots", "slot %1 (%2)")
                                .arg(slot)
                                .arg(escapeControlCharacters(name));
}

Result<int> testKey(const CryptDevice &device, const KeyMaterial &key, int slot)
{
    const int rc = tryKey(device, key, slot);
    if (rc == -EPERM)
        return wrongKey(device, slot);
    if (rc == -ENOENT)
        return Error(ExitCode::Failure, QCoreApplication::translate("KeySlots", "%1: key slot %2 is empty.")
                                            .arg(device.image())
                                            .arg(slot));
    if (rc < 0)
        return device.error(rc, QCoreApplication::translate("KeySlots", "testing the key"));
    return rc;
}

RemovalVerdict checkRemoval(const CryptDevice &device, int slot, const KeyMaterial &otherKey)
{
    RemovalVerdict verdict;
    const QList<int> opening = openingSlots(device);
    if (!opening.contains(slot)) {
        verdict.reason =
            QCoreApplication::translate("KeySlots", "%1: key slot %2 is not in use; nothing to remove.")
                .arg(device.image())
                .arg(slot);
        return verdict;
    }
    if (opening.size() == 1) {
        verdict.reason =
            QCoreApplication::translate(
                "KeySlots", "%1: %2 is the last key slot that opens this volume; removing it would make the "
                            "data unrecoverable. Add another key first (volume add-key).")
                .arg(device.image(), slotLabel(device, slot));
        return verdict;
    }
    for (int other : opening) {
        if (other == slot)
            continue;
        if (tryKey(device, otherKey, other) == other) {
            verdict.allowed = true;
            verdict.provenSlot = other;
            return verdict;
        }
    }
    if (tryKey(device, otherKey, slot) != slot) {
        verdict.wrongKey = true;
        verdict.reason =
            QCoreApplication::translate(
                "KeySlots", "%1: the key you gave opens no key slot of this volume. Give a key of a slot "
                            "that stays (--key-env/--key-file/--passphrase-stdin).")
                .arg(device.image());
        return verdict;
    }
    verdict.reason =
        QCoreApplication::translate(
            "KeySlots", "%1: the key you gave opens no key slot other than %2, so removing it is refused: "
                        "give a key of a slot that stays (--key-env/--key-file/--passphrase-stdin).")
            .arg(device.image(), slotLabel(device, slot));
    return verdict;
}

Result<int> add(CryptDevice &device, const KeyMaterial &existingKey, const KeyMaterial &newKey,
                const std::optional<PbkdfSettings> &pbkdf, const QString &name, int slot)
{
    if (newKey.isEmpty())
        return Error(ExitCode::Usage, QCoreApplication::translate("KeySlots", "The new key is empty."));
    if (pbkdf)
        if (auto s = pbkdf->apply(device.handle()); !s)
            return s.error();
    if (slot >= 0 && crypt_keyslot_status(device.handle(), slot) != CRYPT_SLOT_INACTIVE)
        return Error(
            ExitCode::Failure,
            QCoreApplication::translate(
                "KeySlots", "%1: key slot %2 is already in use; pick a free slot or leave --slot out.")
                .arg(device.image())
                .arg(slot));
    const int rc =
        crypt_keyslot_add_by_passphrase(device.handle(), slot < 0 ? CRYPT_ANY_SLOT : slot, existingKey.data(),
                                        size_t(existingKey.size()), newKey.data(), size_t(newKey.size()));
    if (rc == -EPERM)
        return wrongKey(device, -1);
    if (rc < 0)
        return device.error(rc, QCoreApplication::translate("KeySlots", "adding a key slot"));
    if (!name.isEmpty())
        if (auto s = setSlotName(device, rc, name); !s)
            return s.error();
    return rc;
}

Status undoAdd(CryptDevice &device, int slot)
{
    if (auto s = clearSlotName(device, slot); !s)
        return s;
    if (const int rc = crypt_keyslot_destroy(device.handle(), slot); rc < 0)
        return device.error(rc,
                            QCoreApplication::translate("KeySlots", "removing key slot %1 again").arg(slot));
    return Status::success();
}

Result<int> change(CryptDevice &device, const KeyMaterial &oldKey, const KeyMaterial &newKey,
                   const std::optional<PbkdfSettings> &pbkdf)
{
    auto slot = testKey(device, oldKey);
    if (!slot)
        return slot;
    if (newKey.isEmpty())
        return Error(ExitCode::Usage, QCoreApplication::translate("KeySlots", "The new key is empty."));
    if (pbkdf) {
        if (auto s = pbkdf->apply(device.handle()); !s)
            return s.error();
    } else {
        // Keep the slot's own costs rather than libcryptsetup's defaults.
        crypt_pbkdf_type current{};
        if (crypt_keyslot_get_pbkdf(device.handle(), *slot, &current) == 0) {
            current.flags |= CRYPT_PBKDF_NO_BENCHMARK;
            crypt_set_pbkdf_type(device.handle(), &current);
        }
    }
    const int rc =
        crypt_keyslot_change_by_passphrase(device.handle(), *slot, *slot, oldKey.data(),
                                           size_t(oldKey.size()), newKey.data(), size_t(newKey.size()));
    if (rc < 0)
        return device.error(
            rc,
            QCoreApplication::translate("KeySlots", "changing the key of %1").arg(slotLabel(device, *slot)));
    return rc;
}

Status remove(CryptDevice &device, int slot, const KeyMaterial &otherKey)
{
    const RemovalVerdict verdict = checkRemoval(device, slot, otherKey);
    if (!verdict.allowed)
        return verdict.refusal();
    if (auto s = clearSlotName(device, slot); !s)
        return s;
    if (const int rc = crypt_keyslot_destroy(device.handle(), slot); rc < 0)
        return device.error(rc, QCoreApplication::translate("KeySlots", "removing key slot %1").arg(slot));
    return Status::success();
}

Status retune(CryptDevice &device, int slot, const KeyMaterial &key, const PbkdfSettings &pbkdf)
{
    auto opened = testKey(device, key, slot);
    if (!opened)
        return opened.error();
    if (auto s = pbkdf.apply(device.handle()); !s)
        return s;
    const int rc = crypt_keyslot_change_by_passphrase(device.handle(), slot, slot, key.data(),
                                                      size_t(key.size()), key.data(), size_t(key.size()));
    if (rc < 0)
        return device.error(rc, QCoreApplication::translate("KeySlots", "rewriting %1 with new PBKDF costs")
                                    .arg(slotLabel(device, slot)));
    // The rewritten slot must still open; libcryptsetup wrote it, but a lock-out is not a risk worth taking.
    if (auto again = testKey(device, key, slot); !again)
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate("KeySlots", "%1: %2 no longer opens after retuning: %3")
                         .arg(device.image(), slotLabel(device, slot), again.error().message));
    return Status::success();
}

} // namespace strongroom::keyslots
