#pragma once

#include "conversion/ConversionPlan.h"
#include "conversion/SqlCipherExport.h"
#include "core/Result.h"

#include <functional>

namespace strongroom {

// The new file of a rekey, or of a migrate that changes only the key or the KDF, written by
// re-encrypting the source page by page on every core (PageReencryptor): one read of the source, its
// committed -wal frames in place of the pages they replace, one write of the temp file, each page
// decrypted again and compared with its plaintext as it is written. Several times faster than
// sqlcipher_export plus a second read to verify. The caller holds the source still (SourceLock) for
// the whole run, so the snapshot read here is the one the lock sees.
struct PageRekeyRequest
{
    DatabaseEndpoint source;
    DatabaseEndpoint target; // the temp file, created here (0600); it must not exist yet
    qint64 pageCount = 0;    // the source's size in pages as the lock sees it (PRAGMA page_count)
};

// Empty when rekeyPages() handles the plan; else why not, for the report and the log (the export path
// then runs): a plaintext header, no page HMAC (SQLCipher 1), a change of page size or HMAC.
QString whyNotByPages(const ConversionPlan &plan);

// The number of pages written. `tick(pagesDone)` is called about every 20 ms; false cancels
// (Cancelled). Errors: Integrity naming the page when a source page fails its HMAC ("damaged-page"),
// Failure ("disk-full") when the disk fills up. On any error the partial temp file is the caller's to
// remove.
Result<qint64> rekeyPages(const PageRekeyRequest &request, const std::function<bool(qint64)> &tick);

} // namespace strongroom
