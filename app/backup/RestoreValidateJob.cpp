#include "backup/RestoreValidateJob.h"

#include "backup/BackupCatalog.h"
#include "backup/CipherProbe.h"
#include "backup/DatabaseChecks.h"
#include "backup/JobMonitor.h"
#include "core/SafeFile.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>

namespace strongroom {

RestoreValidateJob::RestoreValidateJob(QString backupPath, QString livePath, RestoreKeys keys,
                                       QString historyFolder, bool fullCheck, bool stageCopy)
    : m_backupPath(std::move(backupPath)), m_livePath(std::move(livePath)), m_keys(std::move(keys)),
      m_historyFolder(std::move(historyFolder)), m_fullCheck(fullCheck), m_stageCopy(stageCopy)
{
}

QString RestoreValidateJob::title() const
{
    return QStringLiteral("Check %1 before restoring it").arg(QFileInfo(m_backupPath).fileName());
}

QList<JobStep> RestoreValidateJob::steps() const
{
    QList<JobStep> steps;
    for (int phase = 0; phase < BackupInspector::PhaseCount; ++phase)
        steps.append(JobStep{BackupInspector::phaseName(phase), false});
    steps.append(JobStep{QStringLiteral("Compare with the live database"), false});
    return steps;
}

void RestoreValidateJob::run(JobContext &context)
{
    const QString livePath = QFileInfo(m_livePath).absoluteFilePath();
    QString staged;
    // Folders made for the copy are removed again if the validation fails: it leaves nothing behind.
    QStringList madeFolders;
    auto dropStaged = qScopeGuard([&] {
        if (!staged.isEmpty())
            safefile::removeTemp(staged);
        for (const QString &made : std::as_const(madeFolders))
            QDir().rmdir(made);
    });
    if (m_stageCopy && !m_keys.rekeyNeeded() && QFileInfo(m_backupPath).absoluteFilePath() != livePath) {
        Result<QStringList> prepared = prepareRestoreFolder(livePath, QFileInfo(m_backupPath).size());
        if (!prepared) {
            context.fail(prepared.error());
            return;
        }
        madeFolders = prepared.value();
        staged = safefile::tempPathFor(livePath, QStringLiteral("restore"));
    }
    Result<BackupInspection> inspection = BackupInspector::inspect(
        m_backupPath, &m_keys.forBackup(), jobMonitor(context),
        m_fullCheck ? BackupInspector::Structure::Always : BackupInspector::Structure::UnlessCatalogued,
        staged);
    if (!inspection) {
        if (inspection.error().code != ExitCode::Cancelled)
            context.fail(inspection.error());
        return;
    }
    context.startStep(BackupInspector::PhaseCount);
    RestorePlan plan;
    plan.backupPath = inspection->path;
    plan.livePath = QFileInfo(m_livePath).absoluteFilePath();
    plan.historyFolder = m_historyFolder.isEmpty() ? defaultHistoryFolder(plan.livePath)
                                                   : QDir(m_historyFolder).absolutePath();
    plan.backup = inspection.value();
    plan.rekey = m_keys.rekeyNeeded();
    plan.liveExists = QFileInfo(plan.livePath).isFile();
    if (plan.backupPath == plan.livePath) {
        context.fail(
            Error(ExitCode::Usage,
                  QStringLiteral("%1: the backup and the database are the same file.").arg(plan.livePath)));
        return;
    }
    QMap<QString, qint64> liveRows;
    if (plan.liveExists) {
        Result<OpenedDatabase> live =
            openWithAnyProfile(plan.livePath, m_keys.live, Database::Access::ReadOnly, std::nullopt, 5000);
        if (!live) {
            Error e = live.error();
            if (e.code == ExitCode::WrongKey)
                e.message =
                    QStringLiteral(
                        "%1: the live key does not open the database to be replaced; give the key of "
                        "the live database (and the backup's with --backup-key-env/--backup-key-file).")
                        .arg(plan.livePath);
            context.fail(e);
            return;
        }
        plan.liveSettings = live->settings;
        Result<QMap<QString, qint64>> rows = countRows(*live->db);
        if (!rows) {
            context.fail(rows.error());
            return;
        }
        liveRows = rows.value();
    }
    const QFileInfo liveInfo(plan.livePath);
    BackupComparison::Side liveSide{plan.livePath, liveInfo.size(), liveInfo.lastModified().toUTC(),
                                    plan.liveExists};
    BackupComparison::Side backupSide{
        plan.backupPath, plan.backup.size,
        plan.backup.catalogEntry ? plan.backup.catalogEntry->created : plan.backup.modified, true};
    plan.comparison = BackupComparison::fromCounts(liveSide, liveRows, backupSide, plan.backup.rowCounts);
    plan.stagedCopy = staged;
    m_plan = plan;
    dropStaged.dismiss();
    context.setData(plan.toJson());
    context.setOverview(
        QStringLiteral("%1 is a valid backup (%2 settings%3). %4\n%5")
            .arg(
                plan.backupPath, plan.backup.settings.profileName(),
                plan.rekey ? QStringLiteral(", made with another key: it will be re-keyed") : QString(),
                plan.backup.structureChecked
                    ? QStringLiteral("Every page's HMAC and SQLite's integrity_check passed.")
                    : QStringLiteral("Its SHA-256 matches the history's catalog and every page's HMAC passed "
                                     "(--full-check also runs SQLite's integrity_check)."),
                plan.comparison.toText()));
}

} // namespace strongroom
