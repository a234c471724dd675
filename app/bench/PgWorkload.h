#pragma once

#include "bench/Workload.h"
#include "core/Result.h"

#include <QList>
#include <QStringList>

namespace strongroom::postgres {
class PgSession;
}

namespace strongroom::bench::pgworkload {

// The built-in set on a PostgreSQL database, as `workload::builtIn` makes it for SQLite: SELECT 1; on
// the largest table (by the planner's row estimate, then its size on disk; not pg_catalog,
// information_schema or pg_toast) a 100-row page and a point lookup by its single-column primary key
// (a table without one gets a plain 100-row page and no lookup), count(*), and a LIKE '%…%' search on
// its first text column with three characters from the middle of a real value. A database without
// tables gets SELECT 1 only.
Result<QList<WorkloadStatement>> builtIn(postgres::PgSession &session);

// A workload statement ready for libpq: its `:name` parameters (not `::` casts, not inside '…' or
// "…") replaced by $1, $2, … and, per iteration, the values drawn from the data, the same sequence
// for every target of a comparison.
//
// The rule (as ParameterValues.h for SQLite): the table is the first one the statement names after
// FROM, JOIN, UPDATE or INTO. `:name` takes random existing values of that table's column `name`;
// `:id`, `:key` and `:pk` take random existing values of its single-column primary key when it has
// no such column. Up to 1024 values each, drawn independently, repeating. Anything else is refused
// (Usage, 2) naming the parameter.
class PgBoundStatement
{
public:
    static constexpr int kSequenceLength = 1024;

    static Result<PgBoundStatement> prepare(postgres::PgSession &session, const QString &sql);

    QString sql() const { return m_sql; } // with $n
    QStringList forIteration(qint64 i) const;

private:
    QString m_sql;
    QList<QStringList> m_values; // per parameter, its sequence
};

} // namespace strongroom::bench::pgworkload
