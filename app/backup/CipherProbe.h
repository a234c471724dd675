#pragma once

#include "core/Result.h"
#include "keys/KeyMaterial.h"
#include "sqlcipher/CipherSettings.h"
#include "sqlcipher/Database.h"
#include "sqlcipher/PageKeys.h"

#include <memory>
#include <optional>

namespace strongroom {

struct OpenedDatabase
{
    std::unique_ptr<Database> db;
    CipherSettings settings;
    // Set by openWithPageKeys: the file's page keys, which open it (or a byte copy) without a KDF run.
    std::optional<PageKeys> keys;
};

// Opens an encrypted file with `key`, trying `preferred` settings first (from a catalog), then the
// standard SQLCipher profiles. When nothing opens it, says why in the terms of the CLI contract:
// not a database or a plain SQLite file (6), truncated (4), or a key that does not fit (3).
// (The dashboard's diagnosis engine will do this more finely; this is the backup module's own.)
Result<OpenedDatabase> openWithAnyProfile(const QString &path, const KeyMaterial &key,
                                          Database::Access access,
                                          const std::optional<CipherSettings> &preferred = std::nullopt,
                                          int busyTimeoutMs = 0);

// As openWithAnyProfile, but derives the page keys itself (one KDF run) and opens with them, so later
// connections to the file or to a byte copy of it skip the KDF, and its page HMACs can be checked by
// Strongroom (PageAuthenticator). Settings that keep the salt outside the file open without keys.
// `sameSalt`: page keys derived from `key` and `preferred` for another file; a byte copy of this
// database (a backup of it) has the same salt, and then they open it without the KDF run.
Result<OpenedDatabase> openWithPageKeys(const QString &path, const KeyMaterial &key, Database::Access access,
                                        const std::optional<CipherSettings> &preferred = std::nullopt,
                                        int busyTimeoutMs = 0, const PageKeys *sameSalt = nullptr);

// Why a file that no settings open cannot be opened, from its bytes alone.
Error explainUnopenable(const QString &path);

} // namespace strongroom
