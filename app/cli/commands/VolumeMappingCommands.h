#pragma once

#include "cli/commands/VolumeCommandDeclaration.h"

namespace strongroom::cli {

// The `volume` verbs open, close, mount, unmount: mapping an image (udisks2 or in-process as root,
// VolumeMappingJob).
STRONGROOM_VOLUME_COMMAND(VolumeOpenCommand, "open",
                          "Unlock an image (udisks2, or in-process as root; needs device-mapper)")
STRONGROOM_VOLUME_COMMAND(VolumeCloseCommand, "close", "Lock an opened image and free its loop device")
STRONGROOM_VOLUME_COMMAND(VolumeMountCommand, "mount", "Mount an opened image (udisks2: under /media/USER)")
STRONGROOM_VOLUME_COMMAND(VolumeUnmountCommand, "unmount", "Unmount an opened image")

} // namespace strongroom::cli
