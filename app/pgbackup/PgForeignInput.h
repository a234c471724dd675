#pragma once

#include "age/AgeFile.h"
#include "core/Result.h"
#include "core/WorkProgress.h"
#include "pgbackup/DecryptingStream.h"
#include "pgbackup/ReadTap.h"

#include <KCompressionDevice>
#include <QFile>
#include <QString>
#include <memory>

namespace strongroom::pgbackup {

// A PostgreSQL backup that `pg backup` did not write, opened for `pg restore` as a readable stream
// of its dump: age files of a bare dump, OpenPGP files (gpg --symmetric or to a key in the
// keyring, through GPGME), Node.js AES-256-GCM sidecar sets (.enc + .iv + .sha256, key as 64 hex
// characters), each with gzip, zstd or xz inside or not, and plain or compressed dumps. The kind is
// detected by content. Encrypted inputs are either streamed (`stream`: a DecryptingStream, nothing
// decrypted on disk; the decryptor's verdict comes at the end, and the last 1 MiB is held back
// until it, so a single-transaction restore cannot commit a damaged file) or decrypted first into a
// 0600 file in `stagingFolder` (0700; the caller removes it) for a restore that needs a file. The
// content is a custom-format archive ("PGDMP", for pg_restore) or SQL text (for psql). None carries
// a manifest.
struct PgForeignInput
{
    QString path;
    QString format;            // "openpgp+gzip", "age", "node-aes-256-gcm+gzip", "plain+zstd", ...
    bool authenticated = true; // false for the Node sets, which stored no GCM tag
    bool customFormat = false; // else SQL text
    // A tar archive (plain or compressed) holding a directory-format dump: this file (the input or
    // its staged plaintext), extracted with extractDirectoryDump before pg_restore --format=directory.
    QString tarArchive;
    // Destroyed in reverse order: the inflater before what it reads, the stream (whose destructor
    // stops and waits for its decryptor) last.
    std::unique_ptr<DecryptingStream> stream; // when streamed
    std::unique_ptr<QFile> file;              // the file itself or its staged plaintext otherwise
    QIODevice *source = nullptr;              // the stream or the file: what the inflater reads
    std::unique_ptr<ReadTap> compressedTap;   // what the inflater reads, for the gzip trailer
    std::unique_ptr<KCompressionDevice> inflater;
    std::unique_ptr<ReadTap> inflatedTap; // `device` when inflated
    // A tar archive opened to be read through (checkForeignFile): `device` gives the archive's bytes.
    bool tar = false;
    // zstd is inflated by the reader (ZstdPushDecompressor), which can tell a frame cut short;
    // KArchive's zstd reader ends such a stream without an error.
    bool zstd = false;
    bool gzip = false;
    QIODevice *device = nullptr; // read the dump from here
    qint64 size = 0;             // of the input file (the progress total)

    // Bytes taken from `source` so far (the progress).
    qint64 position() const;
    // At the end of the restore, or after the restore program failed: the verdict on the whole
    // file (its rest read, inflated and authenticated first): a streamed decryptor's error, or a
    // compressed content that is damaged (4), which explain a failure better than the restore
    // program's messages; success when the file is intact, Cancelled when `work` (or the stream's
    // own cancel) stopped the reading first.
    Status finish(const WorkProgress &work = {});
};

// Failures: no key for an encrypted file (usage), a wrong key 3, a damaged or truncated file 4
// (for compressed content, when it is read: see readFailure), not a dump at all 6. `progress` hears
// the bytes of `path` decrypted into the staging folder and its cancel is asked there and while a
// streamed input is read; a staged decryption declares a scrypt derivation through it. `readThrough` (with
// `stream`): the input is only read to its end, to be checked, so a tar archive is streamed too (`tar`,
// `device` reads the archive).
Result<std::unique_ptr<PgForeignInput>> openForeignInput(const QString &path, const age::DecryptKeys &keys,
                                                         const QString &stagingFolder,
                                                         const WorkProgress &progress, bool stream = false,
                                                         bool readThrough = false);

// An encrypted tar archive for a restore that streams (--jobs 1): it must be extracted to disk, so
// it is refused (usage, kind "needs-staging").
Error tarNeedsStaging(const QString &path);

// Extracts the tar archive `archive` (KTar; gzip, bzip2, xz or zstd inside or not, inflated into
// `folder` first) into `folder`/dump (inside the caller's 0700 staging folder) and returns the folder
// of the dump in it: the one that holds toc.dat, at the top or one level down. Not a
// directory-format dump: Unsupported (6).
Result<QString> extractDirectoryDump(const QString &archive, const QString &folder);

} // namespace strongroom::pgbackup
