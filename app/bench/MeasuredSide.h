#pragma once

#include "bench/MonotonicClock.h"
#include "core/JobContext.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace strongroom::bench {

// What the query benchmarks (QueryBenchJob, PgQueryBenchJob) share.

// Asks the job whether it was cancelled at most every 50 ms, so asking costs nothing measurable
// between two timed executions; also the hook of SQLite's progress handler and PgSession's waits.
struct CancelWatch
{
    static constexpr qint64 kCheckNs = 50'000'000;
    JobContext *context = nullptr;
    qint64 lastCheckNs = 0;
    bool cancelled = false;

    bool check()
    {
        const qint64 now = monotonicNs();
        if (!cancelled && now - lastCheckNs >= kCheckNs) {
            lastCheckNs = now;
            cancelled = context->isCancelled();
        }
        return cancelled;
    }
};

// Reports the "Measure" step statement by statement, as parts of it (JobContext::startPart):
// "Statement 3 of 5: point lookup" (also logged) with its own progress, counted in executions on
// every target, warm-up included, or, with a time budget (whose executions are not known ahead), in
// rounds per target. Called between executions, never inside a timed one.
class StatementProgress
{
public:
    StatementProgress(JobContext &context, qsizetype statements, int sides, int iterations, int warmup,
                      int rounds, bool timeBudget);

    void start(qsizetype index, const QString &name);
    void executed();  // after each execution, warm-up included
    void roundDone(); // after one target's round

private:
    JobContext &m_context;
    qsizetype m_statements;
    bool m_timeBudget;
    qint64 m_total;
    qint64 m_done = 0;
};

// One target's samples of one statement and the p50 of each round: LatencyStats' fields plus
// "round_p50_us" and "noise_percent".
QJsonObject measuredSideJson(const QList<qint64> &samples, const QList<qint64> &roundP50);

// Appends one round's samples and its p50.
void addRound(QList<qint64> &samples, QList<qint64> &roundP50, QList<qint64> roundSamples);

// "850.2 µs" or "12.34 ms", for the job's detail lines.
QString microsecondsText(double us);

// How a query benchmark's run ends, whatever its target.
struct QueryRunEnd
{
    QString targetName;
    int statements = 0;
    QString saveBaseline;    // name, or empty
    QString compareBaseline; // name, or empty
    double thresholdPercent = 5;
    std::optional<QJsonObject> base; // the loaded baseline to compare with
};

// The end both query benchmarks share: the baseline step `step` (compare with the baseline, save as
// one), the audit line through `audit`, the detail lines, the overview and `result` as the job's data.
// Returns the number of statements slower than the baseline, or nullopt when saving failed (the job
// has failed and audited that).
std::optional<int> finishQueryRun(JobContext &context, int step, const QueryRunEnd &end, QJsonObject &result,
                                  QStringList lines, const std::function<void(const QString &)> &audit);

} // namespace strongroom::bench
