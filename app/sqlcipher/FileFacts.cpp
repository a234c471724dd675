#include "sqlcipher/FileFacts.h"

#include "sqlcipher/Database.h"
#include "sqlcipher/SqlCipherVersions.h"

#include <QFile>
#include <QFileInfo>
#include <fcntl.h>
#include <sys/stat.h>

namespace strongroom {

std::optional<QDateTime> fileBirthTime(const QString &path)
{
    struct statx info{};
    if (::statx(AT_FDCWD, QFile::encodeName(path).constData(), 0, STATX_BTIME, &info) != 0)
        return std::nullopt;
    if (!(info.stx_mask & STATX_BTIME))
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(
        qint64(info.stx_btime.tv_sec) * 1000 + info.stx_btime.tv_nsec / 1000000, QTimeZone::UTC);
}

namespace {

const SqlCipherVersions &versions()
{
    // The linked library cannot change while the program runs.
    static const SqlCipherVersions v = SqlCipherVersions::query();
    return v;
}

} // namespace

FileFacts FileFacts::read(const Database &db, const std::optional<CipherSettings> &settings, KeyKind keyKind)
{
    FileFacts f;
    const QFileInfo info(db.path());
    f.path = info.absoluteFilePath();
    f.folder = info.absolutePath();
    f.fileBytes = info.size();
    const QFileInfo wal(f.path + QStringLiteral("-wal"));
    f.walBytes = wal.exists() ? wal.size() : 0;
    f.encrypted = settings.has_value();
    f.settings = settings;
    f.keyKind = keyKind;
    f.sqlcipherVersion = versions().sqlcipher;
    f.sqliteVersion = versions().sqlite;
    f.pageSize = db.scalar(QStringLiteral("PRAGMA page_size")).toInt();
    f.pageCount = db.scalar(QStringLiteral("PRAGMA page_count")).toLongLong();
    f.freelistCount = db.scalar(QStringLiteral("PRAGMA freelist_count")).toLongLong();
    // Without an argument the pragma only reports the mode; it changes nothing.
    f.journalMode = db.scalar(QStringLiteral("PRAGMA journal_mode")).toString();
    f.created = fileBirthTime(f.path);
    f.readOnly = !info.isWritable() || !QFileInfo(f.folder).isWritable();
    return f;
}

QJsonObject FileFacts::toJson() const
{
    QJsonObject cipher;
    if (settings) {
        cipher = settings->toJson();
        cipher.insert(QStringLiteral("key_kind"),
                      keyKind == KeyKind::Raw ? QStringLiteral("raw") : QStringLiteral("passphrase"));
    }
    auto orNull = [](const std::optional<QDateTime> &t) {
        return t ? QJsonValue(t->toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    return QJsonObject{
        {QStringLiteral("path"), path},
        {QStringLiteral("size_bytes"), sizeBytes()},
        {QStringLiteral("encrypted"), encrypted},
        {QStringLiteral("profile"), settings ? QJsonValue(profile()) : QJsonValue()},
        {QStringLiteral("cipher"), settings ? QJsonValue(cipher) : QJsonValue()},
        {QStringLiteral("sqlcipher_version"), sqlcipherVersion},
        {QStringLiteral("sqlite_version"), sqliteVersion},
        {QStringLiteral("page_size"), pageSize},
        {QStringLiteral("page_count"), pageCount},
        {QStringLiteral("freelist_count"), freelistCount},
        {QStringLiteral("journal_mode"), journalMode},
        {QStringLiteral("created"), orNull(created)},
        {QStringLiteral("last_backup"),
         lastBackup
             ? QJsonValue(QJsonObject{
                   {QStringLiteral("time"), lastBackup->toUTC().toString(Qt::ISODate)},
                   {QStringLiteral("age_seconds"), lastBackup->secsTo(QDateTime::currentDateTimeUtc())},
                   {QStringLiteral("path"), lastBackupPath}})
             : QJsonValue()},
    };
}

} // namespace strongroom
