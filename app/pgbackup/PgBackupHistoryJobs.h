#pragma once

#include "backup/RetentionPolicy.h"
#include "core/Job.h"
#include "pgbackup/PgBackupCatalog.h"

namespace strongroom::pgbackup {

// `pg backup list`: the folder's backups, newest first, with what the policy would do to each.
// Data: {"folder", "policy", "backups": [entry + {"keep", "reasons"}]}.
class ListPgBackupsJob : public Job
{
public:
    ListPgBackupsJob(QString folder, RetentionPolicy policy) : m_folder(std::move(folder)), m_policy(policy)
    {
    }
    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    QString m_folder;
    RetentionPolicy m_policy;
};

// `pg backup prune`: removes the backups a retention policy does not keep, each with all its files
// (dump, globals, manifest, checksums), then their catalog entries. An entry whose time disagrees
// with the time in its file name (the catalog is a plain file someone may have edited), or whose
// dump no longer has the recorded SHA-256, is kept and reported. A dry run removes nothing.
// Data: {"folder", "policy", "dryRun", "removed": [stems], "kept": [stems], "refused": [{"stem", "reason"}]}.
class PrunePgBackupsJob : public Job
{
public:
    PrunePgBackupsJob(QString folder, RetentionPolicy policy, bool dryRun)
        : m_folder(std::move(folder)), m_policy(policy), m_dryRun(dryRun)
    {
    }
    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    QString m_folder;
    RetentionPolicy m_policy;
    bool m_dryRun;
};

} // namespace strongroom::pgbackup
