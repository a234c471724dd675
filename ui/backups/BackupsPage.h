#pragma once

#include "backup/BackupRecord.h"
#include "keys/KeyMaterial.h"

#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace strongroom {
class Job;
class JobHandle;
class JobRunner;
class RemoveBackupsJob;
struct JobReport;
} // namespace strongroom

namespace strongroom::ui {

class BackupHistoryModel;
class DatabasesPage;
class JobsIndicator;
class RestoreWizard;
class RetentionEditor;

// The Backups section for the databases open on the Databases page: the history of the chosen one
// (time, age, size, key id, verified state, rows), Back up now, Verify, Compare, Restore, Delete,
// and the retention policy with its dry-run preview. All work runs as jobs on the job runner.
class BackupsPage : public QWidget
{
    Q_OBJECT
public:
    BackupsPage(DatabasesPage *databases, JobRunner *runner, JobsIndicator *jobs, QWidget *parent = nullptr);

    QString databasePath() const;
    QString historyFolder() const;
    BackupHistoryModel *history() const { return m_model; }
    RetentionEditor *retention() const { return m_retention; }
    QTabWidget *tabs() const { return m_tabs; }
    // The restore wizard now open, if any.
    RestoreWizard *restoreWizard() const;

    void selectDatabase(const QString &path);
    // Re-reads the history folder (in a job); historyLoaded() follows.
    void refresh();
    // Opens the restore wizard, with `backupPath` preselected when given.
    void startRestore(const QString &backupPath = {});

Q_SIGNALS:
    void historyLoaded();
    // A job started by the page ended (its report is also in the job's progress dialog).
    void jobFinished(const strongroom::JobReport &report);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateDatabases();
    void updateActions();
    std::optional<KeyMaterial> liveKey() const;
    int selectedRow() const;
    JobHandle *startJob(std::shared_ptr<Job> job);

    void backUpNow();
    void verifySelected();
    void compareSelected();
    void deleteSelected();
    // Removes what the retention policy chose, with the key to check the seals (asked for if the
    // database is not open with one).
    void pruneBackups(const QStringList &fileNames);
    void removeBackups(const QStringList &fileNames, const QString &action);
    void startRemoval(std::shared_ptr<RemoveBackupsJob> job, const QString &action);
    void afterHistoryChange();

    DatabasesPage *m_databases;
    JobRunner *m_runner;
    JobsIndicator *m_jobs;
    QStackedWidget *m_stack;
    QComboBox *m_database;
    QLabel *m_folderLabel;
    QLabel *m_keyHint;
    QTabWidget *m_tabs;
    BackupHistoryModel *m_model;
    QTableView *m_view;
    RetentionEditor *m_retention;
    QPushButton *m_backUp;
    QPushButton *m_verify;
    QPushButton *m_compare;
    QPushButton *m_restore;
    QPushButton *m_restoreFile;
    QPushButton *m_delete;
    QPointer<JobHandle> m_listJob;
    QPointer<RestoreWizard> m_wizard;
};

} // namespace strongroom::ui
