#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace strongroom::cli {

// `key list [--dir DIR]... [--image IMAGE]... [--rotation-days N]`: every key Strongroom knows
// (ListKeysJob), with its age, its due date and the files it opens.
class KeyListCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("key"), QStringLiteral("list")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::KeyListCommand",
            "List every key Strongroom knows, its age, rotation due date and the files it opens");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace strongroom::cli
