#include "sqlcipher/RowCount.h"

#include "sqlcipher/StatementError.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace strongroom::rowcount {

Result<QList<EncryptedRowCounter::Table>> tablesToCount(Database &db)
{
    QList<EncryptedRowCounter::Table> tables;
    Statement s =
        db.prepare(QStringLiteral("SELECT name, rootpage FROM sqlite_schema WHERE type = 'table' AND "
                                  "name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                                  "ORDER BY name"));
    while (s.step())
        tables.append({s.text(0), s.int64(1)});
    if (s.lastResult() != SQLITE_DONE)
        return statementError(db, s.lastResult(),
                              QCoreApplication::translate("DatabaseChecks", "reading the schema"));
    return tables;
}

Result<qint64> rowsOf(Database &db, const QString &table)
{
    Statement s = db.prepare(QStringLiteral("SELECT count(*) FROM ") + quoteIdentifier(table));
    if (!s.isValid())
        return statementError(db, s.prepareResult(),
                              QCoreApplication::translate("DatabaseChecks", "counting rows of ") + table);
    if (!s.step())
        return statementError(db, s.lastResult(),
                              QCoreApplication::translate("DatabaseChecks", "counting rows of ") + table);
    return s.int64(0);
}

Result<QMap<QString, qint64>> rowsPerTable(Database &db)
{
    const Result<QList<EncryptedRowCounter::Table>> tables = tablesToCount(db);
    if (!tables)
        return tables.error();
    QMap<QString, qint64> counts;
    for (const EncryptedRowCounter::Table &table : tables.value()) {
        const Result<qint64> rows = rowsOf(db, table.name);
        if (!rows)
            return rows.error();
        counts.insert(table.name, rows.value());
    }
    return counts;
}

} // namespace strongroom::rowcount
