#pragma once

#include "age/AgeFile.h"
#include "core/Job.h"
#include "postgres/PgConnection.h"

namespace strongroom::pgbackup {

struct PgCompareRequest
{
    QString file; // STEM.dump.age or STEM.dump.zst.age
    age::DecryptKeys keys;
    postgres::PgConnection live;
    postgres::PgPassword password;
};

// `pg compare`: the backup's counts (its manifest, after checkPgBackup) against the live database's
// exact counts, all taken in one REPEATABLE READ snapshot, table by table, as `backup compare` does
// for SQLCipher (the difference is backup minus live). Reads only; differences are the report, not
// a failure. Data: {"file", "live", "backupCreated", "comparison": [{"table", "backup", "live",
// "difference"}], "differing"}.
class PgCompareJob : public Job
{
public:
    explicit PgCompareJob(PgCompareRequest request) : m_request(std::move(request)) {}
    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    PgCompareRequest m_request;
};

} // namespace strongroom::pgbackup
