#pragma once

#include "backup/BackupRecord.h"
#include "core/Result.h"
#include "sqlcipher/PageKeys.h"

namespace strongroom {

// A catalog entry's seal: an HMAC-SHA256 over what the entry says of its file (name, time, size,
// SHA-256, cipher settings, row counts), keyed from the file's own page HMAC key. The catalog is a
// plain file that anyone with write access to the folder can edit; only a holder of the database
// key can seal an entry. Strongroom seals an entry only after it checked every page of the file, so
// a file whose SHA-256 matches a sealed entry holds exactly those checked bytes and row counts.
Result<QString> sealOf(const BackupRecord &record, const PageKeys &keys);
// The entry carries a seal and it was made with these keys over these very fields.
bool sealHolds(const BackupRecord &record, const PageKeys &keys);

} // namespace strongroom
