#include "keylist/KeyListSettings.h"

#include "backup/BackupRecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QUrl>
#include <memory>

namespace strongroom::keylistsettings {

namespace {
// The console's own settings; the CLI sets no organisation, so it names the console's file.
std::unique_ptr<QSettings> consoleSettings()
{
    if (!QCoreApplication::organizationName().isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(QStringLiteral("strongroom"), QStringLiteral("strongroom"));
}
} // namespace

QStringList historyFolders()
{
    QStringList folders;
    const auto settings = consoleSettings();
    for (const QString &database : settings->value(QStringLiteral("recentFiles")).toStringList()) {
        const QString folder = defaultHistoryFolder(database);
        if (!folders.contains(folder) && QDir(folder).exists())
            folders.append(folder);
    }
    return folders;
}

QStringList volumeImages()
{
    const auto settings = consoleSettings();
    return settings->value(QStringLiteral("volumes/known")).toStringList();
}

QStringList pgConnections()
{
    const auto settings = consoleSettings();
    QStringList connections;
    const int count = settings->beginReadArray(QStringLiteral("postgres/connections"));
    for (int i = 0; i < count; ++i) {
        settings->setArrayIndex(i);
        const QString conninfo = settings->value(QStringLiteral("conninfo")).toString();
        if (!conninfo.isEmpty() && !connections.contains(conninfo))
            connections.append(conninfo);
    }
    settings->endArray();
    return connections;
}

QList<PgBackupFolderSetting> pgBackupFolders()
{
    const auto settings = consoleSettings();
    QList<PgBackupFolderSetting> folders;
    settings->beginGroup(QStringLiteral("postgres-backups"));
    for (const QString &encoded : settings->childGroups()) {
        settings->beginGroup(encoded);
        PgBackupFolderSetting setting{QUrl::fromPercentEncoding(encoded.toLatin1()),
                                      settings->value(QStringLiteral("folder")).toString(),
                                      settings->value(QStringLiteral("retention"), true).toBool()};
        settings->endGroup();
        if (!setting.folder.isEmpty())
            folders.append(setting);
    }
    settings->endGroup();
    return folders;
}

int rotationDays()
{
    const auto settings = consoleSettings();
    const int days = settings->value(QStringLiteral("keys/rotationDays"), kDefaultRotationDays).toInt();
    return days > 0 ? days : kDefaultRotationDays;
}

void setRotationDays(int days)
{
    const auto settings = consoleSettings();
    settings->setValue(QStringLiteral("keys/rotationDays"), days);
}

namespace {
// Key ids hold '/' and ':' in places; QSettings keys must not, so they are stored percent-encoded.
QString settingsKeyOf(const QString &keyId)
{
    return QStringLiteral("keys/rotation/") + QString::fromLatin1(QUrl::toPercentEncoding(keyId));
}
} // namespace

QHash<QString, int> keyRotationDays()
{
    const auto settings = consoleSettings();
    QHash<QString, int> periods;
    settings->beginGroup(QStringLiteral("keys/rotation"));
    for (const QString &encoded : settings->childKeys()) {
        const int days = settings->value(encoded).toInt();
        if (days > 0)
            periods.insert(QUrl::fromPercentEncoding(encoded.toLatin1()), days);
    }
    settings->endGroup();
    return periods;
}

void setKeyRotationDays(const QString &keyId, int days)
{
    const auto settings = consoleSettings();
    if (days > 0)
        settings->setValue(settingsKeyOf(keyId), days);
    else
        settings->remove(settingsKeyOf(keyId));
    settings->sync();
}

namespace {
QString recoveryGroupOf(const QString &keyId)
{
    return QStringLiteral("keys/recovery/") + QString::fromLatin1(QUrl::toPercentEncoding(keyId));
}
} // namespace

QHash<QString, RecoveryRecord> recoveryRecords()
{
    const auto settings = consoleSettings();
    QHash<QString, RecoveryRecord> records;
    settings->beginGroup(QStringLiteral("keys/recovery"));
    for (const QString &encoded : settings->childGroups()) {
        settings->beginGroup(encoded);
        RecoveryRecord record{
            settings->value(QStringLiteral("where")).toString(),
            QDateTime::fromString(settings->value(QStringLiteral("recorded")).toString(), Qt::ISODate)};
        settings->endGroup();
        if (!record.where.isEmpty())
            records.insert(QUrl::fromPercentEncoding(encoded.toLatin1()), record);
    }
    settings->endGroup();
    return records;
}

void setRecoveryRecord(const QString &keyId, const RecoveryRecord &record)
{
    const auto settings = consoleSettings();
    settings->remove(recoveryGroupOf(keyId));
    if (!record.where.isEmpty()) {
        settings->beginGroup(recoveryGroupOf(keyId));
        settings->setValue(QStringLiteral("where"), record.where);
        settings->setValue(QStringLiteral("recorded"), record.recorded.toUTC().toString(Qt::ISODate));
        settings->endGroup();
    }
    settings->sync();
}

} // namespace strongroom::keylistsettings
