#pragma once

// `pg info` and the console's PostgreSQL dashboard: connects, reads the server's facts, settings,
// TLS and storage encryption and every table's estimated rows and sizes, and, on request, counts
// every table exactly in parallel sessions that share one exported snapshot (PgRowCounter). Reads
// only; changes nothing, so it writes no audit line.

#include "core/Job.h"
#include "postgres/PgServerInfo.h"

namespace strongroom::postgres {

class PgInfoJob : public Job
{
public:
    struct Request
    {
        PgConnection connection;
        PgPassword password;
        bool exactCounts = false;
        int sessions = 4; // parallel sessions for the exact counts
    };

    explicit PgInfoJob(Request request);

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    // Complete once the job succeeded (the tables without exact counts when it was cancelled during
    // the count).
    PgServerInfo info() const { return m_info; }

private:
    Status readFacts(PgSession &session, JobContext &context);
    Status readTables(PgSession &session, JobContext &context);

    Request m_request;
    PgServerInfo m_info;
};

} // namespace strongroom::postgres
