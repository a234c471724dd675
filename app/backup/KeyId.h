#pragma once

#include "core/Result.h"
#include "keys/KeyMaterial.h"

#include <QString>

namespace strongroom {

// A short public name for a key, so an admin sees which backups share a key without the catalog
// revealing anything about it. It is PBKDF2-HMAC-SHA512 with 256,000 iterations (as slow as
// SQLCipher 4's own KDF, so it makes guessing a passphrase no cheaper than trying it on a backup)
// over a fixed application salt; only the first 6 bytes are kept, as 12 hex digits.
// Nothing is cached: the derivation runs on every call.
Result<QString> backupKeyId(const KeyMaterial &key);

} // namespace strongroom
