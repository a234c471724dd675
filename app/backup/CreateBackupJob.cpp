#include "backup/CreateBackupJob.h"

#include "backup/BackupCatalog.h"
#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "core/JobWorkProgress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace strongroom {

QString CreateBackupJob::title() const
{
    return QCoreApplication::translate("CreateBackupJob", "Back up %1")
        .arg(QFileInfo(m_request.databasePath).fileName());
}

QList<JobStep> CreateBackupJob::steps() const
{
    QList<JobStep> steps;
    for (int phase = 0; phase < BackupWriter::PhaseCount; ++phase)
        steps.append(JobStep{BackupWriter::phaseName(phase), false});
    return steps;
}

void CreateBackupJob::audit(const JobContext &context, const QString &outcome,
                            const QJsonObject &details) const
{
    const AuditLog &log = context.audit();
    log.append(QStringLiteral("backup.create"), QFileInfo(m_request.databasePath).absoluteFilePath(), outcome,
               details);
}

void CreateBackupJob::run(JobContext &context)
{
    Result<BackupRecord> record = BackupWriter::write(m_request, workProgressWithPhases(context, 0));
    if (!record) {
        // A cancel leaves nothing behind, so there is nothing to record.
        if (!record.cancelled()) {
            audit(context, QStringLiteral("failed"), {{QStringLiteral("error"), record.error().message}});
            context.fail(record.error());
        }
        return;
    }
    m_record = record.value();
    const QString folder = m_request.historyFolder.isEmpty()
                               ? defaultHistoryFolder(QFileInfo(m_request.databasePath).absoluteFilePath())
                               : QDir(m_request.historyFolder).absolutePath();
    const QString path = QDir(folder).filePath(record->fileName);
    QJsonObject data = record->toJson();
    data.insert(QStringLiteral("path"), path);
    data.insert(QStringLiteral("folder"), folder);
    context.setData(data);
    audit(context, QStringLiteral("succeeded"),
          {{QStringLiteral("backup"), path},
           {QStringLiteral("key_id"), data.value(QStringLiteral("key_id"))},
           {QStringLiteral("sha256"), data.value(QStringLiteral("sha256"))}});
    context.setOverview(
        QCoreApplication::translate("CreateBackupJob",
                                    "Backup written and verified: %1 (%2, %3 rows, key id %4)")
            .arg(path, QLocale::c().formattedDataSize(record->size, 1, QLocale::DataSizeIecFormat))
            .arg(record->totalRows())
            .arg(record->keyId));
}

} // namespace strongroom
