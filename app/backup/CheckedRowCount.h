#pragma once

#include "backup/SnapshotCopier.h"
#include "core/Result.h"
#include "core/WorkProgress.h"
#include "sqlcipher/CipherSettings.h"
#include "sqlcipher/Database.h"
#include "sqlcipher/PageKeys.h"

#include <QMap>

namespace strongroom {

// Row counts that come with a check of every page's HMAC, read from the same mapped pages
// (EncryptedRowCounter) instead of a second pass of SQLite's count(*) (rowcount::rowsPerTable).

// rowcount::rowsPerTable for a database whose every page's HMAC is checked meanwhile (FileScan): counted from
// the file's pages, read through `fd` (EncryptedRowCounter), without SQLite's second HMAC check of
// each page it reads; by SQLite where that walk meets anything it does not expect.
Result<QMap<QString, qint64>> countRowsBesidePageCheck(Database &db, int fd, const PageKeys &keys,
                                                       const CipherSettings &settings,
                                                       const WorkProgress &work);
// rowcount::rowsPerTable for a database that nothing writes to, with every page of its file checked on the
// way: each page's HMAC on all cores (PageAuthenticator), then the rows counted from the same pages
// (EncryptedRowCounter), inside a read transaction (its database file's descriptor goes into
// `descriptors`: close them after the connection). A failing page: Integrity naming it. Settings
// Strongroom cannot read pages of, a WAL that holds pages, or a walk that meets the unexpected:
// SQLite's count(*) instead. A cancel of `work` stops the count (Cancelled).
Result<QMap<QString, qint64>> countRowsCheckingEveryPage(Database &db, SourceDescriptors &descriptors,
                                                         const PageKeys &keys, const CipherSettings &settings,
                                                         const WorkProgress &work = {});
} // namespace strongroom
