#pragma once

#include "postgres/PgServerInfo.h"

#include <QJsonObject>
#include <QStringList>

namespace strongroom::migration {

// The exact row counts a migration records before PostgreSQL is stopped (the journal's
// "row_counts": {"counted", "tables": {"schema.table": rows}, "total_rows"}), and their comparison
// with the counts of the server started on the new location: every recorded table must be there
// with the same count, and no table may have appeared (the same data directory cannot grow one).
QJsonObject rowCountsJson(const postgres::PgServerInfo &info);

// "schema.table: N rows before the move, M now", "schema.table: missing", ...; empty when equal.
QStringList compareRowCounts(const QJsonObject &recorded, const postgres::PgServerInfo &now);

} // namespace strongroom::migration
