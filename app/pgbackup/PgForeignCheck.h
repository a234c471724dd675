#pragma once

#include "age/AgeFile.h"
#include "core/Result.h"
#include "pgbackup/PgForeignInput.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace strongroom::pgbackup {

struct PgForeignCheckOptions
{
    // For a restore that streams (--jobs 1): an encrypted tar archive cannot be streamed, and that
    // is said at once (needs-staging), not after the whole file has been read.
    bool streamedRestore = false;
    // Hears the bytes of the file read so far; its cancel stops the check.
    WorkProgress progress;
};

// What checkForeignFile proved about a file `pg backup` did not write.
struct PgForeignCheck
{
    QString format;                  // as PgForeignInput::format
    bool authenticated = false;      // a decryptor authenticated every byte (age, OpenPGP)
    bool checksumChecked = false;    // a .sha256 beside it held (a Node set's, or FILE.sha256)
    bool compressionChecked = false; // gzip's CRC and length, zstd's frame, xz's check held
    bool archiveRead = false;        // pg_restore read the whole custom-format archive
    bool tarEnds = false;            // a tar archive ends with its end-of-archive blocks
    QStringList notes;               // what the check could not prove, for the report
};

// The check before a restore of a foreign file touches anything (and `pg verify` of such a file):
// the whole file is read once, to nowhere. A FILE.sha256 beside it (sha256sum's format) is checked
// first; then the file goes through its decryptor (age, gpg: every byte authenticated; a Node set:
// its .sha256 first, then the keystream, and content that is no dump means a wrong key), its
// decompressor (gzip CRC and length, zstd frame end, xz check) and, for a custom-format archive,
// `pg_restore -f /dev/null`, which reads every data block (damaged or truncated compressed blocks,
// a cut TOC); a tar archive must end with its two zero blocks. Nothing is written to disk and no
// server is contacted. Failures: no key (usage), a wrong key 3, damage 4 (kind "checksum" or
// "payload", naming what was found), not a dump 6, an encrypted tar with `streamedRestore` 2
// (needs-staging), pg_restore missing 7; a cancel is Cancelled, not an error. Cost: one
// extra read (and decryption) of the file before the restore reads it again.
Result<PgForeignCheck> checkForeignFile(const QString &path, const age::DecryptKeys &keys,
                                        const PgForeignCheckOptions &options);

// Whether pg_restore's or psql's messages say that the input is damaged or cut short ("unexpected
// end of file", "could not uncompress data", a bad block id...), not that the server refused it.
bool messagesTellDamage(const QStringList &messages);

} // namespace strongroom::pgbackup
