#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace strongroom::cli {

class CliContext;

// One leaf verb of strongroom-cli ("db info", "audit verify"). Commands declare their options and
// positional arguments, and return an exit code of the CLI contract.
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    // The words that select it, e.g. {"db", "info"}.
    virtual QStringList path() const = 0;
    virtual QString summary() const = 0;
    // Adds options and positional arguments (--json and --help are added for every command).
    virtual void declare(QCommandLineParser &parser) const { Q_UNUSED(parser); }
    virtual int run(CliContext &context, const QCommandLineParser &parser) = 0;
};

} // namespace strongroom::cli
