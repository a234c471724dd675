#pragma once

#include "core/Result.h"
#include "keys/KeyMaterial.h"

#include <QByteArray>
#include <QString>

namespace strongroom {

// A short public name for a key, so an admin sees which backups share a key without the catalog
// revealing anything about it. It is PBKDF2-HMAC-SHA512 with 256,000 iterations (as slow as
// SQLCipher 4's own KDF, so it makes guessing a passphrase no cheaper than trying it on a backup);
// only the first 6 bytes are kept, as 12 hex digits.
// Version 2 ids, "v2-" and the 12 digits, are salted with a random salt kept in each catalog
// (BackupCatalog::keyIdSalt), so one dictionary run tests one folder, not every catalog at once.
// Version 1 ids, the 12 digits alone, were salted with one fixed application salt; they are still
// recognised (keyIdMatches) but no longer made.
// Nothing is cached: the derivation runs on every call.

inline constexpr int keyIdSaltSize = 16;

// keyIdSaltSize random bytes from core/SecureRandom (getrandom(2); no weak fallback).
Result<QByteArray> newKeyIdSalt();

// The version 2 id of `key` for the catalog whose salt is `catalogSalt` (keyIdSaltSize bytes or more).
Result<QString> backupKeyId(const KeyMaterial &key, const QByteArray &catalogSalt);

// Whether `id`, of either version, names `key` (`catalogSalt`: the catalog's, for version 2 ids).
Result<bool> keyIdMatches(const KeyMaterial &key, const QString &id, const QByteArray &catalogSalt);

} // namespace strongroom
