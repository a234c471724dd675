#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace strongroom::cli {

// SHA-256 of a file, as a job with progress: for checking a downloaded backup against its sidecar.
class ChecksumCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("checksum")}; }
    QString summary() const override
    {
        return QCoreApplication::translate("cli::ChecksumCommand", "SHA-256 of a file, with progress");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace strongroom::cli
