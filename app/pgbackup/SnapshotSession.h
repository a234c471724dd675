#pragma once

#include "core/Result.h"
#include "pgbackup/PgTarget.h"

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

struct pg_conn;

namespace strongroom::pgbackup {

// A table as the dump and the counts name it: "schema.table".
struct PgTable
{
    QString schema;
    QString name;
    qint64 bytes = 0; // heap and TOAST, an estimate of its share of the dump
    QString qualified() const { return schema + QLatin1Char('.') + name; }
};

// Every ordinary table of the database (partitions included, partitioned parents not: their rows
// are the partitions'), outside the system schemas, sorted by name.
Result<QList<PgTable>> listTables(pg_conn *connection);
// Exact row counts of `tables`, one count(*) each, in the connection's transaction.
Result<QMap<QString, qint64>> countRows(pg_conn *connection, const QList<PgTable> &tables);

// The backup's own libpq session: a transaction REPEATABLE READ, READ ONLY whose snapshot is
// exported for pg_dump (--snapshot) and stays valid as long as this object lives, so the dump and
// the counts see exactly the same rows whatever writers do meanwhile. The counts run here, in that
// transaction, asynchronously (one count(*) per table, sent one after the other), while the caller
// keeps pumping the dump: poll() advances them.
class SnapshotSession
{
public:
    static Result<std::unique_ptr<SnapshotSession>> open(const PgTarget &target);
    ~SnapshotSession();
    SnapshotSession(const SnapshotSession &) = delete;
    SnapshotSession &operator=(const SnapshotSession &) = delete;

    QString snapshotId() const { return m_snapshot; }
    int serverVersionNumber() const; // 170002
    QString serverVersion() const;   // "17.2"
    QString database() const;
    const QList<PgTable> &tables() const { return m_tables; }

    // Starts counting every table in the background of this session.
    Status startCounting();
    // Advances the counts without blocking; true once all are known (or on failure: see error()).
    bool poll();
    const QMap<QString, qint64> &counts() const { return m_counts; }
    std::optional<Error> error() const { return m_error; }
    // Asks the server to stop the running count (cancel).
    void cancelQuery();

private:
    SnapshotSession() = default;
    bool sendNext();

    pg_conn *m_connection = nullptr;
    QString m_snapshot;
    QList<PgTable> m_tables;
    QMap<QString, qint64> m_counts;
    int m_next = 0;
    bool m_busy = false;
    bool m_currentCounted = false;
    std::optional<Error> m_error;
};

} // namespace strongroom::pgbackup
