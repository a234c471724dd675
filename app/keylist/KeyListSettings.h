#pragma once

#include <QHash>
#include <QStringList>

namespace strongroom::keylistsettings {

// The places the console remembers, read from its settings (organisation and application
// "strongroom", as ui/main.cpp sets them) so that `key list` finds the same keys as the Keys page:
// the history folders of the recent databases (ui/RecentFiles, "backups/" beside each), the images
// of the Volumes page (ui/volumes/KnownVolumes) and the rotation period ("keys/rotationDays").
QStringList historyFolders();
QStringList volumeImages();
// The conninfo of each PostgreSQL connection the Databases section keeps (ui/postgres/PgSavedConnections,
// "postgres/connections"); never a password.
QStringList pgConnections();

constexpr int kDefaultRotationDays = 180;
int rotationDays();
void setRotationDays(int days);
// Rotation periods of single keys (`key set-rotation`, "keys/rotation/<key id>"), besides the global one.
QHash<QString, int> keyRotationDays();
// 0 removes the key's own period, so the global one applies again.
void setKeyRotationDays(const QString &keyId, int days);

} // namespace strongroom::keylistsettings
