#pragma once

// Exact row counts (count(*)) of many tables, all in one snapshot: `sessions` connections import
// the snapshot and count in parallel, each taking the next table as soon as it is free (largest
// first is the caller's order to give). One thread drives every connection through libpq's
// asynchronous calls, so no thread of its own is started; a cancel stops every running count with
// PQcancel within 200 ms. Used by `pg info --exact`, and for the manifests and restore comparisons
// of `pg backup` and `pg restore`.

#include "core/Result.h"
#include "postgres/PgConnection.h"
#include "postgres/PgSession.h"

#include <QList>
#include <functional>

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

    // Called on the counting thread as each table's count arrives (index into `tables`).
    using Counted = std::function<void(int index, qint64 rows)>;

    // The exact row count of each table, in the order of `tables`, as the exported snapshot
    // `snapshotId` sees them (see PgSnapshot.h; its transaction must stay open until this returns).
    Result<QList<qint64>> count(const QString &snapshotId, const QList<PgTableRef> &tables,
                                const CancelCheck &cancelled = {}, const Counted &counted = {});

private:
    PgConnection m_connection;
    PgPassword m_password;
    int m_sessions;
};

} // namespace strongroom::postgres
