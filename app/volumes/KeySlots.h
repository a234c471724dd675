#pragma once

#include "core/Result.h"
#include "keys/KeyMaterial.h"
#include "volumes/PbkdfSettings.h"

#include <QString>
#include <optional>

namespace strongroom {

class CryptDevice;

// The key-slot operations and the guards that keep an administrator from locking themselves out:
// the last slot that opens a volume is never removed, and a slot is removed only after a different
// key has proven that it opens another slot.
namespace keyslots {

// The slot `key` opens, trying every slot (or only `slot`); exit 3 when none opens.
Result<int> testKey(const CryptDevice &device, const KeyMaterial &key, int slot = -1);

// The guard, as the key-slot dialog shows it: may `slot` go, given `otherKey`?
struct RemovalVerdict
{
    bool allowed = false;
    int provenSlot = -1;   // the other slot `otherKey` opened
    QString reason;        // why not, in words for the dialog and the CLI
    bool wrongKey = false; // the key opens no slot at all, not even the one to remove

    // Why not, by the CLI contract: a key that opens nothing is a wrong key (3, wrong-key); any other
    // refusal is exit 1, kind refused.
    Error refusal() const
    {
        return wrongKey ? Error(ExitCode::WrongKey, reason, QStringLiteral("wrong-key"))
                        : Error(ExitCode::Failure, reason, QStringLiteral("refused"));
    }
};
RemovalVerdict checkRemoval(const CryptDevice &device, int slot, const KeyMaterial &otherKey);

// Adds `newKey` in a free slot (or `slot`), unlocked by `existingKey`; returns the new slot.
Result<int> add(CryptDevice &device, const KeyMaterial &existingKey, const KeyMaterial &newKey,
                const std::optional<PbkdfSettings> &pbkdf, const QString &name, int slot = -1);
// Takes back a slot add() wrote moments ago (the user cancelled while it ran): its name and the
// slot go, without the removal guard, since the key that added it still opens the slot it came from.
Status undoAdd(CryptDevice &device, int slot);
// Replaces the passphrase of the slot `oldKey` opens, keeping the slot number and its name.
Result<int> change(CryptDevice &device, const KeyMaterial &oldKey, const KeyMaterial &newKey,
                   const std::optional<PbkdfSettings> &pbkdf);
// Removes `slot` when checkRemoval() allows it; otherwise exit 1 with the verdict's reason.
Status remove(CryptDevice &device, int slot, const KeyMaterial &otherKey);
// Rewrites `slot` with new PBKDF costs; `key` must open that slot, and opens it again afterwards.
Status retune(CryptDevice &device, int slot, const KeyMaterial &key, const PbkdfSettings &pbkdf);

QString slotLabel(const CryptDevice &device, int slot); // "slot 1 (recovery)"

} // namespace keyslots
} // namespace strongroom
