#pragma once

#include "age/AgeFile.h"
#include "core/Result.h"
#include "pgbackup/PgBackupManifest.h"

namespace strongroom {
class JobContext;
}

namespace strongroom::pgbackup {

struct CheckedPgBackup
{
    PgBackupFiles files;
    PgBackupManifest manifest;
    QString dumpSha256;
};

// Verification level 1 of a `pg backup` set, and what every restore, verify and compare does first,
// before anything else is touched: the .sha256 lists the dump and the manifest and both match it
// (hashed in full, byte progress in step `step` of `context`); the manifest opens with `keys` and
// describes this dump (its name and SHA-256); the dump's age header opens with `keys` and its MAC
// holds. Failures: not such a set 6, missing or mismatching checksums and a damaged manifest or
// header 4, no key that opens it 3; a cancel is Cancelled (core/Result.h), not an error.
Result<CheckedPgBackup> checkPgBackup(const QString &dumpPath, const age::DecryptKeys &givenKeys,
                                      JobContext &context, int step);

} // namespace strongroom::pgbackup
