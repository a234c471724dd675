#pragma once

#include "age/AgeFile.h"
#include "core/Result.h"

#include <KCompressionDevice>
#include <QFile>
#include <QString>
#include <memory>

namespace strongroom::pgbackup {

// A PostgreSQL backup that `pg backup` did not write, opened for `pg restore` as a readable stream
// of its dump: age files of a bare dump, OpenPGP files (gpg --symmetric or to a key in the
// keyring, through GPGME), Node.js AES-256-GCM sidecar sets (.enc + .iv + .sha256, key as 64 hex
// characters), each with gzip, zstd or xz inside or not, and plain or compressed dumps. The kind is
// detected by content. Encrypted inputs are decrypted first into a 0600 file in `stagingFolder`
// (0700; the caller removes it), because the decryptors write while the restore programs read;
// every chunk is authenticated (age, gpg's MDC) before any of it is restored. The content is a
// custom-format archive ("PGDMP", for pg_restore) or SQL text (for psql). None carries a manifest.
struct PgForeignInput
{
    QString format;            // "openpgp+gzip", "age", "node-aes-256-gcm+gzip", "plain+zstd", ...
    bool authenticated = true; // false for the Node sets, which stored no GCM tag
    bool customFormat = false; // else SQL text
    std::unique_ptr<QFile> file;
    std::unique_ptr<KCompressionDevice> inflater;
    // zstd is inflated by the reader (ZstdPushDecompressor), which can tell a frame cut short;
    // KArchive's zstd reader ends such a stream without an error.
    bool zstd = false;
    QIODevice *device = nullptr; // read the dump from here
    qint64 size = 0;             // of what `file` holds
};

using ForeignProgress = std::function<bool(qint64)>;

// Failures: no key for an encrypted file (usage), a wrong key 3, a damaged or truncated file 4
// (for compressed content, when it is read: see readFailure), not a dump at all 6.
Result<std::unique_ptr<PgForeignInput>> openForeignInput(const QString &path, const age::DecryptKeys &keys,
                                                         const QString &stagingFolder,
                                                         const ForeignProgress &progress);

} // namespace strongroom::pgbackup
