#pragma once

#include "cli/commands/VolumeCommandDeclaration.h"

namespace strongroom::cli {

// The `volume` verbs add-key, change-key, remove-key, retune: key slots through KeySlotJob.
STRONGROOM_VOLUME_COMMAND(VolumeAddKeyCommand, "add-key",
                          QT_TRANSLATE_NOOP("cli::VolumeCommands", "Add a key in a new key slot"))
STRONGROOM_VOLUME_COMMAND(VolumeChangeKeyCommand, "change-key",
                          QT_TRANSLATE_NOOP("cli::VolumeCommands", "Replace the key of the slot it opens"))
STRONGROOM_VOLUME_COMMAND(VolumeRemoveKeyCommand, "remove-key",
                          QT_TRANSLATE_NOOP("cli::VolumeCommands",
                                            "Remove a key slot, guarded against lock-out"))
STRONGROOM_VOLUME_COMMAND(VolumeRetuneCommand, "retune",
                          QT_TRANSLATE_NOOP("cli::VolumeCommands", "Rewrite a key slot with new PBKDF costs"))

} // namespace strongroom::cli
