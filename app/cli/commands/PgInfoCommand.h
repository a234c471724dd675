#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace strongroom::cli {

// `pg info --dbname CONN [--exact] [--json]`: the server, its security settings, TLS, whether the
// data directory is on encrypted storage, and every table with estimated (or exact) rows and sizes.
class PgInfoCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("pg"), QStringLiteral("info")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::PgInfoCommand",
            "Server, TLS, storage encryption, sizes and row counts of a PostgreSQL database");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace strongroom::cli
