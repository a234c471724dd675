#pragma once

#include "backup/RestorePlan.h"
#include "core/AuditLog.h"
#include "core/Job.h"
#include "sqlcipher/PageKeys.h"

#include <optional>
#include <sys/types.h>
#include <utility>

namespace strongroom {

// The second half of a restore, after the user confirmed the plan of RestoreValidateJob:
// 1. wait until no other process holds the database (Busy after `waitSeconds`);
// 2. keep the current database in its history, tagged pre-restore (PreRestoreBackup: its WAL or
//    journal folded in first, so dropping its -wal/-shm loses nothing and no stale WAL can be
//    replayed over the restored file);
// 3. copy the backup to a temp file beside the database, re-key it if needed, fsync, verify (or
//    adopt the copy the validation staged);
// 4. swap: rename the copy over the database;
// 5. verify the restored database, write the audit log.
// A kill at any point leaves the old database or the restored one, whole.
// Its data: {"database", "backup", "pre_restore_backup", "rekeyed", "row_counts"}.
class RestoreCommitJob : public Job
{
public:
    RestoreCommitJob(RestorePlan plan, RestoreKeys keys, int waitSeconds = 0);

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    Status waitForExclusiveUse(JobContext &context);
    Status writeVerifiedCopy(JobContext &context, const QString &temp);
    Status adoptStagedCopy(const QString &temp);
    // Page keys that open the restored copy, so its verification needs no KDF run.
    Result<PageKeys> restoredKeys(const QString &temp) const;
    Status swapIn(const QString &temp);
    Status verifyRestored();

    RestorePlan m_plan;
    RestoreKeys m_keys;
    int m_waitSeconds;
    QByteArray m_copySha256;                // of the verified copy
    std::pair<dev_t, ino_t> m_copyInode{};  // the copy's file, which must be the database after the swap
    std::optional<PageKeys> m_restoredKeys; // open the restored database without a KDF run
};

} // namespace strongroom
