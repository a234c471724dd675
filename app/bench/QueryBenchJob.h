#pragma once

#include "bench/QueryRunSettings.h"
#include "core/Job.h"

#include <QJsonObject>
#include <memory>

namespace strongroom {
class DatabaseSession;
}

namespace strongroom::bench {

struct QueryBenchRequest : QueryRunSettings
{
    // The target, opened read-only by DatabaseOpener (so a workload can never change the data).
    std::shared_ptr<DatabaseSession> session;
    bool againstPlainTwin = false; // also on a decrypted copy, to measure the encryption's cost
    QString twinFolder;            // where the twin's private folder goes; empty: the target's folder
};

// `bench queries` and the Benchmarks page: runs a workload on a SQLCipher or SQLite file, and with
// againstPlainTwin on a decrypted copy in a 0600 file inside a private (0700) hidden folder beside
// the target (same file system, same storage; the temp folder when the target's is not writable),
// removed on every way out (success, failure, cancel). Each statement runs `warmup` times untimed on each
// target, then in `rounds` rounds (A then B, B then A, ...) until `iterations` (or the time budget) are done.
// Cancel is checked every 50 ms, and a long statement is interrupted through SQLite's progress handler. The
// twin and a saved baseline are state changes: then the job writes the audit line `bench.queries` (target,
// twin, baseline).
//
// Data: {"target", "encrypted", "cipher", "workload", "settings", "machine", "statements": [{"name",
// "sql", "target": LatencyStats + "round_p50_us", "noise_percent"; with the twin also "plain_twin"
// (the same) and "overhead" (Overhead.h)}], "twin_folder", "twin_removed", "baseline_saved", "comparison"
// (BaselineComparison)}.
class QueryBenchJob : public Job
{
public:
    explicit QueryBenchJob(QueryBenchRequest request) : m_request(std::move(request)) {}

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    const QJsonObject &result() const { return m_result; }
    int regressions() const { return m_regressions; }

private:
    QueryBenchRequest m_request;
    QJsonObject m_result;
    int m_regressions = 0;
};

} // namespace strongroom::bench
