#include "backup/BackupCatalog.h"

#include "core/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <algorithm>

namespace strongroom {

namespace {

bool isSqliteCompanion(const QString &name)
{
    return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")) ||
           name.endsWith(QLatin1String("-journal"));
}

} // namespace

BackupCatalog::BackupCatalog(QString folder) : m_folder(QDir(folder).absolutePath()) {}

QString BackupCatalog::catalogPath() const
{
    return QDir(m_folder).filePath(catalogFileName());
}

QString BackupCatalog::pathOf(const BackupRecord &record) const
{
    return QDir(m_folder).filePath(record.fileName);
}

Result<QList<BackupRecord>> BackupCatalog::entries() const
{
    QFile file(catalogPath());
    if (!file.exists())
        return QList<BackupRecord>{};
    if (!file.open(QIODevice::ReadOnly))
        return Error(ExitCode::Failure, QStringLiteral("%1: cannot read the backup catalog: %2")
                                            .arg(file.fileName(), file.errorString()));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error(
            ExitCode::Integrity,
            QStringLiteral(
                "%1: the backup catalog is not valid JSON (%2). Move it aside; the backups are listed "
                "as not yet verified until they are verified again.")
                .arg(file.fileName(), parseError.errorString()));
    QList<BackupRecord> records;
    for (const QJsonValue &value : doc.object().value(QStringLiteral("backups")).toArray()) {
        if (auto record = BackupRecord::fromJson(value.toObject()))
            records.append(*record);
    }
    return records;
}

Status BackupCatalog::save(const QList<BackupRecord> &records) const
{
    QJsonArray array;
    for (const BackupRecord &r : records)
        array.append(r.toJson());
    const QByteArray bytes =
        QJsonDocument(QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("backups"), array}})
            .toJson();
    return safefile::writeFileAtomically(catalogPath(), bytes, QStringLiteral("catalog"),
                                         QStringLiteral("backup catalog"));
}

Status BackupCatalog::add(const BackupRecord &record)
{
    QLockFile lock(catalogPath() + QStringLiteral(".lock"));
    if (!lock.tryLock(10000))
        return Error(
            ExitCode::Busy,
            QStringLiteral("%1: the backup catalog is locked by another process.").arg(catalogPath()));
    Result<QList<BackupRecord>> records = entries();
    if (!records)
        return records.error();
    QList<BackupRecord> updated = records.value();
    updated.removeIf([&](const BackupRecord &r) { return r.fileName == record.fileName; });
    updated.append(record);
    return save(updated);
}

Status BackupCatalog::remove(const QStringList &fileNames)
{
    QLockFile lock(catalogPath() + QStringLiteral(".lock"));
    if (!lock.tryLock(10000))
        return Error(
            ExitCode::Busy,
            QStringLiteral("%1: the backup catalog is locked by another process.").arg(catalogPath()));
    Result<QList<BackupRecord>> records = entries();
    if (!records)
        return records.error();
    QList<BackupRecord> updated = records.value();
    updated.removeIf([&](const BackupRecord &r) { return fileNames.contains(r.fileName); });
    return save(updated);
}

Result<QList<BackupRecord>> BackupCatalog::list() const
{
    if (!QFileInfo(m_folder).isDir())
        return Error(ExitCode::Failure,
                     QStringLiteral("%1: no such folder. Give the history folder of a database "
                                    "(by default \"backups\" beside it).")
                         .arg(m_folder),
                     QStringLiteral("not-found"));
    Result<QList<BackupRecord>> recorded = entries();
    if (!recorded)
        return recorded.error();
    QList<BackupRecord> result;
    QStringList known;
    for (const BackupRecord &r : recorded.value()) {
        if (QFileInfo::exists(pathOf(r))) {
            result.append(r);
            known.append(r.fileName);
        }
    }
    const QFileInfoList files = QDir(m_folder).entryInfoList(QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : files) {
        const QString name = info.fileName();
        if (known.contains(name) || name == catalogFileName() || name.endsWith(QLatin1String(".lock")) ||
            isSqliteCompanion(name) || safefile::isStrongroomTemp(name))
            continue;
        BackupRecord found;
        found.fileName = name;
        found.size = info.size();
        found.created = timeFromBackupFileName(name);
        if (!found.created.isValid())
            found.created = info.lastModified().toUTC();
        found.catalogued = false;
        result.append(found);
    }
    std::sort(result.begin(), result.end(),
              [](const BackupRecord &a, const BackupRecord &b) { return a.created > b.created; });
    return result;
}

std::optional<LastBackup> lastBackupOf(const QString &databasePath, const QString &historyFolder)
{
    const BackupCatalog catalog(historyFolder.isEmpty() ? defaultHistoryFolder(databasePath) : historyFolder);
    const Result<QList<BackupRecord>> records = catalog.entries();
    if (!records)
        return std::nullopt;
    const QString source = QFileInfo(databasePath).absoluteFilePath();
    std::optional<LastBackup> newest;
    for (const BackupRecord &r : records.value()) {
        if (r.sourcePath != source || !QFileInfo::exists(catalog.pathOf(r)))
            continue;
        if (!newest || r.created > newest->time)
            newest = LastBackup{r.created, catalog.pathOf(r)};
    }
    return newest;
}

} // namespace strongroom
