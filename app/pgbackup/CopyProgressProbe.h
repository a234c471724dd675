#pragma once

#include "postgres/PgConnection.h"
#include "postgres/PgSession.h"

#include <memory>
#include <optional>

namespace strongroom::pgbackup {

// What pg_dump's COPY has sent so far, as the server reports it (pg_stat_progress_copy, PostgreSQL
// >= 14), asked in a session of its own: the snapshot's session cannot ask, as a transaction sees
// the server's activity views frozen at its first look. pg_dump's backend is the one whose
// application_name is the one given to pg_dump.
class CopyProgressProbe
{
public:
    struct Copy
    {
        QString table; // "schema.name"
        qint64 bytes = 0;
    };

    // nullptr when the server is older than 14 or the session cannot be opened: the progress then
    // goes by pg_dump's --verbose lines alone.
    static std::unique_ptr<CopyProgressProbe> open(const postgres::PgConnection &connection,
                                                   const postgres::PgPassword &password,
                                                   int serverVersionNumber, QString applicationName,
                                                   const WorkProgress &work);

    // The table pg_dump's backend copies now, or nullopt (none, or the query failed).
    std::optional<Copy> current(const WorkProgress &work);

private:
    CopyProgressProbe(std::unique_ptr<postgres::PgSession> session, QString applicationName)
        : m_session(std::move(session)), m_applicationName(std::move(applicationName))
    {
    }

    std::unique_ptr<postgres::PgSession> m_session;
    QString m_applicationName;
};

} // namespace strongroom::pgbackup
