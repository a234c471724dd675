#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace strongroom::cli {

// `audit run [PATH...] [--json] [--html FILE]`: the security audit (app/securityaudit). Exits 0
// when nothing fails or warns, 10 with warnings only, 11 when a check fails (as `status`).
class AuditRunCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("audit"), QStringLiteral("run")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::SecurityAuditCommand",
            "Security audit of databases, keys, backups, volumes and this machine (exit 10 "
            "warn, 11 fail)");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace strongroom::cli
