#pragma once

#include "age/AgeFile.h"
#include "core/Job.h"
#include "core/Result.h"
#include "pgbackup/PgBackupManifest.h"
#include "postgres/PgConnection.h"

#include <QJsonArray>
#include <functional>

namespace strongroom::pgbackup {

struct PgRestoreRequest
{
    QString file; // STEM.dump.age (or STEM.dump.zst.age) of a `pg backup` set
    postgres::PgConnection target;
    postgres::PgPassword password;
    age::DecryptKeys keys; // identities or the passphrase
    bool create = false;   // CREATE DATABASE the target's dbname first (it must not exist)
    bool clean = false;    // the user confirmed (--clean --yes): objects of a non-empty target are replaced
    int jobs = 1;          // 1: streamed into pg_restore; more: staged, then pg_restore --jobs
    QString stagingParent; // for jobs > 1; empty: the backup file's folder
    // Called as the target's step begins, once the backup has been checked: a restore drill starts
    // its temporary cluster there (for the manifest's server version) and points `target` at it.
    // A cancel there is Cancelled{}, which ends the restore as cancelled.
    std::function<Status(postgres::PgConnection &target, const PgBackupManifest &manifest)> prepareTarget;
};

// `pg restore` (and the console's restore wizard): everything is checked before the target is
// touched (a foreign file: checkForeignFile, one extra read of it): the .sha256 of the set (the dump and the
// manifest hashed in full), the manifest (opened with the key, its digest of the dump equal to the file's),
// the dump's age header and MAC with the key. Then the target: created with --create, refused (exit 2) when
// it holds tables and --clean was not confirmed. --jobs 1 streams age (→ zstd, when the manifest says so) →
// pg_restore --single-transaction on its stdin, no plaintext on disk; --jobs N decrypts the dump, still
// compressed by pg_dump, into a 0700 staging folder (removed on success, failure, cancel, and by the next
// restore after a crash) for pg_restore --jobs N. Afterwards every table's exact count is compared with the
// manifest: any difference fails with exit 4 and the comparison.
// Data: {"file", "target", "database", "jobs", "staging"?, "tables", "rows", "comparison":
// [{"table", "backup", "restored", "equal"}], "warnings": [...], "snapshot", "created"}.
class PgRestoreJob : public Job
{
public:
    explicit PgRestoreJob(PgRestoreRequest request) : m_request(std::move(request)) {}
    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    // Staging folders of restores whose process no longer runs, in `folder` (left by a crash).
    static QStringList staleStagingFolders(const QString &folder);

    // The work of run() without its report and audit line, for a restore drill (PgVerifyJob level 3)
    // that runs it as its first four steps; a cancel returns Cancelled{}. The staging folder is removed.
    Status restoreOnly(JobContext &context);
    const QJsonArray &comparison() const { return m_comparison; }
    bool countsDiffer() const { return m_countsDiffer; }

private:
    Status restore(JobContext &context);
    void dropCreatedDatabase();
    PgRestoreRequest m_request;
    PgBackupManifest m_manifest;
    QString m_staging;
    QStringList m_warnings;
    QJsonArray m_comparison;
    bool m_countsDiffer = false;
    QString m_foreignFormat;    // empty for a set of pg backup's
    QStringList m_foreignNotes; // what the check of a foreign file could not prove
    QString m_createdDatabase;  // by --create, dropped again when the restore fails
};

} // namespace strongroom::pgbackup
