#pragma once

#include "backup/BackupRecord.h"
#include "backup/RestorePlan.h"
#include "core/JobReport.h"
#include "keys/KeyMaterial.h"

#include <QWizard>
#include <optional>

namespace strongroom {
class JobRunner;
}

namespace strongroom::ui {

class JobsIndicator;

// What a restore replaces and with which key.
struct RestoreTarget
{
    QString databasePath;
    QString historyFolder;
    KeyMaterial liveKey;
    QList<BackupRecord> history; // offered on the first page, newest first
    QString backupPath;          // preselected (from the history or a file); may be empty
};

// Restores a database from a backup in the history or from any file (a download, dropped on the
// first page): choose → validate in a job (valid / wrong key, then the backup's key is asked /
// damaged, with the reason) → side-by-side comparison → a commit page naming the database to be
// replaced and the pre-restore backup to be made → the restore job with its progress dialog →
// report. Nothing is touched before the commit page's Restore button.
class RestoreWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        ChoosePage,
        ValidatePage,
        ComparePage,
        CommitPage,
        ProgressPage,
        ReportPage
    };

    RestoreWizard(RestoreTarget target, JobRunner *runner, JobsIndicator *jobs, QWidget *parent = nullptr);
    ~RestoreWizard() override;

    const RestoreTarget &target() const { return m_target; }
    JobRunner *runner() const { return m_runner; }
    JobsIndicator *jobs() const { return m_jobs; }

    // The backup chosen on the first page.
    QString backupPath() const { return m_backupPath; }
    void setBackupPath(const QString &path);
    // The backup's own key, when it was made with another one than the live database's.
    void setBackupKey(std::optional<KeyMaterial> key) { m_backupKey = std::move(key); }
    RestoreKeys keys() const { return RestoreKeys{m_target.liveKey, m_backupKey}; }

    const std::optional<RestorePlan> &plan() const { return m_plan; }
    void setPlan(std::optional<RestorePlan> plan) { m_plan = std::move(plan); }
    const std::optional<JobReport> &result() const { return m_result; }
    void setResult(const JobReport &report);
    // While the restore job runs, the wizard cannot be closed (the job's own dialog can cancel it),
    // so its report always arrives.
    void setRestoring(bool restoring);
    void reject() override;

Q_SIGNALS:
    void backupPathChanged(const QString &path);
    // Just before the restore job starts: whoever holds the database open closes it now.
    void aboutToReplace(const QString &databasePath);
    void restoreFinished(const strongroom::JobReport &report);

private:
    RestoreTarget m_target;
    JobRunner *m_runner;
    JobsIndicator *m_jobs;
    QString m_backupPath;
    std::optional<KeyMaterial> m_backupKey;
    std::optional<RestorePlan> m_plan;
    std::optional<JobReport> m_result;
    bool m_restoring = false;
};

} // namespace strongroom::ui
