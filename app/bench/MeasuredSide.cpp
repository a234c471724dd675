#include "bench/MeasuredSide.h"

#include "bench/LatencyStats.h"
#include "bench/Overhead.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace strongroom::bench {

QJsonObject measuredSideJson(const QList<qint64> &samples, const QList<qint64> &roundP50)
{
    QJsonObject o = LatencyStats::fromSamples(samples).toJson();
    QJsonArray rounds;
    for (qint64 p50 : roundP50)
        rounds.append(double(p50) / 1000.0);
    o.insert(QStringLiteral("round_p50_us"), rounds);
    o.insert(QStringLiteral("noise_percent"), std::round(roundNoisePercent(roundP50) * 100.0) / 100.0);
    return o;
}

void addRound(QList<qint64> &samples, QList<qint64> &roundP50, QList<qint64> roundSamples)
{
    samples.append(roundSamples);
    if (roundSamples.isEmpty())
        return;
    std::sort(roundSamples.begin(), roundSamples.end());
    roundP50.append(LatencyStats::nearestRank(roundSamples, 50));
}

QString microsecondsText(double us)
{
    return us >= 1000.0 ? QStringLiteral("%1 ms").arg(us / 1000.0, 0, 'f', 2)
                        : QStringLiteral("%1 µs").arg(us, 0, 'f', 1);
}

} // namespace strongroom::bench
