#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

// Declares one `volume VERB` command class; each header of the volume verbs uses it for the verbs
// its .cpp implements. TEXT, the summary, is marked QT_TRANSLATE_NOOP("cli::VolumeCommands", ...) at
// the call so that lupdate finds it; it is translated when --help prints it.
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
            return QCoreApplication::translate("cli::VolumeCommands", text);                                 \
        }                                                                                                    \
        void declare(QCommandLineParser &parser) const override;                                             \
        int run(CliContext &context, const QCommandLineParser &parser) override;                             \
    };
