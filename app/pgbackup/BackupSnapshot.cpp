#include "pgbackup/BackupSnapshot.h"

#include "postgres/PgSnapshot.h"

#include <QCoreApplication>

namespace strongroom::pgbackup {

using namespace strongroom::postgres;

namespace {

QString countStatement(PgSession &session, const PgTable &table)
{
    return QStringLiteral("SELECT count(*) FROM ONLY %1.%2")
        .arg(session.quoteIdentifier(table.schema), session.quoteIdentifier(table.name));
}

} // namespace

Result<QList<PgTable>> listTables(PgSession &session, const WorkProgress &work)
{
    // Sizes from the catalog's page counts, not pg_table_size(): that would wait for the lock of a
    // table someone holds exclusively, before pg_dump's --lock-wait-timeout could apply.
    auto result = session.exec(
        QStringLiteral("SELECT n.nspname, c.relname, (c.relpages + COALESCE(t.relpages, 0))::bigint "
                       "* current_setting('block_size')::bigint FROM pg_class c "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "LEFT JOIN pg_class t ON t.oid = c.reltoastrelid WHERE c.relkind = 'r' "
                       "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
                       "AND n.nspname NOT LIKE 'pg\\_toast%' "
                       "AND n.nspname NOT LIKE 'pg\\_temp%' ORDER BY 1, 2"),
        {}, work);
    if (!result)
        return result.error();
    QList<PgTable> tables;
    for (int row = 0; row < result->rows(); ++row)
        tables.append(PgTable{result->text(row, 0), result->text(row, 1), result->int64(row, 2)});
    return tables;
}

Result<std::unique_ptr<BackupSnapshot>>
BackupSnapshot::open(const PgConnection &connection, const PgPassword &password, const WorkProgress &work)
{
    auto session = PgSession::open(connection, password, work);
    if (!session)
        return session.error();
    std::unique_ptr<BackupSnapshot> snapshot(new BackupSnapshot);
    snapshot->m_session = std::move(*session);
    auto id = snapshot::exportFrom(*snapshot->m_session, work);
    if (!id)
        return id.error();
    snapshot->m_id = *id;
    auto tables = listTables(*snapshot->m_session, work);
    if (!tables)
        return tables.error();
    snapshot->m_tables = *tables;
    return snapshot;
}

bool BackupSnapshot::poll()
{
    while (!m_error) {
        if (!m_busy) {
            if (m_next >= m_tables.size())
                return true;
            if (!m_session->send(countStatement(*m_session, m_tables.at(m_next)))) {
                m_error = Error(ExitCode::Failure,
                                QCoreApplication::translate("PgBackup", "PostgreSQL refused to count %1.")
                                    .arg(m_tables.at(m_next).qualified()));
                break;
            }
            m_busy = true;
        }
        if (!m_session->consume())
            return false;
        m_busy = false;
        auto result = m_session->takeResult();
        if (!result) {
            m_error = result.error();
            break;
        }
        m_counts.insert(m_tables.at(m_next).qualified(), result->value().toLongLong());
        ++m_next;
    }
    return true;
}

} // namespace strongroom::pgbackup
