#pragma once

#include "core/Result.h"
#include "keys/KeyMaterial.h"
#include "sqlcipher/CipherSettings.h"

#include <QString>
#include <optional>

namespace strongroom {

// What the source file is, as far as the conversion needs to know: plain SQLite, or SQLCipher and
// the settings that open it with the given key.
struct SourceKind
{
    bool encrypted = false;
    CipherSettings settings; // meaningful when encrypted
};

// True when the file opens as a plain SQLite database (no key), false when it does not (encrypted,
// or no database at all); Busy and other failures to read pass through as errors.
Result<bool> isPlainSqlite(const QString &path);

// Finds the settings that open an encrypted `path` with `key`: `hint` alone when given, else the
// standard profiles in order. WrongKey (3) when none does; Busy (5) and other errors pass through.
// Kept to this one function so the diagnosis engine of app/sqlcipher can replace it.
Result<CipherSettings> findOpeningSettings(const QString &path, const KeyMaterial &key,
                                           const std::optional<CipherSettings> &hint);

} // namespace strongroom
