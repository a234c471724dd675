#include "backup/BackupRecord.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace strongroom {

namespace {
const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss");
}

qint64 BackupRecord::totalRows() const
{
    qint64 total = 0;
    for (qint64 n : rowCounts)
        total += n;
    return total;
}

QJsonObject BackupRecord::toJson() const
{
    QJsonObject rows;
    for (auto it = rowCounts.cbegin(); it != rowCounts.cend(); ++it)
        rows.insert(it.key(), it.value());
    QJsonObject json{{QStringLiteral("file"), fileName},
                     {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("size"), size},
                     {QStringLiteral("catalogued"), catalogued},
                     {QStringLiteral("verified_state"), verifiedState()}};
    if (catalogued) {
        json.insert(QStringLiteral("source"), sourcePath);
        json.insert(QStringLiteral("sha256"), sha256);
        json.insert(QStringLiteral("cipher_settings"), settings ? settings->toJson() : QJsonObject());
        json.insert(QStringLiteral("row_counts"), rows);
        json.insert(QStringLiteral("strongroom_version"), strongroomVersion);
        json.insert(QStringLiteral("key_id"), keyId);
        json.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
        json.insert(QStringLiteral("pages_checked"), pagesChecked);
        if (!seal.isEmpty())
            json.insert(QStringLiteral("seal"), seal);
    }
    return json;
}

std::optional<BackupRecord> BackupRecord::fromJson(const QJsonObject &json)
{
    BackupRecord r;
    r.fileName = json.value(QStringLiteral("file")).toString();
    r.created = QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODate).toUTC();
    if (r.fileName.isEmpty() || r.fileName.contains(QLatin1Char('/')) || !r.created.isValid())
        return std::nullopt;
    r.sourcePath = json.value(QStringLiteral("source")).toString();
    r.size = json.value(QStringLiteral("size")).toInteger();
    r.sha256 = json.value(QStringLiteral("sha256")).toString();
    r.settings = CipherSettings::fromJson(json.value(QStringLiteral("cipher_settings")).toObject());
    const QJsonObject rows = json.value(QStringLiteral("row_counts")).toObject();
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it)
        r.rowCounts.insert(it.key(), it.value().toInteger());
    r.strongroomVersion = json.value(QStringLiteral("strongroom_version")).toString();
    r.keyId = json.value(QStringLiteral("key_id")).toString();
    for (const QJsonValue &tag : json.value(QStringLiteral("tags")).toArray())
        r.tags.append(tag.toString());
    r.pagesChecked = json.value(QStringLiteral("pages_checked")).toBool(true);
    r.seal = json.value(QStringLiteral("seal")).toString();
    r.catalogued = true;
    return r;
}

QString backupFileName(const QString &stem, const QDateTime &utc)
{
    return stem + QStringLiteral("-backup-") + utc.toUTC().toString(kTimeFormat) + QStringLiteral(".db");
}

QString freeBackupPath(const QString &folder, const QString &stem, const QDateTime &utc)
{
    const QDir dir(folder);
    QString path = dir.filePath(backupFileName(stem, utc));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(backupFileName(stem, utc).chopped(3) + QStringLiteral("-%1.db").arg(n));
    return path;
}

QDateTime timeFromBackupFileName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("-backup-(\\d{8}-\\d{6})(?:-\\d+)?\\.db$"));
    const auto match = pattern.match(fileName);
    if (!match.hasMatch())
        return {};
    QDateTime t = QDateTime::fromString(match.captured(1), kTimeFormat);
    t.setTimeZone(QTimeZone::UTC);
    return t;
}

QString defaultHistoryFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

} // namespace strongroom
