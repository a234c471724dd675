#pragma once

#include "cli/commands/VolumeCommandDeclaration.h"

namespace strongroom::cli {

// The `volume` verbs add-key, change-key, remove-key, retune: key slots through KeySlotJob.
STRONGROOM_VOLUME_COMMAND(VolumeAddKeyCommand, "add-key", "Add a key in a new key slot")
STRONGROOM_VOLUME_COMMAND(VolumeChangeKeyCommand, "change-key", "Replace the key of the slot it opens")
STRONGROOM_VOLUME_COMMAND(VolumeRemoveKeyCommand, "remove-key", "Remove a key slot, guarded against lock-out")
STRONGROOM_VOLUME_COMMAND(VolumeRetuneCommand, "retune", "Rewrite a key slot with new PBKDF costs")

} // namespace strongroom::cli
