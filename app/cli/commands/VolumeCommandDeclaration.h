#pragma once

#include "cli/CliCommand.h"

// Declares one `volume VERB` command class; each header of the volume verbs uses it for the verbs
// its .cpp implements.
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
