#pragma once

#include <QStringList>

namespace strongroom::keylistsettings {

// The places the console remembers, read from its settings (organisation and application
// "strongroom", as ui/main.cpp sets them) so that `key list` finds the same keys as the Keys page:
// the history folders of the recent databases (ui/RecentFiles, "backups/" beside each), the images
// of the Volumes page (ui/volumes/KnownVolumes) and the rotation period ("keys/rotationDays").
QStringList historyFolders();
QStringList volumeImages();

constexpr int kDefaultRotationDays = 180;
int rotationDays();
void setRotationDays(int days);

} // namespace strongroom::keylistsettings
