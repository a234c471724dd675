#pragma once

#include "backup/RetentionPolicy.h"

namespace strongroom::ui {

// The retention policy chosen for a history folder, remembered between sessions (QSettings; a
// policy holds no secret). A folder without one gets the default: keep the last 5.
namespace retentionsettings {

RetentionPolicy load(const QString &historyFolder);
void save(const QString &historyFolder, const RetentionPolicy &policy);

} // namespace retentionsettings
} // namespace strongroom::ui
