#pragma once

#include "age/AgeFile.h"
#include "core/Job.h"
#include "core/Result.h"
#include "pgbackup/PgBackupCatalog.h"
#include "postgres/PgConnection.h"

#include <optional>

namespace strongroom::pgbackup {

struct PgVerifyRequest
{
    QString file; // STEM.dump.age or STEM.dump.zst.age
    age::DecryptKeys keys;
    int level = 1;
    // Level 3: the server the scratch database is made on (its dbname is ignored); without one, a
    // temporary cluster of Strongroom's own (TemporaryCluster).
    std::optional<postgres::PgConnection> drillServer;
    postgres::PgPassword password;
};

// `pg verify`: level 1 checks the set's checksums, manifest and age header (checkPgBackup); level 2
// also authenticates every chunk of the dump and reads its table of contents (pg_restore --list,
// fed the plaintext through a pipe, nothing on disk), which must hold every table of the manifest;
// level 3 is a restore drill: the backup restored into a new scratch database on the server named,
// or in a temporary cluster started for it (PgRestoreJob with --create), every count compared with
// the manifest, the database dropped again or the cluster stopped and removed (also on failure and
// cancel), and the drill (time, duration, counts equal) recorded in the folder's catalog.
// Every level's verdict on the backup goes into the catalog as a check (PgCheckRecord: time, level,
// duration, result, what was checked): passed, damaged (exit 4) or counts-differ. Verdicts on
// something else (no key, a wrong key, a server that cannot be reached) and cancels are not
// recorded: they say nothing about the backup. Writes the audit line. Data: {"file", "level",
// "tables", "rows", "toc": [tables]?, "comparison"?, "drill": {"database", "server",
// "temporaryCluster", "durationMs", "countsEqual"}?, "recorded": bool}. A file `pg backup` did not
// write (gpg, Node, age, plain or compressed dumps, tar archives) is read in full at level 1 or 2
// (checkForeignFile); data then: {"file", "level", "foreign": true, "format", "authenticated",
// "checksumChecked", "compressionChecked", "archiveRead", "notes"}.
class PgVerifyJob : public Job
{
public:
    explicit PgVerifyJob(PgVerifyRequest request) : m_request(std::move(request)) {}
    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    // Each returns Cancelled{} when the user stopped it: run() ends that as a cancel, not a failure.
    Status verify(JobContext &context, QJsonObject &data);
    Status drill(JobContext &context, QJsonObject &data);
    // A file `pg backup` did not write, at level 1 or 2: checkForeignFile (it has no levels).
    bool isForeign() const;
    Status verifyForeign(JobContext &context, QJsonObject &data);
    // The verdict into the folder's catalog, unless it says nothing about the backup (a cancel).
    bool recordCheck(JobContext &context, const Status &verdict, qint64 durationMs);
    PgVerifyRequest m_request;
    QDateTime m_started;
    std::optional<PgDrillRecord> m_drillRecord; // a level-3 drill that got as far as comparing
};

} // namespace strongroom::pgbackup
