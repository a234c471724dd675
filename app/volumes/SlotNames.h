#pragma once

#include "core/Result.h"

#include <QMap>
#include <QString>

namespace strongroom {

class CryptDevice;

// LUKS2 has no key-slot labels, so Strongroom names slots ("operational", "recovery") with a token
// of its own type bound to the slot, the way systemd-cryptenroll marks its slots. LUKS1 has no
// tokens: its slots stay unnamed.
inline constexpr const char *kSlotNameTokenType = "strongroom-slot";

QMap<int, QString> slotNames(const CryptDevice &device);
Status setSlotName(CryptDevice &device, int slot, const QString &name);
// Removes the name tokens bound to `slot` (before the slot itself goes).
Status clearSlotName(CryptDevice &device, int slot);

} // namespace strongroom
