#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace strongroom::cli {

class DoctorCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("doctor")}; }
    QString summary() const override
    {
        return QCoreApplication::translate("cli::DoctorCommand", "Check libraries, tools and system support");
    }
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace strongroom::cli
