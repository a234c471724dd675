#include "backup/VerifyBackupJob.h"

#include "backup/JobMonitor.h"

#include <QFileInfo>

namespace strongroom {

QString VerifyBackupJob::title() const
{
    return QStringLiteral("Verify %1").arg(QFileInfo(m_path).fileName());
}

QList<JobStep> VerifyBackupJob::steps() const
{
    QList<JobStep> steps;
    for (int phase = 0; phase < (m_key ? int(BackupInspector::PhaseCount) : 1); ++phase)
        steps.append(JobStep{BackupInspector::phaseName(phase), false});
    return steps;
}

void VerifyBackupJob::run(JobContext &context)
{
    Result<BackupInspection> inspection =
        BackupInspector::inspect(m_path, m_key ? &*m_key : nullptr, jobMonitor(context));
    if (!inspection) {
        if (inspection.error().code != ExitCode::Cancelled)
            context.fail(inspection.error());
        return;
    }
    m_inspection = inspection.value();
    context.setData(inspection->toJson());
    const QString checksum = inspection->checksum == BackupInspection::Checksum::Match
                                 ? QStringLiteral("checksum matches the catalog")
                                 : QStringLiteral("not in a catalog, no checksum to compare");
    if (inspection->levelReached >= 3)
        context.setOverview(
            QStringLiteral("%1: verified (%2; opens with the key, %3 settings; integrity checks pass).")
                .arg(m_path, checksum, inspection->settings.profileName()));
    else
        context.setOverview(QStringLiteral("%1: %2. Give the key to check that it opens and is intact.")
                                .arg(m_path, checksum));
}

} // namespace strongroom
