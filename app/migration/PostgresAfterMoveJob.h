#pragma once

#include "core/Job.h"
#include "postgres/PgInfoJob.h"

#include <QString>
#include <QStringList>

namespace strongroom::migration {

// Step 5 of the issue: PostgreSQL started on its new location and its exact row counts compared
// with those the migration recorded before the server was stopped (the journal's "row_counts"):
//   1. the user's service command (`pg_ctl start -w -D DIR`, `systemctl start postgresql@17-main`),
//      run as an argument list without a shell, with PGPASSWORD taken out of its environment; it must
//      return once the server is started (it is stopped after `waitSeconds` otherwise);
//   2. connections tried until the server accepts one (`waitSeconds` in all);
//   3. every table counted exactly (PgInfoJob, one snapshot);
//   4. compared (compareRowCounts): any difference ends with exit 4 and the list.
// MigrateDirJob runs it after the switch-over when the volume is mounted at the folder;
// `volume migrate-dir --check-postgres` runs it alone (after mounting by hand, or, in the tests,
// against the original folder after a rollback). The result goes into the journal and the audit
// line "volume.migrate-dir.postgres".
class PostgresAfterMoveJob : public Job
{
public:
    struct Request
    {
        QString image;            // the migration's image: its journal holds the counts
        QStringList startCommand; // empty: the server already runs
        postgres::PgInfoJob::Request counting;
        int waitSeconds = 60;
    };
    explicit PostgresAfterMoveJob(Request request);

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    void check(JobContext &context);

    Request m_request;
};

} // namespace strongroom::migration
