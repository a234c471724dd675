#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace strongroom::cli {

// `db check FILE`: the HMAC of every page, then SQLite's integrity and foreign key checks; each
// bad page with the table or index it belongs to. Exit 4 on any finding.
class DbCheckCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("db"), QStringLiteral("check")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::DbCheckCommand",
            "Verify every page's HMAC, the structure and the foreign keys of a database");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace strongroom::cli
