#include "backups/RestoreWizard.h"

#include "backups/RestoreWizardPages.h"

#include <QAbstractButton>

namespace strongroom::ui {

RestoreWizard::RestoreWizard(RestoreTarget target, JobRunner *runner, JobsIndicator *jobs, QWidget *parent)
    : QWizard(parent), m_target(std::move(target)), m_runner(runner), m_jobs(jobs)
{
    setObjectName(QStringLiteral("restoreWizard"));
    setWindowTitle(tr("Restore %1").arg(m_target.databasePath));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(ChoosePage, new ChooseBackupPage);
    setPage(ValidatePage, new ValidationPage);
    setPage(ComparePage, new ComparisonPage);
    setPage(CommitPage, new ConfirmRestorePage);
    setPage(ProgressPage, new RestoreProgressPage);
    setPage(ReportPage, new RestoreReportPage);
    setStartId(ChoosePage);
    resize(820, 600);
    if (!m_target.backupPath.isEmpty())
        setBackupPath(m_target.backupPath);
}

RestoreWizard::~RestoreWizard() = default;

void RestoreWizard::setBackupPath(const QString &path)
{
    if (path == m_backupPath)
        return;
    m_backupPath = path;
    m_plan.reset();
    m_backupKey.reset();
    Q_EMIT backupPathChanged(path);
}

void RestoreWizard::setRestoring(bool restoring)
{
    m_restoring = restoring;
    button(QWizard::CancelButton)->setEnabled(!restoring);
}

void RestoreWizard::reject()
{
    if (!m_restoring)
        QWizard::reject();
}

void RestoreWizard::setResult(const JobReport &report)
{
    m_result = report;
    Q_EMIT restoreFinished(report);
}

} // namespace strongroom::ui
