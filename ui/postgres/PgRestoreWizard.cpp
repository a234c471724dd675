#include "postgres/PgRestoreWizard.h"

#include "pgbackup/PgBackupManifest.h"
#include "postgres/PgRestoreWizardPages.h"

#include <QDate>
#include <QFileInfo>

namespace strongroom::ui {

PgRestoreWizard::PgRestoreWizard(postgres::PgConnection server, postgres::PgPassword password,
                                 JobRunner *runner, JobsIndicator *jobs, QWidget *parent)
    : QWizard(parent), m_server(std::move(server)), m_password(std::move(password)), m_runner(runner),
      m_jobs(jobs)
{
    setObjectName(QStringLiteral("pgRestoreWizard"));
    setWindowTitle(tr("Restore a PostgreSQL Backup"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(ChoosePage, new PgChooseFilePage);
    setPage(KeyPage, new PgKeyPage);
    setPage(ChecksPage, new PgChecksPage);
    setPage(TargetPage, new PgTargetPage);
    setPage(PlanPage, new PgPlanPage);
    setPage(ProgressPage, new PgProgressPage);
    setPage(ReportPage, new PgReportPage);
    resize(760, 560);
}

void PgRestoreWizard::setFile(const QString &path)
{
    const QString absolute = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (absolute == m_file)
        return;
    m_file = absolute;
    m_format = absolute.isEmpty() ? PgBackupFormat{} : detectPgBackupFormat(absolute);
    m_keyError.clear();
    m_target.database.clear(); // suggested again for this file
    Q_EMIT fileChanged(m_file);
}

void PgRestoreWizard::rejectKey(const QString &message)
{
    m_keyError = message;
    Q_EMIT keyRejected(message);
}

QString PgRestoreWizard::suggestedDatabase() const
{
    QString name = m_server.option(QStringLiteral("dbname"));
    if (const auto set = pgbackup::PgBackupFiles::ofDump(m_file)) {
        const qsizetype at = set->stem.lastIndexOf(QStringLiteral("-pgbackup-"));
        if (at > 0)
            name = set->stem.left(at);
    }
    if (name.isEmpty())
        name = QStringLiteral("database");
    return name + QStringLiteral("_restored_") + QDate::currentDate().toString(QStringLiteral("yyyyMMdd"));
}

bool PgRestoreWizard::staged() const
{
    // Foreign encrypted files stream too (authenticated before the restore commits); only parallel
    // jobs need a seekable, staged dump.
    return m_target.jobs > 1;
}

QString PgRestoreWizard::stagingParent() const
{
    return m_target.stagingParent.isEmpty() ? QFileInfo(m_file).absolutePath() : m_target.stagingParent;
}

pgbackup::PgRestoreRequest PgRestoreWizard::request() const
{
    pgbackup::PgRestoreRequest request;
    request.file = m_file;
    request.target = m_server;
    request.target.setOption(QStringLiteral("dbname"), m_target.database);
    request.password = m_password;
    request.keys = m_keys;
    request.create = m_target.create;
    request.clean = !m_target.create && m_target.clean;
    request.jobs = m_target.jobs;
    request.stagingParent = m_target.stagingParent;
    return request;
}

void PgRestoreWizard::setResult(const JobReport &report)
{
    m_result = report;
    m_restoring = false;
    Q_EMIT restoreFinished(report);
}

void PgRestoreWizard::reject()
{
    // While the restore runs its report must arrive here; the job dialog can cancel it.
    if (m_restoring)
        return;
    QWizard::reject();
}

} // namespace strongroom::ui
