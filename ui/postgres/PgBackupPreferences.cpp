#include "postgres/PgBackupPreferences.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <algorithm>

namespace strongroom::ui {

namespace {

// One group per connection; the conninfo is percent-encoded so that '/' and '=' stay in the key.
QString group(const QString &conninfo)
{
    return QStringLiteral("postgres-backups/") + QString::fromLatin1(QUrl::toPercentEncoding(conninfo));
}

} // namespace

PgBackupPreferences PgBackupPreferences::load(const QString &conninfo, const QString &database)
{
    QSettings settings;
    settings.beginGroup(group(conninfo));
    PgBackupPreferences p;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    p.folder = settings
                   .value(QStringLiteral("folder"),
                          QDir(base).filePath(QStringLiteral("postgres-backups/") +
                                              (database.isEmpty() ? QStringLiteral("database") : database)))
                   .toString();
    p.keyMode = KeyMode(std::clamp(settings.value(QStringLiteral("keyMode"), 0).toInt(), 0, 2));
    p.recipient = settings.value(QStringLiteral("recipient")).toString();
    p.recipientsFile = settings.value(QStringLiteral("recipientsFile")).toString();
    p.globals = settings.value(QStringLiteral("globals"), false).toBool();
    p.retention = settings.value(QStringLiteral("retention"), true).toBool();
    return p;
}

void PgBackupPreferences::store(const QString &conninfo) const
{
    QSettings settings;
    settings.beginGroup(group(conninfo));
    settings.setValue(QStringLiteral("folder"), folder);
    settings.setValue(QStringLiteral("keyMode"), int(keyMode));
    settings.setValue(QStringLiteral("recipient"), recipient);
    settings.setValue(QStringLiteral("recipientsFile"), recipientsFile);
    settings.setValue(QStringLiteral("globals"), globals);
    settings.setValue(QStringLiteral("retention"), retention);
}

} // namespace strongroom::ui
