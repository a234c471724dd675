#pragma once

#include "backup/SnapshotCopier.h"
#include "core/Result.h"
#include "keys/KeyMaterial.h"
#include "sqlcipher/Database.h"
#include "sqlcipher/PageKeys.h"

#include <QMap>
#include <functional>

namespace strongroom {

// PRAGMA cipher_integrity_check: every page's HMAC. Fails with Integrity (4) naming the first problems.
Status cipherIntegrityCheck(Database &db);
// PRAGMA integrity_check: the b-trees and indexes.
Status sqliteIntegrityCheck(Database &db);
// cipher_integrity_check where pages carry an HMAC. SQLCipher 1 pages carry none (the PRAGMA then
// only says so), so integrity_check stands in: it reads and decrypts every page in use.
Status pagesCheck(Database &db, const CipherSettings &settings);
// Rows per table (virtual and internal tables left out).
Result<QMap<QString, qint64>> countRows(Database &db);
// countRows for a database whose every page's HMAC is checked meanwhile (FileScan): counted from
// the file's pages, read through `fd` (EncryptedRowCounter), without SQLite's second HMAC check of
// each page it reads; by SQLite where that walk meets anything it does not expect.
Result<QMap<QString, qint64>> countRowsBesidePageCheck(Database &db, int fd, const PageKeys &keys,
                                                       const CipherSettings &settings,
                                                       const std::function<bool()> &keepGoing);
// countRows for a database that nothing writes to, with every page of its file checked on the way:
// each page's HMAC on all cores (PageAuthenticator), then the rows counted from the same pages
// (EncryptedRowCounter), inside a read transaction (its database file's descriptor goes into
// `descriptors`: close them after the connection). A failing page: Integrity naming it. Settings
// Strongroom cannot read pages of, a WAL that holds pages, or a walk that meets the unexpected:
// SQLite's count(*) instead. `keepGoing` is asked from several threads; false stops the count
// (Cancelled).
Result<QMap<QString, qint64>> countRowsCheckingEveryPage(Database &db, SourceDescriptors &descriptors,
                                                         const PageKeys &keys, const CipherSettings &settings,
                                                         const std::function<bool()> &keepGoing = {});
// A copy was written whole: the file at `path` opens with the key and settings, and the page count
// in its header matches its size. Errors: the open's (3 wrong key, ...), or Integrity (4).
Status opensWhole(const QString &path, const KeyMaterial &key, const CipherSettings &settings);
// "PRAGMA journal_mode" of the connection, lower-case ("delete", "wal", ...).
QString journalMode(Database &db);

} // namespace strongroom
