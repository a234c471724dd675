#include "backup/VerifyBackupJob.h"

#include "backup/BackupAdoption.h"
#include "backup/BackupCatalog.h"
#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "core/JobWorkProgress.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace strongroom {

QString VerifyBackupJob::title() const
{
    return QCoreApplication::translate("VerifyBackupJob", "Verify %1").arg(QFileInfo(m_path).fileName());
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
        BackupInspector::inspect(m_path, m_key ? &*m_key : nullptr, workProgressWithPhases(context, 0),
                                 BackupInspector::Structure::Always, {}, m_settings);
    if (!inspection) {
        if (!inspection.cancelled())
            context.fail(inspection.error());
        return;
    }
    m_inspection = inspection.value();
    QJsonObject data = inspection->toJson();
    // A complete check of a file without an entry is what `backup create` does before it records one:
    // the file is adopted into its folder's catalog, sealed, where its name is a backup's name (other
    // files, a download checked in ~/Downloads, stay as they are).
    QString adoption;
    if (m_key && inspection->levelReached >= 3 && !inspection->catalogEntry &&
        isBackupFileName(QFileInfo(inspection->path).fileName())) {
        Result<BackupRecord> adopted = adoptVerifiedFile(*inspection, *m_key);
        data.insert(QStringLiteral("adopted"), bool(adopted));
        if (adopted) {
            data.insert(QStringLiteral("key_id"), adopted->keyId);
            const AuditLog &log = context.audit();
            log.append(QStringLiteral("backup.adopt"), QFileInfo(inspection->path).absoluteFilePath(),
                       QStringLiteral("succeeded"), {{QStringLiteral("key_id"), adopted->keyId}});
            adoption = QCoreApplication::translate(
                "VerifyBackupJob", " Added to the catalog of its folder, sealed: it is listed as verified "
                                   "and retention policies apply to it.");
        } else {
            data.insert(QStringLiteral("adoption_problem"), adopted.error().message);
            adoption = QLatin1Char(' ') + adopted.error().message;
        }
    }
    // A full check of a backup of a history folder is a restore drill, by hand or scheduled: the
    // folder's catalog records it for `status` and the audit (drills::newestDrill).
    if (m_key && inspection->levelReached >= 3 &&
        (inspection->catalogEntry || data.value(QStringLiteral("adopted")).toBool())) {
        const QFileInfo file(inspection->path);
        BackupCatalog catalog(file.absolutePath());
        const Status recorded = catalog.recordDrill(file.fileName(), QDateTime::currentDateTimeUtc());
        data.insert(QStringLiteral("drill_recorded"), bool(recorded));
        if (!recorded)
            context.addDetail(recorded.error().message);
    }
    context.setData(data);
    const QString checksum =
        inspection->checksum == BackupInspection::Checksum::Match
            ? QCoreApplication::translate("VerifyBackupJob", "checksum matches the catalog")
            : QCoreApplication::translate("VerifyBackupJob", "not in a catalog, no checksum to compare");
    if (inspection->levelReached >= 3)
        context.setOverview(QCoreApplication::translate(
                                "VerifyBackupJob",
                                "%1: verified (%2; opens with the key, %3 settings; integrity checks pass).")
                                .arg(m_path, checksum, inspection->settings.profileName()) +
                            adoption);
    else
        context.setOverview(
            QCoreApplication::translate("VerifyBackupJob",
                                        "%1: %2. Give the key to check that it opens and is intact.")
                .arg(m_path, checksum));
}

} // namespace strongroom
