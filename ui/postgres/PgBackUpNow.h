#pragma once

#include "age/AgeFile.h"
#include "core/JobReport.h"
#include "postgres/PgBackUpDialog.h"
#include "postgres/PgConnection.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace strongroom {
class Job;
class JobHandle;
} // namespace strongroom

namespace strongroom::ui {

// Back Up Now for one PostgreSQL connection, wherever the console offers it (the dashboard's Backups
// tab, the migration wizard): PgBackUpDialog opened with what was chosen last time for the connection,
// stored again on OK; then the PgBackupJob `pg backup` runs (it writes the audit line and the catalog
// entry) and, when the dialog asks for it, the retention preset. One object per run, a child of the
// widget that offers it (so `startJob` is never called after that is gone): it deletes itself after
// finished() or cancelled().
class PgBackUpNow : public QObject
{
    Q_OBJECT
public:
    // Starts a job where its caller shows jobs (the job dialog).
    using StartJob = std::function<JobHandle *(std::shared_ptr<Job>)>;
    PgBackUpNow(QString name, postgres::PgConnection connection, postgres::PgPassword password,
                StartJob startJob, QWidget *parent);

    // Opens the dialog (window-modal, without a nested event loop).
    void open();
    PgBackUpDialog *dialog() const { return m_dialog; }
    // The passphrase the backup was encrypted with (passphrase mode), which also opens it.
    std::optional<KeyMaterial> passphrase() const { return m_passphrase; }

Q_SIGNALS:
    // The backup job's report (once retention, when chosen, has run too); `folder` is the history folder.
    void finished(const strongroom::JobReport &report, const QString &folder);
    void cancelled();

private:
    void start();

    QString m_name;
    postgres::PgConnection m_connection;
    postgres::PgPassword m_password;
    StartJob m_startJob;
    QPointer<PgBackUpDialog> m_dialog;
    std::optional<KeyMaterial> m_passphrase;
};

} // namespace strongroom::ui
