#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace strongroom::cli {

// `volume migrate-dir`: moves a folder into a new encrypted image (app/migration/), and
// `volume migrate-dir --rollback DIR` puts it back.
class VolumeMigrateDirCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("volume"), QStringLiteral("migrate-dir")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::VolumeMigrateCommand",
            "Move a folder (e.g. PostgreSQL's data) into a new encrypted image, verified");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace strongroom::cli
