#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace strongroom::cli {

// `db info FILE`: opens (diagnosing why not), then the file's facts and every table's exact row
// count and size, largest first.
class DbInfoCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("db"), QStringLiteral("info")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::DbInfoCommand",
            "Encryption, versions, sizes and row counts of a SQLCipher or SQLite database");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace strongroom::cli
