#pragma once

#include "cli/commands/VolumeCommandDeclaration.h"

namespace strongroom::cli {

// The `volume` verbs info, test-key, benchmark: reading a header and measuring, nothing written.
STRONGROOM_VOLUME_COMMAND(VolumeInfoCommand, "info",
                          QT_TRANSLATE_NOOP("cli::VolumeCommands",
                                            "Show a LUKS header: cipher, key slots, tokens, segments"))
STRONGROOM_VOLUME_COMMAND(VolumeTestKeyCommand, "test-key",
                          QT_TRANSLATE_NOOP("cli::VolumeCommands",
                                            "Which key slot a key opens, without mapping anything"))
STRONGROOM_VOLUME_COMMAND(VolumeBenchmarkCommand, "benchmark",
                          QT_TRANSLATE_NOOP("cli::VolumeCommands",
                                            "Cipher speeds and the cost of one unlock on this machine"))

} // namespace strongroom::cli
