#pragma once

#include "conversion/ContentFingerprint.h"
#include "core/Result.h"
#include "core/WorkProgress.h"
#include "keys/KeyMaterial.h"
#include "sqlcipher/CipherSettings.h"

#include <QString>
#include <functional>

namespace strongroom {

// One side of a copy: a file and how it is (or is to be) encrypted. A null key means plain SQLite.
struct DatabaseEndpoint
{
    QString path;
    const KeyMaterial *key = nullptr;
    CipherSettings settings;
};

// Copies `source` into the new file `target` with sqlcipher_export(), the conversion SQLCipher
// itself sanctions: the source is the main database and the new, empty file is attached with its
// key, so its cipher settings can still be set before its first page is written. sqlcipher_export()
// leaves auto_vacuum, user_version, application_id and the WAL journal mode behind, so they are
// set here from `header` (auto_vacuum before the first table, the others after the copy).
// Every ~100 ms the bytes written are reported and a cancel looked at, which interrupts the copy
// (Cancelled).
Status exportDatabase(const DatabaseEndpoint &source, const DatabaseEndpoint &target,
                      const ContentFingerprint &header, int plainPageSize, const WorkProgress &progress);

// The PRAGMA statements that select `settings` for the attached database `schema`.
// (CipherSettings::pragmas: validated settings only.)
Result<QStringList> cipherPragmasFor(const QString &schema, const CipherSettings &settings);

} // namespace strongroom
