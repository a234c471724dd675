#include "postgres/PgBackUpNow.h"

#include "core/JobHandle.h"
#include "pgbackup/PgBackupHistoryJobs.h"
#include "pgbackup/PgBackupJob.h"
#include "postgres/PgBackUpDialog.h"

#include <QWidget>

namespace strongroom::ui {

PgBackUpNow::PgBackUpNow(QString name, postgres::PgConnection connection, postgres::PgPassword password,
                         StartJob startJob, QWidget *parent)
    : QObject(parent), m_name(std::move(name)), m_connection(std::move(connection)),
      m_password(std::move(password)), m_startJob(std::move(startJob))
{
    m_dialog = new PgBackUpDialog(
        m_name,
        PgBackupPreferences::load(m_connection.conninfo(), m_connection.option(QStringLiteral("dbname"))),
        parent->window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, &PgBackUpNow::start);
    connect(m_dialog, &QDialog::rejected, this, [this] {
        Q_EMIT cancelled();
        deleteLater();
    });
}

void PgBackUpNow::open()
{
    m_dialog->open();
}

void PgBackUpNow::start()
{
    const PgBackupPreferences preferences = m_dialog->preferences();
    preferences.store(m_connection.conninfo());
    pgbackup::PgBackupRequest request;
    request.connection = m_connection;
    request.password = m_password;
    request.folder = preferences.folder;
    request.age = *m_dialog->encryption(); // accept() refused while it was an error
    request.globals = preferences.globals;
    m_passphrase = request.age.passphrase;
    connect(m_startJob(std::make_shared<pgbackup::PgBackupJob>(std::move(request))), &JobHandle::finished,
            this, [this, preferences](const JobReport &report) {
                if (report.outcome == JobOutcome::Succeeded && preferences.retention) {
                    auto prune = std::make_shared<pgbackup::PrunePgBackupsJob>(
                        preferences.folder, pgbackup::defaultPgRetention(), false);
                    connect(m_startJob(prune), &JobHandle::finished, this, [this, report, preferences] {
                        Q_EMIT finished(report, preferences.folder);
                        deleteLater();
                    });
                    return;
                }
                Q_EMIT finished(report, preferences.folder);
                deleteLater();
            });
}

} // namespace strongroom::ui
