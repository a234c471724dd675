#pragma once

#include "cli/CliCommand.h"

namespace strongroom::cli {

class DoctorCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("doctor")}; }
    QString summary() const override { return QStringLiteral("Check libraries, tools and system support"); }
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace strongroom::cli
