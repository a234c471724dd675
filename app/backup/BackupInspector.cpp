#include "backup/BackupInspector.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupWriter.h"
#include "backup/CipherProbe.h"
#include "backup/DatabaseChecks.h"
#include "backup/ParallelWork.h"

#include <QFileInfo>

namespace strongroom {

QString BackupInspector::phaseName(int phase)
{
    switch (phase) {
    case Checksum:
        return QStringLiteral("Checksum against the catalog");
    case Open:
        return QStringLiteral("Open with the key");
    case Integrity:
        return QStringLiteral("Check integrity");
    }
    return {};
}

QJsonObject BackupInspection::toJson() const
{
    QJsonObject rows;
    for (auto it = rowCounts.cbegin(); it != rowCounts.cend(); ++it)
        rows.insert(it.key(), it.value());
    QJsonObject json{{QStringLiteral("file"), path},
                     {QStringLiteral("size"), size},
                     {QStringLiteral("modified"), modified.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("checksum"), checksum == Checksum::Match
                                                      ? QStringLiteral("match")
                                                      : QStringLiteral("no-catalog-entry")},
                     {QStringLiteral("level"), levelReached}};
    if (levelReached >= 2) {
        json.insert(QStringLiteral("cipher_settings"), settings.toJson());
        json.insert(QStringLiteral("profile"), settings.profileName());
    }
    if (levelReached >= 3)
        json.insert(QStringLiteral("row_counts"), rows);
    if (catalogEntry)
        json.insert(QStringLiteral("key_id"), catalogEntry->keyId);
    return json;
}

namespace {

struct Opened
{
    Result<OpenedDatabase> db;
    Status check;
};

// One connection of the checks: opens the file and runs `work` on it (integrity checks stop when
// the monitor says so).
template <typename Work>
Opened openAndCheck(const QString &path, const KeyMaterial &key,
                    const std::optional<CipherSettings> &preferred, const WorkMonitor &monitor, Work work)
{
    Opened result{openWithAnyProfile(path, key, Database::Access::ReadOnly, preferred), Status::success()};
    if (!result.db)
        return result;
    StatementWatch watch(result.db->db->handle(), monitor);
    result.check = work(*result.db->db);
    if (!result.check && watch.stopped())
        result.check = Error(ExitCode::Cancelled, QStringLiteral("Cancelled."));
    result.db->db.reset();
    return result;
}

} // namespace

Result<BackupInspection> BackupInspector::inspect(const QString &path, const KeyMaterial *key,
                                                  const WorkMonitor &monitor)
{
    const QFileInfo info(path);
    BackupInspection result;
    result.path = info.absoluteFilePath();
    result.size = info.size();
    result.modified = info.lastModified().toUTC();

    monitor.startPhase(Checksum, info.size());
    if (!info.isFile())
        return Error(ExitCode::Failure, QStringLiteral("%1: no such file. Check the path.").arg(path),
                     QStringLiteral("not-found"));
    const Result<QList<BackupRecord>> entries = BackupCatalog(info.absolutePath()).entries();
    if (entries) {
        for (const BackupRecord &r : entries.value()) {
            if (r.fileName == info.fileName())
                result.catalogEntry = r;
        }
    }
    const auto checksumError = [&] {
        return Error(
            ExitCode::Integrity,
            QStringLiteral("%1: the file changed since it was written: its SHA-256 differs from the one in "
                           "the catalog. It is damaged or was replaced; use another backup.")
                .arg(path),
            QStringLiteral("checksum-mismatch"));
    };
    const auto matchesCatalog = [&](const QByteArray &sha) {
        return !result.catalogEntry || QString::fromLatin1(sha.toHex()) == result.catalogEntry->sha256;
    };
    if (!key) {
        result.levelReached = 1;
        if (!result.catalogEntry)
            return result;
        Result<QByteArray> sha = sha256OfFile(result.path, monitor);
        if (!sha)
            return sha.error();
        if (!matchesCatalog(sha.value()))
            return checksumError();
        result.sha256 = sha.value();
        result.checksum = BackupInspection::Checksum::Match;
        result.levelReached = 1;
        return result;
    }
    // SQLite opens an empty file as a new, empty database; as a backup it is nothing.
    if (result.size == 0)
        return explainUnopenable(result.path);

    // Levels 1 to 3 side by side: the SHA-256, cipher_integrity_check on one connection,
    // integrity_check and the row counts on another.
    monitor.startPhase(Open);
    monitor.startPhase(Integrity, info.size());
    const std::optional<CipherSettings> preferred =
        result.catalogEntry ? result.catalogEntry->settings : std::optional<CipherSettings>();
    ParallelWork work(monitor);
    QMap<QString, qint64> rows;
    auto sha = work.start([&, m = work.worker(true)] { return sha256OfFile(result.path, m); });
    auto pages = work.start([&, m = work.worker()] {
        return openAndCheck(result.path, *key, preferred, m,
                            [](Database &db) { return cipherIntegrityCheck(db); });
    });
    auto trees = work.start([&, m = work.worker()] {
        return openAndCheck(result.path, *key, preferred, m, [&rows](Database &db) -> Status {
            if (Status s = sqliteIntegrityCheck(db); !s)
                return s;
            Result<QMap<QString, qint64>> counted = countRows(db);
            if (!counted)
                return counted.error();
            rows = counted.value();
            return Status::success();
        });
    });
    work.wait(sha, pages, trees);
    const Result<QByteArray> hashed = sha.get();
    const Opened pageCheck = pages.get();
    const Opened treeCheck = trees.get();
    if (work.cancelled())
        return Error(ExitCode::Cancelled, QStringLiteral("Cancelled."));
    if (!hashed)
        return hashed.error();
    if (!matchesCatalog(hashed.value()))
        return checksumError();
    result.sha256 = hashed.value();
    if (result.catalogEntry)
        result.checksum = BackupInspection::Checksum::Match;
    result.levelReached = 1;
    if (!pageCheck.db)
        return pageCheck.db.error();
    result.settings = pageCheck.db->settings;
    result.levelReached = 2;
    if (!pageCheck.check)
        return pageCheck.check.error();
    if (!treeCheck.db)
        return treeCheck.db.error();
    if (!treeCheck.check)
        return treeCheck.check.error();
    result.rowCounts = rows;
    result.levelReached = 3;
    return result;
}

} // namespace strongroom
