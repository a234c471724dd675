#pragma once

#include "cli/CliCommand.h"

#include <QTextStream>
#include <memory>
#include <vector>

namespace strongroom::cli {

// strongroom-cli's dispatcher: global options (--json, --help, --version), then the words of a
// command, then that command's own options. Unknown words are usage errors (exit 2).
class Cli
{
public:
    void add(std::unique_ptr<CliCommand> command);
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    QString usage(const QStringList &prefix) const;

    // Every verb's summary, details (cli/CommandDetails.h) and declared options and arguments, as the
    // COMMANDS section of the man page or as docs/cli.md's command reference: both documents come
    // from the declarations --help prints, so they cannot drift from the program.
    enum class ReferenceFormat
    {
        Man,
        Markdown
    };
    QString reference(ReferenceFormat format) const;

private:
    // A parser with the command's declarations and the options every command has.
    static void declareAll(QCommandLineParser &parser, const CliCommand &command);
    // The verb's --help text, naming the verb in its usage line.
    static QString helpText(const CliCommand &command);

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

// Every command strongroom-cli has, registered in one place.
void registerAllCommands(Cli &cli);

} // namespace strongroom::cli
