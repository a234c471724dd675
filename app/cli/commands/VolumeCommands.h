#pragma once

#include "cli/CliCommand.h"

namespace strongroom::cli {

// The `volume` verbs: LUKS2 image files through libcryptsetup (see app/volumes/).
#define STRONGROOM_VOLUME_COMMAND(Class, verb, text)                                                         \
    class Class : public CliCommand                                                                          \
    {                                                                                                        \
    public:                                                                                                  \
        QStringList path() const override                                                                    \
        {                                                                                                    \
            return {QStringLiteral("volume"), QStringLiteral(verb)};                                         \
        }                                                                                                    \
        QString summary() const override                                                                     \
        {                                                                                                    \
            return QStringLiteral(text);                                                                     \
        }                                                                                                    \
        void declare(QCommandLineParser &parser) const override;                                             \
        int run(CliContext &context, const QCommandLineParser &parser) override;                             \
    };

STRONGROOM_VOLUME_COMMAND(VolumeCreateCommand, "create",
                          "Create a LUKS2 image (optionally with ext4 and a recovery key)")
STRONGROOM_VOLUME_COMMAND(VolumeInfoCommand, "info",
                          "Show a LUKS header: cipher, key slots, tokens, segments")
STRONGROOM_VOLUME_COMMAND(VolumeTestKeyCommand, "test-key",
                          "Which key slot a key opens, without mapping anything")
STRONGROOM_VOLUME_COMMAND(VolumeAddKeyCommand, "add-key", "Add a key in a new key slot")
STRONGROOM_VOLUME_COMMAND(VolumeChangeKeyCommand, "change-key", "Replace the key of the slot it opens")
STRONGROOM_VOLUME_COMMAND(VolumeRemoveKeyCommand, "remove-key", "Remove a key slot, guarded against lock-out")
STRONGROOM_VOLUME_COMMAND(VolumeRetuneCommand, "retune", "Rewrite a key slot with new PBKDF costs")
STRONGROOM_VOLUME_COMMAND(VolumeHeaderBackupCommand, "header-backup", "Save the LUKS header to a file")
STRONGROOM_VOLUME_COMMAND(VolumeHeaderRestoreCommand, "header-restore", "Put a saved LUKS header back")
STRONGROOM_VOLUME_COMMAND(VolumeEncryptCommand, "encrypt", "Encrypt an image in place, offline (resumable)")
STRONGROOM_VOLUME_COMMAND(VolumeDecryptCommand, "decrypt",
                          "Decrypt a LUKS2 image in place, offline (resumable)")
STRONGROOM_VOLUME_COMMAND(VolumeBenchmarkCommand, "benchmark",
                          "Cipher speeds and the cost of one unlock on this machine")
STRONGROOM_VOLUME_COMMAND(VolumeOpenCommand, "open",
                          "Unlock an image (udisks2, or in-process as root; needs device-mapper)")
STRONGROOM_VOLUME_COMMAND(VolumeCloseCommand, "close", "Lock an opened image and free its loop device")
STRONGROOM_VOLUME_COMMAND(VolumeMountCommand, "mount", "Mount an opened image (udisks2: under /media/USER)")
STRONGROOM_VOLUME_COMMAND(VolumeUnmountCommand, "unmount", "Unmount an opened image")

#undef STRONGROOM_VOLUME_COMMAND

} // namespace strongroom::cli
