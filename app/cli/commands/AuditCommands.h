#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace strongroom::cli {

class AuditLogCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("audit"), QStringLiteral("log")}; }
    QString summary() const override
    {
        return QCoreApplication::translate("cli::AuditCommands", "Print the audit log");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

class AuditVerifyCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("audit"), QStringLiteral("verify")}; }
    QString summary() const override
    {
        return QCoreApplication::translate("cli::AuditCommands",
                                           "Check the audit log's hash chain (exit 4 if broken)");
    }
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace strongroom::cli
