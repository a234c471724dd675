#pragma once

#include "cli/commands/VolumeCommandDeclaration.h"

namespace strongroom::cli {

// The `volume` verbs that read inside an image in user space (app/uservolume/): no device-mapper,
// no root.
STRONGROOM_VOLUME_COMMAND(VolumeLsCommand, "ls",
                          QT_TRANSLATE_NOOP("cli::VolumeCommands",
                                            "List a folder inside an image, without root or device-mapper"))
STRONGROOM_VOLUME_COMMAND(VolumeGetCommand, "get",
                          QT_TRANSLATE_NOOP("cli::VolumeCommands",
                                            "Copy files and folders out of an image, without root"))
STRONGROOM_VOLUME_COMMAND(VolumeCatCommand, "cat",
                          QT_TRANSLATE_NOOP("cli::VolumeCommands",
                                            "Print a file inside an image to standard output"))
STRONGROOM_VOLUME_COMMAND(VolumeFsckCommand, "fsck",
                          QT_TRANSLATE_NOOP("cli::VolumeCommands",
                                            "Check the file system inside an image, read-only"))
STRONGROOM_VOLUME_COMMAND(VolumeDuCommand, "du",
                          QT_TRANSLATE_NOOP("cli::VolumeCommands", "Disk usage of a path inside an image"))

} // namespace strongroom::cli
