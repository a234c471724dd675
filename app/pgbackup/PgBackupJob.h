#pragma once

#include "age/AgeFile.h"
#include "core/Job.h"
#include "pgbackup/PgBackupManifest.h"
#include "postgres/PgConnection.h"

namespace strongroom::pgbackup {

struct PgBackupRequest
{
    postgres::PgConnection connection;
    postgres::PgPassword password;
    QString folder;
    age::EncryptRequest age; // recipients, or a passphrase (scrypt)
    bool globals = false;    // also pg_dumpall --globals-only
    int lockWaitTimeoutSeconds = 60;
};

// `pg backup` and the console's Back Up Now: a snapshot-consistent, compressed, age-encrypted backup
// of one database into a folder. Its own libpq session (BackupSnapshot) exports a REPEATABLE READ
// snapshot; pg_dump -Fc --snapshot dumps exactly it while the same session counts every table's
// rows in it. pg_dump >= 16 compresses its data itself (--compress=zstd:1) and its output goes
// straight into age (STEM.dump.age); an older one writes -Z0 through zstd (ZstdPullCompressor) and
// age (STEM.dump.zst.age); the manifest says which. The payload goes into a 0600 temp file beside the
// target, never plain on disk and never whole in memory. The step's progress is the tables' estimated
// bytes done (DumpProgress: pg_dump's --verbose and its COPY's pg_stat_progress_copy). Then the
// encrypted manifest, placed first, the dump, the .sha256 (SafeFile: fsync, rename without
// replacing, fsync the folder) and the catalog entry. Cancel stops pg_dump and leaves no file
// behind. Writes the audit line.
// Data: {"dump", "manifest", "checksums", "globals"?, "database", "snapshot", "serverVersion",
// "pgDumpVersion", "compression", "dumpCompression", "tables", "rows", "rowCounts", "dumpBytes", "bytes",
// "sha256"}.
class PgBackupJob : public Job
{
public:
    explicit PgBackupJob(PgBackupRequest request) : m_request(std::move(request)) {}
    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    // Ok, failed, or Cancelled: run() reports and audits which.
    Status backUp(JobContext &context);
    PgBackupRequest m_request;
    PgBackupManifest m_manifest;
    PgBackupFiles m_files;
};

} // namespace strongroom::pgbackup
