#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace strongroom {
class Database;
}

namespace strongroom::bench {

// One statement of a workload: a short name for tables and charts, and its SQL.
struct WorkloadStatement
{
    QString name;
    QString sql;
};

// The statements `bench queries` runs: from a file or the built-in set.
//
// A workload file holds SQL statements. When it has no `;` outside quotes, each non-empty line is one
// statement; otherwise statements end at `;` and may span lines. Lines starting with `--` are
// comments. Named parameters (`:id`, `:name`) get values drawn from the data (ParameterValues.h).
namespace workload {

QList<WorkloadStatement> fromText(const QString &text);
// Usage (2) for a file that cannot be read or holds no statement.
Result<QList<WorkloadStatement>> fromFile(const QString &path);

// The built-in set, from the schema of `db`: SELECT 1; a 100-row page, a point lookup by primary key
// and count(*) of the largest table (by rows); a LIKE '%…%' search on its first text column, with a
// needle taken from the data. A database without tables gets SELECT 1 only.
QList<WorkloadStatement> builtIn(const Database &db);

} // namespace workload

} // namespace strongroom::bench
