#pragma once

#include "bench/MonotonicClock.h"
#include "core/JobContext.h"

#include <QJsonObject>
#include <QList>
#include <QString>

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

// One target's samples of one statement and the p50 of each round: LatencyStats' fields plus
// "round_p50_us" and "noise_percent".
QJsonObject measuredSideJson(const QList<qint64> &samples, const QList<qint64> &roundP50);

// Appends one round's samples and its p50.
void addRound(QList<qint64> &samples, QList<qint64> &roundP50, QList<qint64> roundSamples);

// "850.2 µs" or "12.34 ms", for the job's detail lines.
QString microsecondsText(double us);

} // namespace strongroom::bench
