#include "bench/LatencyStats.h"

#include <algorithm>
#include <cmath>

namespace strongroom::bench {

namespace {

// Microseconds with nanosecond precision: JSON readers get one unit for every field.
double us(double ns)
{
    return std::round(ns) / 1000.0;
}

qint64 ns(const QJsonObject &json, const char *field)
{
    return qint64(std::llround(json.value(QLatin1String(field)).toDouble() * 1000.0));
}

} // namespace

qint64 LatencyStats::nearestRank(const QList<qint64> &sorted, double percentile)
{
    if (sorted.isEmpty())
        return 0;
    const auto n = double(sorted.size());
    // The epsilon keeps 95/100 * 20 = 19 from becoming 19.000000000000004 and rank 20.
    const auto rank = qsizetype(std::ceil(percentile / 100.0 * n - 1e-9));
    return sorted[std::clamp<qsizetype>(rank, 1, sorted.size()) - 1];
}

LatencyStats LatencyStats::fromSamples(QList<qint64> samplesNs)
{
    LatencyStats s;
    s.count = samplesNs.size();
    if (samplesNs.isEmpty())
        return s;
    std::sort(samplesNs.begin(), samplesNs.end());
    double sum = 0;
    for (qint64 v : std::as_const(samplesNs))
        sum += double(v);
    s.avgNs = sum / double(s.count);
    double squares = 0;
    for (qint64 v : std::as_const(samplesNs))
        squares += (double(v) - s.avgNs) * (double(v) - s.avgNs);
    s.stddevNs = s.count > 1 ? std::sqrt(squares / double(s.count - 1)) : 0.0;
    s.minNs = samplesNs.first();
    s.maxNs = samplesNs.last();
    s.p50Ns = nearestRank(samplesNs, 50);
    s.p95Ns = nearestRank(samplesNs, 95);
    s.p99Ns = nearestRank(samplesNs, 99);
    s.queriesPerSecond = sum > 0 ? double(s.count) * 1e9 / sum : 0.0;
    return s;
}

QJsonObject LatencyStats::toJson() const
{
    return {{QStringLiteral("count"), count},
            {QStringLiteral("avg_us"), us(avgNs)},
            {QStringLiteral("p50_us"), us(double(p50Ns))},
            {QStringLiteral("p95_us"), us(double(p95Ns))},
            {QStringLiteral("p99_us"), us(double(p99Ns))},
            {QStringLiteral("min_us"), us(double(minNs))},
            {QStringLiteral("max_us"), us(double(maxNs))},
            {QStringLiteral("stddev_us"), us(stddevNs)},
            {QStringLiteral("queries_per_s"), std::round(queriesPerSecond * 10.0) / 10.0}};
}

LatencyStats LatencyStats::fromJson(const QJsonObject &json)
{
    LatencyStats s;
    s.count = json.value(QLatin1String("count")).toInteger();
    s.avgNs = double(ns(json, "avg_us"));
    s.p50Ns = ns(json, "p50_us");
    s.p95Ns = ns(json, "p95_us");
    s.p99Ns = ns(json, "p99_us");
    s.minNs = ns(json, "min_us");
    s.maxNs = ns(json, "max_us");
    s.stddevNs = double(ns(json, "stddev_us"));
    s.queriesPerSecond = json.value(QLatin1String("queries_per_s")).toDouble();
    return s;
}

} // namespace strongroom::bench
