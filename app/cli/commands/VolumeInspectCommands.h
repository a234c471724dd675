#pragma once

#include "cli/commands/VolumeCommandDeclaration.h"

namespace strongroom::cli {

// The `volume` verbs info, test-key, benchmark: reading a header and measuring, nothing written.
STRONGROOM_VOLUME_COMMAND(VolumeInfoCommand, "info",
                          "Show a LUKS header: cipher, key slots, tokens, segments")
STRONGROOM_VOLUME_COMMAND(VolumeTestKeyCommand, "test-key",
                          "Which key slot a key opens, without mapping anything")
STRONGROOM_VOLUME_COMMAND(VolumeBenchmarkCommand, "benchmark",
                          "Cipher speeds and the cost of one unlock on this machine")

} // namespace strongroom::cli
