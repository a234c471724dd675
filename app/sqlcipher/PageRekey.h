#pragma once

#include "core/Result.h"
#include "core/WorkProgress.h"
#include "keys/KeyMaterial.h"
#include "sqlcipher/CipherSettings.h"

#include <functional>

namespace strongroom {

// A SQLCipher file copied to a new key (or KDF) with its layout unchanged: the new file of a rekey,
// of a migrate that changes only the key or the KDF, or of a restore that re-keys a backup, written by
// re-encrypting the source page by page on every core (PageReencryptor): one read of the source, its
// committed -wal frames in place of the pages they replace, one write of the temp file, each page
// decrypted again and compared with its plaintext as it is written. Several times faster than
// sqlcipher_export plus a second read to verify. The caller keeps the source still for the whole run
// (a conversion's SourceLock; a backup being restored is written by nobody), so what is read here is
// the snapshot its reader sees.
// The two sides must pass PageReencryptor::supports().
struct PageRekeyRequest
{
    QString sourcePath;
    const KeyMaterial *sourceKey = nullptr;
    CipherSettings sourceSettings;
    QString targetPath; // the temp file, created here (0600); it must not exist yet
    const KeyMaterial *targetKey = nullptr;
    CipherSettings targetSettings;
    qint64 pageCount = 0; // the source's size in pages as its reader sees it (PRAGMA page_count)
};

// The number of pages written. Progress (pages done of pageCount) is reported and a cancel looked at
// about every 20 ms (Cancelled). Errors: Integrity naming the page when a source page fails its HMAC
// ("damaged-page"), Failure ("disk-full") when the disk fills up. On any error the partial temp file is the
// caller's to remove.
Result<qint64> rekeyPages(const PageRekeyRequest &request, const WorkProgress &progress);

} // namespace strongroom
