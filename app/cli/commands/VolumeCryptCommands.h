#pragma once

#include "cli/commands/VolumeCommandDeclaration.h"

namespace strongroom::cli {

// The `volume` verbs create, encrypt, decrypt: whole images (app/volumes/VolumeCreateJob, VolumeCryptJob).
STRONGROOM_VOLUME_COMMAND(VolumeCreateCommand, "create",
                          QT_TRANSLATE_NOOP("cli::VolumeCommands",
                                            "Create a LUKS2 image (optionally with ext4 and a recovery key)"))
STRONGROOM_VOLUME_COMMAND(VolumeEncryptCommand, "encrypt",
                          QT_TRANSLATE_NOOP("cli::VolumeCommands",
                                            "Encrypt an image in place, offline (resumable)"))
STRONGROOM_VOLUME_COMMAND(VolumeDecryptCommand, "decrypt",
                          QT_TRANSLATE_NOOP("cli::VolumeCommands",
                                            "Decrypt a LUKS2 image in place, offline (resumable)"))

} // namespace strongroom::cli
