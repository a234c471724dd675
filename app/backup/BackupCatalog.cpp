#include "backup/BackupCatalog.h"

#include "backup/KeyId.h"
#include "core/SafeFile.h"

#include <QCoreApplication>
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

Result<BackupCatalog::Contents> BackupCatalog::read() const
{
    QFile file(catalogPath());
    if (!file.exists())
        return Contents{};
    if (!file.open(QIODevice::ReadOnly))
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("BackupCatalog", "%1: cannot read the backup catalog: %2")
                         .arg(file.fileName(), file.errorString()));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error(
            ExitCode::Integrity,
            QCoreApplication::translate(
                "BackupCatalog",
                "%1: the backup catalog is not valid JSON (%2). Move it aside; the backups are listed "
                "as not yet verified until they are verified again.")
                .arg(file.fileName(), parseError.errorString()));
    Contents contents;
    for (const QJsonValue &value : doc.object().value(QStringLiteral("backups")).toArray()) {
        const QJsonObject stored = value.toObject();
        Result<BackupRecord> record = BackupRecord::fromJson(stored);
        if (record)
            contents.entries.append(record.value());
        else
            contents.refused.append(
                {stored.value(QStringLiteral("file")).toString(), record.error(), stored});
    }
    const QByteArray salt =
        QByteArray::fromHex(doc.object().value(QStringLiteral("key_id_salt")).toString().toLatin1());
    if (salt.size() >= keyIdSaltSize)
        contents.keyIdSalt = salt;
    for (const QJsonValue &value : doc.object().value(QStringLiteral("drills")).toArray()) {
        const QJsonObject drill = value.toObject();
        const QDateTime time =
            QDateTime::fromString(drill.value(QStringLiteral("time")).toString(), Qt::ISODate).toUTC();
        if (time.isValid())
            contents.drills.append({drill.value(QStringLiteral("file")).toString(), time});
    }
    return contents;
}

Result<QList<BackupRecord>> BackupCatalog::entries() const
{
    Result<Contents> contents = read();
    if (!contents)
        return contents.error();
    return contents->entries;
}

Result<std::optional<BackupRecord>> BackupCatalog::entryFor(const QString &fileName) const
{
    Result<Contents> contents = read();
    if (!contents)
        return contents.error();
    for (const RefusedEntry &refused : std::as_const(contents->refused)) {
        if (refused.fileName == fileName)
            return refused.reason;
    }
    for (const BackupRecord &r : std::as_const(contents->entries)) {
        if (r.fileName == fileName)
            return std::optional<BackupRecord>(r);
    }
    return std::optional<BackupRecord>();
}

Status BackupCatalog::save(const Contents &contents) const
{
    QJsonArray array;
    for (const BackupRecord &r : contents.entries)
        array.append(r.toJson());
    for (const RefusedEntry &refused : contents.refused)
        array.append(refused.stored);
    QJsonObject root{{QStringLiteral("format"), 1}, {QStringLiteral("backups"), array}};
    if (!contents.keyIdSalt.isEmpty())
        root.insert(QStringLiteral("key_id_salt"), QString::fromLatin1(contents.keyIdSalt.toHex()));
    if (!contents.drills.isEmpty()) {
        QJsonArray drills;
        for (const BackupDrill &drill : contents.drills)
            drills.append(QJsonObject{{QStringLiteral("file"), drill.fileName},
                                      {QStringLiteral("time"), drill.time.toUTC().toString(Qt::ISODate)}});
        root.insert(QStringLiteral("drills"), drills);
    }
    return safefile::writeFileAtomically(catalogPath(), QJsonDocument(root).toJson(),
                                         QStringLiteral("catalog"),
                                         QCoreApplication::translate("BackupCatalog", "backup catalog"));
}

Status BackupCatalog::update(const std::function<void(Contents &)> &change) const
{
    QLockFile lock(catalogPath() + QStringLiteral(".lock"));
    if (!lock.tryLock(10000))
        return Error(ExitCode::Busy,
                     QCoreApplication::translate("BackupCatalog",
                                                 "%1: the backup catalog is locked by another process.")
                         .arg(catalogPath()));
    Result<Contents> contents = read();
    if (!contents)
        return contents.error();
    change(contents.value());
    return save(contents.value());
}

Status BackupCatalog::add(const BackupRecord &record)
{
    return update([&](Contents &contents) {
        contents.entries.removeIf([&](const BackupRecord &r) { return r.fileName == record.fileName; });
        contents.refused.removeIf([&](const RefusedEntry &r) { return r.fileName == record.fileName; });
        contents.entries.append(record);
    });
}

Status BackupCatalog::remove(const QStringList &fileNames)
{
    return update([&](Contents &contents) {
        contents.entries.removeIf([&](const BackupRecord &r) { return fileNames.contains(r.fileName); });
        contents.refused.removeIf([&](const RefusedEntry &r) { return fileNames.contains(r.fileName); });
    });
}

Status BackupCatalog::recordDrill(const QString &fileName, const QDateTime &time)
{
    return update([&](Contents &contents) {
        contents.drills.append({fileName, time.toUTC()});
        while (contents.drills.size() > kMaxDrills)
            contents.drills.removeFirst();
    });
}

QDateTime BackupCatalog::newestDrill() const
{
    const Result<Contents> contents = read();
    QDateTime newest;
    if (contents)
        for (const BackupDrill &drill : contents->drills)
            if (!newest.isValid() || drill.time > newest)
                newest = drill.time;
    return newest;
}

Result<QByteArray> BackupCatalog::keyIdSalt(const QByteArray &proposed) const
{
    Result<Contents> contents = read();
    if (!contents)
        return contents.error();
    if (!contents->keyIdSalt.isEmpty())
        return contents->keyIdSalt;
    // Made under the lock: two processes starting the folder's first backups agree on one salt.
    QByteArray salt;
    std::optional<Error> failed;
    const Status saved = update([&](Contents &locked) {
        if (locked.keyIdSalt.isEmpty()) {
            Result<QByteArray> fresh =
                proposed.size() >= keyIdSaltSize ? Result<QByteArray>(proposed) : newKeyIdSalt();
            if (!fresh) {
                failed = fresh.error();
                return;
            }
            locked.keyIdSalt = fresh.value();
        }
        salt = locked.keyIdSalt;
    });
    if (failed)
        return *failed;
    if (!saved)
        return saved.error();
    return salt;
}

Result<QList<BackupRecord>> BackupCatalog::list() const
{
    if (!QFileInfo(m_folder).isDir())
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("BackupCatalog",
                                                 "%1: no such folder. Give the history folder of a database "
                                                 "(by default \"backups\" beside it).")
                         .arg(m_folder),
                     QStringLiteral("not-found"));
    Result<Contents> recorded = read();
    if (!recorded)
        return recorded.error();
    QList<BackupRecord> result;
    QStringList known;
    for (const BackupRecord &r : std::as_const(recorded->entries)) {
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
        for (const RefusedEntry &refused : std::as_const(recorded->refused)) {
            if (refused.fileName == name)
                found.refusal = refused.reason.message;
        }
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
