#pragma once

#include "core/Result.h"
#include "keys/KeyMaterial.h"
#include "sqlcipher/CipherSettings.h"
#include "sqlcipher/Database.h"

#include <memory>
#include <optional>

namespace strongroom {

struct OpenedDatabase
{
    std::unique_ptr<Database> db;
    CipherSettings settings;
};

// Opens an encrypted file with `key`, trying `preferred` settings first (from a catalog), then the
// standard SQLCipher profiles. When nothing opens it, says why in the terms of the CLI contract:
// not a database or a plain SQLite file (6), truncated (4), or a key that does not fit (3).
// (The dashboard's diagnosis engine will do this more finely; this is the backup module's own.)
Result<OpenedDatabase> openWithAnyProfile(const QString &path, const KeyMaterial &key,
                                          Database::Access access,
                                          const std::optional<CipherSettings> &preferred = std::nullopt,
                                          int busyTimeoutMs = 0);

// Why a file that no settings open cannot be opened, from its bytes alone.
Error explainUnopenable(const QString &path);

} // namespace strongroom
