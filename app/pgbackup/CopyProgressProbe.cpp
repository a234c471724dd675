#include "pgbackup/CopyProgressProbe.h"

namespace strongroom::pgbackup {

using namespace strongroom::postgres;

std::unique_ptr<CopyProgressProbe> CopyProgressProbe::open(const PgConnection &connection,
                                                           const PgPassword &password,
                                                           int serverVersionNumber, QString applicationName,
                                                           const WorkProgress &work)
{
    if (serverVersionNumber < 140000)
        return nullptr;
    auto session = PgSession::open(connection, password, work);
    if (!session)
        return nullptr;
    return std::unique_ptr<CopyProgressProbe>(
        new CopyProgressProbe(std::move(*session), std::move(applicationName)));
}

std::optional<CopyProgressProbe::Copy> CopyProgressProbe::current(const WorkProgress &work)
{
    auto result = m_session->exec(
        QStringLiteral("SELECT n.nspname || '.' || c.relname, p.bytes_processed "
                       "FROM pg_stat_progress_copy p JOIN pg_stat_activity a ON a.pid = p.pid "
                       "JOIN pg_class c ON c.oid = p.relid JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE a.application_name = $1 AND p.command = 'COPY TO' "
                       "AND p.datid = (SELECT oid FROM pg_database WHERE datname = current_database())"),
        {m_applicationName}, work);
    if (!result || result->rows() != 1)
        return std::nullopt;
    return Copy{result->text(0, 0), result->int64(0, 1)};
}

} // namespace strongroom::pgbackup
