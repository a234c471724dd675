#pragma once

#include "cli/CliCommand.h"

namespace strongroom::cli {

// The `volume` verbs that read inside an image in user space (app/uservolume/): no device-mapper,
// no root.
#define STRONGROOM_VOLUME_BROWSE_COMMAND(Class, verb, text)                                                  \
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

STRONGROOM_VOLUME_BROWSE_COMMAND(VolumeLsCommand, "ls",
                                 "List a folder inside an image, without root or device-mapper")
STRONGROOM_VOLUME_BROWSE_COMMAND(VolumeGetCommand, "get",
                                 "Copy files and folders out of an image, without root")
STRONGROOM_VOLUME_BROWSE_COMMAND(VolumeCatCommand, "cat", "Print a file inside an image to standard output")
STRONGROOM_VOLUME_BROWSE_COMMAND(VolumeFsckCommand, "fsck",
                                 "Check the file system inside an image, read-only")
STRONGROOM_VOLUME_BROWSE_COMMAND(VolumeDuCommand, "du", "Disk usage of a path inside an image")

#undef STRONGROOM_VOLUME_BROWSE_COMMAND

} // namespace strongroom::cli
