#pragma once

#include "cli/commands/VolumeCommandDeclaration.h"

namespace strongroom::cli {

// The `volume` verbs open, close, mount, unmount: mapping an image (udisks2 or in-process as root,
// VolumeMappingJob).
STRONGROOM_VOLUME_COMMAND(
    VolumeOpenCommand, "open",
    QT_TRANSLATE_NOOP("cli::VolumeCommands",
                      "Unlock an image (udisks2, or in-process as root; needs device-mapper)"))
STRONGROOM_VOLUME_COMMAND(VolumeCloseCommand, "close",
                          QT_TRANSLATE_NOOP("cli::VolumeCommands",
                                            "Lock an opened image and free its loop device"))
STRONGROOM_VOLUME_COMMAND(VolumeMountCommand, "mount",
                          QT_TRANSLATE_NOOP("cli::VolumeCommands",
                                            "Mount an opened image (udisks2: under /media/USER)"))
STRONGROOM_VOLUME_COMMAND(VolumeUnmountCommand, "unmount",
                          QT_TRANSLATE_NOOP("cli::VolumeCommands", "Unmount an opened image"))

} // namespace strongroom::cli
