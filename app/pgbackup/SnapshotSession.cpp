#include "pgbackup/SnapshotSession.h"

#include <QCoreApplication>
#include <libpq-fe.h>
#include <memory>

namespace strongroom::pgbackup {

namespace {

struct ResultHolder
{
    PGresult *result;
    ~ResultHolder() { PQclear(result); }
};

Error queryError(pg_conn *connection, const QString &what)
{
    return Error(ExitCode::Failure, QCoreApplication::translate("PgBackup", "PostgreSQL refused %1: %2")
                                        .arg(what, libpqMessage(connection)));
}

QByteArray identifier(pg_conn *connection, const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    char *escaped = PQescapeIdentifier(connection, utf8.constData(), size_t(utf8.size()));
    QByteArray out(escaped ? escaped : "");
    PQfreemem(escaped);
    return out;
}

QByteArray countStatement(pg_conn *connection, const PgTable &table)
{
    return "SELECT count(*) FROM ONLY " + identifier(connection, table.schema) + '.' +
           identifier(connection, table.name);
}

} // namespace

Result<QList<PgTable>> listTables(pg_conn *connection)
{
    ResultHolder result{PQexec(connection,
                               "SELECT n.nspname, c.relname, pg_table_size(c.oid) FROM pg_class c "
                               "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' "
                               "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
                               "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%' "
                               "ORDER BY 1, 2")};
    if (PQresultStatus(result.result) != PGRES_TUPLES_OK)
        return queryError(connection, QCoreApplication::translate("PgBackup", "the list of tables"));
    QList<PgTable> tables;
    for (int row = 0; row < PQntuples(result.result); ++row)
        tables.append(PgTable{QString::fromUtf8(PQgetvalue(result.result, row, 0)),
                              QString::fromUtf8(PQgetvalue(result.result, row, 1)),
                              QByteArray(PQgetvalue(result.result, row, 2)).toLongLong()});
    return tables;
}

Result<QMap<QString, qint64>> countRows(pg_conn *connection, const QList<PgTable> &tables)
{
    QMap<QString, qint64> counts;
    for (const PgTable &table : tables) {
        ResultHolder result{PQexec(connection, countStatement(connection, table).constData())};
        if (PQresultStatus(result.result) != PGRES_TUPLES_OK)
            return queryError(connection,
                              QCoreApplication::translate("PgBackup", "to count %1").arg(table.qualified()));
        counts.insert(table.qualified(), QByteArray(PQgetvalue(result.result, 0, 0)).toLongLong());
    }
    return counts;
}

Result<std::unique_ptr<SnapshotSession>> SnapshotSession::open(const PgTarget &target)
{
    auto connection = connectTo(target);
    if (!connection)
        return connection.error();
    std::unique_ptr<SnapshotSession> session(new SnapshotSession);
    session->m_connection = *connection;
    {
        ResultHolder begin{
            PQexec(session->m_connection, "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")};
        if (PQresultStatus(begin.result) != PGRES_COMMAND_OK)
            return queryError(session->m_connection,
                              QCoreApplication::translate("PgBackup", "to start the snapshot transaction"));
    }
    {
        ResultHolder exported{PQexec(session->m_connection, "SELECT pg_export_snapshot()")};
        if (PQresultStatus(exported.result) != PGRES_TUPLES_OK)
            return queryError(session->m_connection,
                              QCoreApplication::translate("PgBackup", "to export the snapshot"));
        session->m_snapshot = QString::fromLatin1(PQgetvalue(exported.result, 0, 0));
    }
    auto tables = listTables(session->m_connection);
    if (!tables)
        return tables.error();
    session->m_tables = *tables;
    return session;
}

SnapshotSession::~SnapshotSession()
{
    if (m_connection) {
        if (m_busy)
            cancelQuery();
        PQfinish(m_connection);
    }
}

int SnapshotSession::serverVersionNumber() const
{
    return PQserverVersion(m_connection);
}

QString SnapshotSession::serverVersion() const
{
    const char *version = PQparameterStatus(m_connection, "server_version");
    return version ? QString::fromUtf8(version).section(QLatin1Char(' '), 0, 0) : QString();
}

QString SnapshotSession::database() const
{
    return QString::fromUtf8(PQdb(m_connection));
}

Status SnapshotSession::startCounting()
{
    m_next = 0;
    m_counts.clear();
    if (PQsetnonblocking(m_connection, 1) != 0)
        return queryError(m_connection, QCoreApplication::translate("PgBackup", "a non-blocking session"));
    sendNext();
    if (m_error)
        return *m_error;
    return {};
}

bool SnapshotSession::sendNext()
{
    if (m_next >= m_tables.size())
        return false;
    if (PQsendQuery(m_connection, countStatement(m_connection, m_tables.at(m_next)).constData()) != 1) {
        m_error = queryError(m_connection, QCoreApplication::translate("PgBackup", "to count %1")
                                               .arg(m_tables.at(m_next).qualified()));
        return false;
    }
    PQflush(m_connection);
    m_busy = true;
    return true;
}

bool SnapshotSession::poll()
{
    while (true) {
        if (m_error)
            return true;
        if (!m_busy)
            return m_next >= m_tables.size();
        PQflush(m_connection);
        if (PQconsumeInput(m_connection) != 1) {
            m_error = queryError(m_connection, QCoreApplication::translate("PgBackup", "the row counts"));
            return true;
        }
        // Results are taken only while libpq has them whole; the query ends with a null result.
        while (m_busy && !PQisBusy(m_connection)) {
            PGresult *result = PQgetResult(m_connection);
            const PgTable &table = m_tables.at(m_next);
            if (!result) {
                m_busy = false;
                if (!m_currentCounted && !m_error)
                    m_error = queryError(m_connection, QCoreApplication::translate("PgBackup", "to count %1")
                                                           .arg(table.qualified()));
                m_currentCounted = false;
                ++m_next;
                if (!m_error)
                    sendNext();
                break;
            }
            ResultHolder holder{result};
            if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1) {
                m_counts.insert(table.qualified(), QByteArray(PQgetvalue(result, 0, 0)).toLongLong());
                m_currentCounted = true;
            } else if (!m_error) {
                m_error = Error(ExitCode::Failure,
                                QCoreApplication::translate("PgBackup", "PostgreSQL refused to count %1: %2")
                                    .arg(table.qualified(),
                                         QString::fromUtf8(PQresultErrorMessage(result)).trimmed()));
            }
        }
        if (m_busy && PQisBusy(m_connection))
            return false;
    }
}

void SnapshotSession::cancelQuery()
{
    if (PGcancel *cancel = PQgetCancel(m_connection)) {
        char message[256];
        PQcancel(cancel, message, sizeof message);
        PQfreeCancel(cancel);
    }
}

} // namespace strongroom::pgbackup
