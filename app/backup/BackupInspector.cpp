#include "backup/BackupInspector.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupWriter.h"
#include "backup/CipherProbe.h"
#include "backup/DatabaseChecks.h"

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
    if (result.catalogEntry) {
        Result<QByteArray> sha = sha256OfFile(result.path, monitor);
        if (!sha)
            return sha.error();
        if (QString::fromLatin1(sha->toHex()) != result.catalogEntry->sha256)
            return Error(ExitCode::Integrity,
                         QStringLiteral(
                             "%1: the file changed since it was written: its SHA-256 differs from the one in "
                             "the catalog. It is damaged or was replaced; use another backup.")
                             .arg(path),
                         QStringLiteral("checksum-mismatch"));
        result.checksum = BackupInspection::Checksum::Match;
    }
    result.levelReached = 1;
    if (!key)
        return result;

    monitor.startPhase(Open);
    // SQLite opens an empty file as a new, empty database; as a backup it is nothing.
    if (result.size == 0)
        return explainUnopenable(result.path);
    const std::optional<CipherSettings> preferred =
        result.catalogEntry ? result.catalogEntry->settings : std::optional<CipherSettings>();
    Result<OpenedDatabase> opened =
        openWithAnyProfile(result.path, *key, Database::Access::ReadOnly, preferred);
    if (!opened)
        return opened.error();
    result.settings = opened->settings;
    result.levelReached = 2;

    monitor.startPhase(Integrity);
    StatementWatch watch(opened->db->handle(), monitor);
    const auto cancelled = [&] { return Error(ExitCode::Cancelled, QStringLiteral("Cancelled.")); };
    if (Status s = cipherIntegrityCheck(*opened->db); !s)
        return watch.stopped() ? cancelled() : s.error();
    if (Status s = sqliteIntegrityCheck(*opened->db); !s)
        return watch.stopped() ? cancelled() : s.error();
    Result<QMap<QString, qint64>> rows = countRows(*opened->db);
    if (!rows)
        return watch.stopped() ? cancelled() : rows.error();
    result.rowCounts = rows.value();
    result.levelReached = 3;
    return result;
}

} // namespace strongroom
