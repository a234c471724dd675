#pragma once

#include "cli/CliCommand.h"

namespace strongroom::cli {

// `bench queries FILE`: latency percentiles of a workload on a SQLCipher or SQLite file, optionally
// against its decrypted twin, saved as a baseline or compared with one (exit 9 on a regression).
// Runs app/bench's QueryBenchJob, as the Benchmarks page does.
class BenchQueriesCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("bench"), QStringLiteral("queries")}; }
    QString summary() const override
    {
        return QStringLiteral(
            "Query latency percentiles of a database, its encryption overhead against a plain "
            "twin, baselines (exit 9 on a regression)");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace strongroom::cli
