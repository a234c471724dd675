#include "backup/CompareBackupJob.h"

#include "backup/BackupCatalog.h"
#include "backup/CheckedRowCount.h"
#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
#include "sqlcipher/DatabaseOpener.h"
#include "sqlcipher/RowCount.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace strongroom {

CompareBackupJob::CompareBackupJob(QString livePath, QString backupPath, KeyMaterial liveKey,
                                   std::optional<KeyMaterial> backupKey)
    : m_livePath(std::move(livePath)), m_backupPath(std::move(backupPath)), m_liveKey(std::move(liveKey)),
      m_backupKey(std::move(backupKey))
{
}

QString CompareBackupJob::title() const
{
    return QCoreApplication::translate("CompareBackupJob", "Compare %1 with %2")
        .arg(QFileInfo(m_livePath).fileName(), QFileInfo(m_backupPath).fileName());
}

QList<JobStep> CompareBackupJob::steps() const
{
    return {JobStep{QCoreApplication::translate("CompareBackupJob", "Count the rows of the live database"),
                    false},
            JobStep{QCoreApplication::translate("CompareBackupJob", "Count the rows of the backup"), false}};
}

void CompareBackupJob::run(JobContext &context)
{
    const auto count = [&](const QString &path, const KeyMaterial &key) -> Result<QMap<QString, qint64>> {
        Result<OpenedDatabase> opened =
            DatabaseOpener::openWithPageKeys(path, key, KeyedOpen::trying(m_settings, 5000));
        if (!opened)
            return opened.error();
        SourceDescriptors descriptors;
        Result<QMap<QString, qint64>> rows =
            opened->keys ? countRowsCheckingEveryPage(*opened->db, descriptors, *opened->keys,
                                                      opened->settings, workProgress(context))
                         : rowcount::rowsPerTable(*opened->db);
        opened->db.reset();
        descriptors.closeAll();
        return rows;
    };
    const auto side = [](const QString &path, const std::optional<BackupRecord> &entry) {
        const QFileInfo info(path);
        BackupComparison::Side s{info.absoluteFilePath(), info.size(), info.lastModified().toUTC(),
                                 info.exists()};
        if (entry)
            s.time = entry->created;
        return s;
    };

    // A refused catalog entry stops the comparison before anything is opened, as it stops verify.
    const QFileInfo backupInfo(m_backupPath);
    const Result<std::optional<BackupRecord>> entry =
        BackupCatalog(backupInfo.absolutePath()).entryFor(backupInfo.fileName());
    if (!entry && entry.error().kind == BackupCatalog::damagedEntryKind()) {
        context.fail(Error(
            entry.error().code,
            QCoreApplication::translate("CompareBackupJob",
                                        "%1: %2 Look at who changed the catalog; to compare the file as one "
                                        "without an entry, remove the entry from %3.")
                .arg(m_backupPath, entry.error().message,
                     BackupCatalog(backupInfo.absolutePath()).catalogPath()),
            entry.error().kind));
        return;
    }

    context.startStep(0);
    Result<QMap<QString, qint64>> live = count(m_livePath, m_liveKey);
    if (!live) {
        context.fail(live.error());
        return;
    }
    if (context.isCancelled())
        return;
    context.startStep(1);
    Result<QMap<QString, qint64>> backup = count(m_backupPath, m_backupKey ? *m_backupKey : m_liveKey);
    if (!backup) {
        context.fail(backup.error());
        return;
    }
    m_comparison = BackupComparison::fromCounts(side(m_livePath, std::nullopt), live.value(),
                                                side(m_backupPath, entry ? entry.value() : std::nullopt),
                                                backup.value());
    context.setData(m_comparison->toJson());
    context.setOverview(m_comparison->toText());
}

} // namespace strongroom
