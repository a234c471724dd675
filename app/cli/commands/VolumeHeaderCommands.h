#pragma once

#include "cli/commands/VolumeCommandDeclaration.h"

namespace strongroom::cli {

// The `volume` verbs header-backup, header-restore: the LUKS header as a file (HeaderBackupJob).
STRONGROOM_VOLUME_COMMAND(VolumeHeaderBackupCommand, "header-backup",
                          QT_TRANSLATE_NOOP("cli::VolumeCommands", "Save the LUKS header to a file"))
STRONGROOM_VOLUME_COMMAND(VolumeHeaderRestoreCommand, "header-restore",
                          QT_TRANSLATE_NOOP("cli::VolumeCommands", "Put a saved LUKS header back"))

} // namespace strongroom::cli
