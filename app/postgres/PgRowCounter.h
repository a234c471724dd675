#pragma once

// Exact row counts (count(*)) of many tables, all in one snapshot: `sessions` connections import
// the snapshot and count in parallel, each taking the next table as soon as it is free (largest
// first is the caller's order to give). One thread drives every connection through libpq's
// asynchronous calls, so no thread of its own is started; a cancel of its WorkProgress stops every
// running count with PQcancel within 200 ms and returns Cancelled{}. Used by `pg info --exact`, and for the
// manifests and restore comparisons of `pg backup` and `pg restore`.

#include "core/Result.h"
#include "postgres/PgConnection.h"
#include "postgres/PgSession.h"

#include <QList>

namespace strongroom::postgres {

// A table by schema and name, as the catalog spells them (unquoted).
struct PgTableRef
{
    QString schema;
    QString name;
    QString displayName() const { return schema + QLatin1Char('.') + name; }
    friend bool operator==(const PgTableRef &, const PgTableRef &) = default;
};

class PgRowCounter
{
public:
    PgRowCounter(PgConnection connection, PgPassword password, int sessions = 4);

    // The exact row count of each table, in the order of `tables`, as the exported snapshot
    // `snapshotId` sees them (see PgSnapshot.h; its transaction must stay open until this returns).
    // `work` hears the number of tables counted so far, of tables.size(), as each count arrives.
    Result<QList<qint64>> count(const QString &snapshotId, const QList<PgTableRef> &tables,
                                const WorkProgress &work = {});

private:
    PgConnection m_connection;
    PgPassword m_password;
    int m_sessions;
};

} // namespace strongroom::postgres
