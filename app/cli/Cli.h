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

private:
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

// Every command strongroom-cli has, registered in one place.
void registerAllCommands(Cli &cli);

} // namespace strongroom::cli
