#include "keylist/KeyListSettings.h"

#include "backup/BackupRecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
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

} // namespace strongroom::keylistsettings
