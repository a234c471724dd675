#pragma once

#include "age/AgeFile.h"
#include "core/JobReport.h"
#include "pgbackup/PgRestoreJob.h"
#include "postgres/PgBackupFormat.h"
#include "postgres/PgConnection.h"

#include <QWizard>
#include <optional>

namespace strongroom {
class JobRunner;
}

namespace strongroom::ui {

class JobsIndicator;

// Where the restore goes on the dashboard's server.
struct PgRestoreTargetChoice
{
    QString database;
    bool create = true; // a new database; else an existing one
    bool clean = false; // the user confirmed that an existing database's objects are replaced
    int jobs = 1;
    QString stagingParent; // empty: beside the backup file
};

// Restores a PostgreSQL backup on the dashboard's server: choose the file (its format is told at
// once: a Strongroom set, or gpg, Node .enc, age, plain or compressed SQL, custom dumps) → the key
// (identity file or passphrase; a key that does not open the backup comes back here with the
// reason) → the checks (checksums, header and manifest, as the verify job; level 2 on request) →
// the target (a new database, NAME_restored_YYYYMMDD suggested, or an existing one, replaced only
// with --clean confirmed) → the plan (what will happen, where a staging folder goes) → the restore
// job in the job dialog → the report with the table-by-table count comparison. Nothing on the
// server is touched before the plan page's Restore button.
class PgRestoreWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        ChoosePage,
        KeyPage,
        ChecksPage,
        TargetPage,
        PlanPage,
        ProgressPage,
        ReportPage
    };

    PgRestoreWizard(postgres::PgConnection server, postgres::PgPassword password, JobRunner *runner,
                    JobsIndicator *jobs, QWidget *parent = nullptr);

    JobRunner *runner() const { return m_runner; }
    JobsIndicator *jobs() const { return m_jobs; }
    const postgres::PgConnection &server() const { return m_server; }

    QString file() const { return m_file; }
    void setFile(const QString &path);
    const PgBackupFormat &format() const { return m_format; }

    const age::DecryptKeys &keys() const { return m_keys; }
    void setKeys(age::DecryptKeys keys) { m_keys = std::move(keys); }
    // A key that did not open the backup: the key page shows `message` (the wizard goes back to it).
    void rejectKey(const QString &message);
    QString keyError() const { return m_keyError; }
    void clearKeyError() { m_keyError.clear(); }

    // The database name a restore of this file suggests: NAME_restored_YYYYMMDD.
    QString suggestedDatabase() const;
    const PgRestoreTargetChoice &target() const { return m_target; }
    void setTarget(PgRestoreTargetChoice target) { m_target = std::move(target); }
    // Whether the restore stages the decrypted dump in a folder (jobs > 1, or an encrypted foreign file).
    bool staged() const;
    QString stagingParent() const;
    pgbackup::PgRestoreRequest request() const;

    const std::optional<JobReport> &result() const { return m_result; }
    void setResult(const JobReport &report);
    void setRestoring(bool restoring) { m_restoring = restoring; }
    void reject() override;

Q_SIGNALS:
    void fileChanged(const QString &path);
    void keyRejected(const QString &message);
    void restoreFinished(const strongroom::JobReport &report);
    // The report page's "Add the restored database": a connection to it on the same server.
    void connectionRequested(const strongroom::postgres::PgConnection &connection);

private:
    postgres::PgConnection m_server;
    postgres::PgPassword m_password;
    JobRunner *m_runner;
    JobsIndicator *m_jobs;
    QString m_file;
    PgBackupFormat m_format;
    age::DecryptKeys m_keys;
    QString m_keyError;
    PgRestoreTargetChoice m_target;
    std::optional<JobReport> m_result;
    bool m_restoring = false;
};

} // namespace strongroom::ui
