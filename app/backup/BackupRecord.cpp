#include "backup/BackupRecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace strongroom {

namespace {
const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss");

// Milliseconds keep backups made within one second in their order (retention keeps the newest), but
// only when there are any: entries sealed before they were written keep the exact text their seal covers.
QString createdText(const QDateTime &created)
{
    const QDateTime utc = created.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}
} // namespace

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
                     {QStringLiteral("created"), createdText(created)},
                     {QStringLiteral("size"), size},
                     {QStringLiteral("catalogued"), catalogued},
                     {QStringLiteral("verified_state"), verifiedState()}};
    if (!refusal.isEmpty())
        json.insert(QStringLiteral("refusal"), refusal);
    if (catalogued) {
        json.insert(QStringLiteral("source"), sourcePath);
        json.insert(QStringLiteral("sha256"), sha256);
        json.insert(QStringLiteral("cipher_settings"), settings ? settings->toJson() : QJsonObject());
        json.insert(QStringLiteral("row_counts"), rows);
        json.insert(QStringLiteral("strongroom_version"), strongroomVersion);
        json.insert(QStringLiteral("key_id"), keyId);
        json.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
        json.insert(QStringLiteral("pages_checked"), pagesChecked);
        if (!seal.isEmpty()) {
            json.insert(QStringLiteral("seal"), seal);
            if (sealVersion > 1)
                json.insert(QStringLiteral("seal_version"), sealVersion);
        }
    }
    return json;
}

bool BackupRecord::isSealed() const
{
    return !seal.isEmpty() && sealVersion == currentSealVersion;
}

Result<BackupRecord> BackupRecord::fromJson(const QJsonObject &json)
{
    BackupRecord r;
    r.fileName = json.value(QStringLiteral("file")).toString();
    const auto refused = [&r](const QString &why) {
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate("BackupRecord", "the catalog entry of %1 is damaged: %2")
                         .arg(isBackupFileName(r.fileName)
                                  ? r.fileName
                                  : QCoreApplication::translate("BackupRecord", "a file"),
                              why),
                     QStringLiteral("damaged-entry"));
    };
    if (!isBackupFileName(r.fileName))
        return refused(QCoreApplication::translate("BackupRecord",
                                                   "its name is not a backup's name in that folder "
                                                   "(STEM-backup-YYYYMMDD-HHMMSS.db)."));
    r.created = QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODate).toUTC();
    if (!r.created.isValid())
        return refused(QCoreApplication::translate("BackupRecord", "its time is not an ISO 8601 time."));
    // A day of slack for clocks set wrong; an entry from further ahead would outlive every policy.
    if (r.created > QDateTime::currentDateTimeUtc().addDays(1))
        return refused(
            QCoreApplication::translate("BackupRecord", "its time, %1, lies more than a day in the future.")
                .arg(r.created.toString(Qt::ISODate)));
    r.sourcePath = json.value(QStringLiteral("source")).toString();
    r.size = json.value(QStringLiteral("size")).toInteger();
    r.sha256 = json.value(QStringLiteral("sha256")).toString();
    const QJsonObject settings = json.value(QStringLiteral("cipher_settings")).toObject();
    if (!settings.isEmpty()) {
        Result<CipherSettings> parsed = CipherSettings::fromJson(settings);
        if (!parsed)
            return refused(parsed.error().message);
        r.settings = parsed.value();
    }
    const QJsonObject rows = json.value(QStringLiteral("row_counts")).toObject();
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it)
        r.rowCounts.insert(it.key(), it.value().toInteger());
    r.strongroomVersion = json.value(QStringLiteral("strongroom_version")).toString();
    r.keyId = json.value(QStringLiteral("key_id")).toString();
    for (const QJsonValue &tag : json.value(QStringLiteral("tags")).toArray())
        r.tags.append(tag.toString());
    r.pagesChecked = json.value(QStringLiteral("pages_checked")).toBool(true);
    r.seal = json.value(QStringLiteral("seal")).toString();
    // Seals written before the field existed cover only some fields (version 1).
    r.sealVersion = r.seal.isEmpty() ? 0 : json.value(QStringLiteral("seal_version")).toInt(1);
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
    // Parsed as UTC directly: read as local time first, a time in the hour a spring-forward skips
    // would come back an hour late.
    const QDate date = QDate::fromString(match.capturedView(1).left(8), u"yyyyMMdd");
    const QTime time = QTime::fromString(match.capturedView(1).mid(9), u"HHmmss");
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::UTC);
}

bool isBackupFileName(const QString &fileName)
{
    // No "/" and no control characters in the stem: the name is shown in messages and terminals.
    static const QRegularExpression pattern(
        QStringLiteral("^[^/\\x00-\\x1f\\x7f]+-backup-\\d{8}-\\d{6}(?:-\\d+)?\\.db$"));
    return pattern.match(fileName).hasMatch() && timeFromBackupFileName(fileName).isValid();
}

QString defaultHistoryFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

} // namespace strongroom
