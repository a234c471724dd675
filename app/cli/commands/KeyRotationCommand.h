#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace strongroom::cli {

// `key set-rotation KEYID DAYS|default`: a rotation period for one key (as `key list` shows its
// id), kept in the console's settings beside the global period; `default` returns it to the global
// one. `key list`, `status`, the Keys page and the audit then measure that key against its own period.
class KeySetRotationCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("key"), QStringLiteral("set-rotation")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::KeyRotationCommand",
            "Give one key its own rotation period in days, or \"default\" for the global one");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace strongroom::cli
