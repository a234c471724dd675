#pragma once

#include "backup/BackupRecord.h"
#include "core/Result.h"
#include "keys/KeyMaterial.h"
#include "sqlcipher/PageKeys.h"

#include <QHash>
#include <QString>

namespace strongroom {

// Whether catalog entries were written by a holder of a key: for each entry, the page keys of its
// file (from the key and the file's own salt, with the entry's cipher settings), then sealHolds
// (CatalogSeal). A retention policy removes only backups whose entry this confirms: anyone who can
// write the catalog file can add an entry with an old date naming a real backup, but cannot seal it.
// The backups of one database are byte copies with the same salt, so the KDF runs once per distinct
// salt and settings, and its keys are kept for the verifier's life (one run of a job).
class SealVerifier
{
public:
    explicit SealVerifier(KeyMaterial key) : m_key(std::move(key)) {}

    // Holds: true. Does not hold: false. An error only when the file cannot be read or the entry
    // names no settings that give page keys; the entry is then not confirmed either.
    Result<bool> sealHolds(const QString &path, const BackupRecord &entry);
    // Whether the key opens the file with the entry's settings: page 1's HMAC checks with the keys
    // (or, for settings without page HMACs, page 1 decrypts to a database header).
    bool keyOpens(const QString &path, const BackupRecord &entry);
    // How many times the page keys were derived (a KDF run for a passphrase) so far.
    int derivations() const { return m_derivations; }

private:
    Result<PageKeys> keysOf(const QString &path, const CipherSettings &settings);

    KeyMaterial m_key;
    QHash<QByteArray, PageKeys> m_keys; // by salt and KDF settings
    int m_derivations = 0;
};

} // namespace strongroom
