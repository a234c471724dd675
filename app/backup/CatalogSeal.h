#pragma once

#include "backup/BackupRecord.h"
#include "core/Result.h"
#include "sqlcipher/PageKeys.h"

namespace strongroom {

// A catalog entry's seal: an HMAC-SHA256 over every field the entry stores (name, time, size,
// source, SHA-256, cipher settings, row counts, version, key id, tags, pages_checked) and the seal's
// version (BackupRecord::currentSealVersion), keyed from the file's own page HMAC key. The catalog is
// a plain file that anyone with write access to the folder can edit; only a holder of the database
// key can seal an entry. Strongroom seals an entry only after it checked every page of the file (or,
// for a pre-restore backup, with pages_checked false, after hashing it), so a file whose SHA-256
// matches a sealed entry with pages_checked holds exactly those checked bytes and row counts.
// Version 1 seals covered only the name, time, size, SHA-256, settings and row counts: such entries
// count as unsealed.
Result<QString> sealOf(const BackupRecord &record, const PageKeys &keys);
// Seals `record` in place: its seal and seal version.
Status seal(BackupRecord &record, const PageKeys &keys);
// The entry carries a current seal and it was made with these keys over these very fields.
bool sealHolds(const BackupRecord &record, const PageKeys &keys);

} // namespace strongroom
