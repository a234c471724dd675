#pragma once

#include "core/Result.h"
#include "sqlcipher/Database.h"
#include "sqlcipher/EncryptedRowCounter.h"

#include <QList>
#include <QMap>

namespace strongroom {

// The one way Strongroom counts rows with SQLite's count(*) (backups, restores, comparisons and the
// dashboard's table statistics). A count(*) of a whole table is one opcode that asks no progress
// handler: only sqlite3_interrupt from another thread stops it (DatabaseSession::runInterruptible),
// and the count then fails with SQLITE_INTERRUPT.
namespace rowcount {

// The tables a database's row counts cover, by name, with their root pages: ordinary tables,
// virtual and SQLite's internal tables left out.
Result<QList<EncryptedRowCounter::Table>> tablesToCount(Database &db);

// SELECT count(*) of one table. Errors as statementError (Integrity, Busy, Failure).
Result<qint64> rowsOf(Database &db, const QString &table);

// Rows per table of tablesToCount.
Result<QMap<QString, qint64>> rowsPerTable(Database &db);

} // namespace rowcount
} // namespace strongroom
