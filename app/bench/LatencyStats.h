#pragma once

#include <QJsonObject>
#include <QList>

namespace strongroom::bench {

// The summary of one statement's latencies, as `bench queries` reports it.
//
// The rules, stated once:
// - Percentiles by the nearest-rank rule: the p-th percentile of n sorted samples is the sample of
//   1-based rank ceil(p/100 * n); it is always one of the measured values, never interpolated.
//   p50 of {1, 2, 3, 4} is 2, p95 of 20 samples is the 19th.
// - avg is the arithmetic mean; stddev the sample standard deviation (divided by n - 1; 0 for one
//   sample).
// - queries/s is n divided by the time spent inside the statements (the sum of the samples), so
//   the benchmark's own bookkeeping between samples does not count: 1e9 / avg.
struct LatencyStats
{
    qint64 count = 0;
    double avgNs = 0;
    qint64 p50Ns = 0;
    qint64 p95Ns = 0;
    qint64 p99Ns = 0;
    qint64 minNs = 0;
    qint64 maxNs = 0;
    double stddevNs = 0;
    double queriesPerSecond = 0;

    static LatencyStats fromSamples(QList<qint64> samplesNs);
    // The nearest-rank percentile of ascending `sorted` (0 for an empty list); `percentile` in (0, 100].
    static qint64 nearestRank(const QList<qint64> &sorted, double percentile);

    // count, avg_us, p50_us, p95_us, p99_us, min_us, max_us, stddev_us, queries_per_s
    QJsonObject toJson() const;
    static LatencyStats fromJson(const QJsonObject &json);
};

} // namespace strongroom::bench
