#pragma once

#include "core/Result.h"
#include "postgres/PgSession.h"

#include <QList>
#include <QMap>
#include <QString>
#include <memory>
#include <optional>

namespace strongroom::pgbackup {

// A table as the dump and the counts name it: "schema.table", with its heap and TOAST bytes (an
// estimate of its share of the dump).
struct PgTable
{
    QString schema;
    QString name;
    qint64 bytes = 0;
    QString qualified() const { return schema + QLatin1Char('.') + name; }
};

// Every ordinary table of the database the session sees (partitions included, partitioned parents
// not: their rows are the partitions'), outside the system schemas, sorted by name.
Result<QList<PgTable>> listTables(postgres::PgSession &session, const WorkProgress &work = {});

// The backup's own session (app/postgres's PgSession): it exports a REPEATABLE READ, READ ONLY
// snapshot (PgSnapshot.h) for pg_dump --snapshot and keeps it for as long as this object lives,
// and counts every table's rows in that same transaction, asynchronously (one count(*) after the
// other), while the caller pumps the dump on the same thread: poll() advances the counts without
// blocking. So the manifest's counts are exactly the rows the dump holds, whatever writers do.
class BackupSnapshot
{
public:
    static Result<std::unique_ptr<BackupSnapshot>> open(const postgres::PgConnection &connection,
                                                        const postgres::PgPassword &password,
                                                        const WorkProgress &work);

    QString id() const { return m_id; }
    postgres::PgSession &session() { return *m_session; }
    const QList<PgTable> &tables() const { return m_tables; }

    // Advances the counts; true once all are known or one failed (see error()).
    bool poll();
    const QMap<QString, qint64> &counts() const { return m_counts; }
    std::optional<Error> error() const { return m_error; }
    // Stops a running count (cancel).
    void cancel() { m_session->cancel(); }

private:
    std::unique_ptr<postgres::PgSession> m_session;
    QString m_id;
    QList<PgTable> m_tables;
    QMap<QString, qint64> m_counts;
    int m_next = 0;
    bool m_busy = false;
    std::optional<Error> m_error;
};

} // namespace strongroom::pgbackup
