#pragma once

#include "age/AgeFile.h"
#include "core/JobHandle.h"
#include "postgres/PgConnection.h"

#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace strongroom {
class Job;
class JobRunner;
} // namespace strongroom

namespace strongroom::ui {

class JobsIndicator;
class PgRestoreWizard;

// The backups of one PostgreSQL connection, on its dashboard: the history folder's catalog (time,
// size, tables, rows, the last check or restore drill, whom it is encrypted to, what the retention
// preset does with it), Back Up Now, Verify (level 1 or 2), Compare with the live database,
// Restore… (the restore wizard) and Prune (asking first, naming what goes). Everything runs as the
// jobs the CLI's `pg backup`, `pg verify`, `pg compare` and `pg restore` run, in the job dialog.
class PgBackupHistory : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Size,
        Tables,
        Rows,
        Checked,
        EncryptedTo,
        Retention,
        ColumnCount
    };

    using PasswordSource = std::function<postgres::PgPassword()>;
    PgBackupHistory(QString name, postgres::PgConnection connection, JobRunner *runner, JobsIndicator *jobs,
                    PasswordSource password, QWidget *parent = nullptr);

    QString folder() const { return m_folder; }
    QStandardItemModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    PgRestoreWizard *restoreWizard() const;
    // The dump file of a row of the model.
    QString dumpPathOf(int row) const;

    // Re-reads the catalog in a job; historyLoaded() follows.
    void refresh();
    // The Back Up Now dialog, then the backup job (and retention) when it is accepted.
    void backUpNow();
    void verifySelected(int level);
    void compareSelected();
    // Asks, naming the backups the retention preset removes, then removes them.
    void pruneBackups();
    // The restore wizard, with `dumpPath` preselected when given.
    void startRestore(const QString &dumpPath = {});

Q_SIGNALS:
    void historyLoaded();
    // A job started here ended (its report is also in the job dialog).
    void jobFinished(const strongroom::JobReport &report);
    // The restore wizard asked to add the database it restored into to the Databases section.
    void connectionRequested(const strongroom::postgres::PgConnection &connection);

protected:
    void showEvent(QShowEvent *event) override;

private:
    JobHandle *startJob(std::shared_ptr<Job> job);
    int selectedRow() const;
    void updateActions();
    void showBackups(const QJsonArray &backups);
    // The "checked" column's text for a catalog check (PgCheckRecord's JSON).
    static QString lastCheckText(const QJsonObject &check);
    // Asks for the key of the selected backup, then calls `use` with it.
    void withKeys(const std::function<void(const age::DecryptKeys &)> &use);
    void showComparison(const QJsonObject &data);

    QString m_name;
    postgres::PgConnection m_connection;
    JobRunner *m_runner;
    JobsIndicator *m_jobs;
    PasswordSource m_password;
    QString m_folder;
    QJsonArray m_backups;
    // stem -> result of a check in this session that the catalog does not hold (a wrong key, a
    // backup without a catalog entry)
    QHash<QString, QString> m_checked;
    bool m_loaded = false;
    QPointer<JobHandle> m_listJob;
    QPointer<PgRestoreWizard> m_wizard;

    QLabel *m_folderLabel;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QPushButton *m_verify;
    QPushButton *m_verifyFully;
    QPushButton *m_compare;
    QPushButton *m_restore;
    QPushButton *m_prune;
};

} // namespace strongroom::ui
