#include "bench/Overhead.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace strongroom::bench {

namespace {

double ratioPercent(qint64 a, qint64 b)
{
    return b > 0 ? (double(a) / double(b) - 1.0) * 100.0 : 0.0;
}

double hundredthsOfPercent(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QString signedPercent(double v)
{
    return QStringLiteral("%1%2 %").arg(v >= 0 ? QStringLiteral("+") : QString()).arg(v, 0, 'f', 1);
}

struct MeanSd
{
    double mean = 0;
    double sd = 0;
};

MeanSd meanSd(const QList<double> &values)
{
    MeanSd r;
    if (values.isEmpty())
        return r;
    for (double v : values)
        r.mean += v;
    r.mean /= double(values.size());
    if (values.size() > 1) {
        double squares = 0;
        for (double v : values)
            squares += (v - r.mean) * (v - r.mean);
        r.sd = std::sqrt(squares / double(values.size() - 1));
    }
    return r;
}

} // namespace

Overhead Overhead::between(qint64 p50A, qint64 p50B, const QList<qint64> &roundP50A,
                           const QList<qint64> &roundP50B)
{
    Overhead o;
    o.percent = ratioPercent(p50A, p50B);
    QList<double> perRound;
    for (qsizetype r = 0; r < std::min(roundP50A.size(), roundP50B.size()); ++r)
        perRound.append(ratioPercent(roundP50A[r], roundP50B[r]));
    o.rounds = int(perRound.size());
    if (perRound.isEmpty())
        return o;
    const MeanSd m = meanSd(perRound);
    o.roundMeanPercent = m.mean;
    o.roundStddevPercent = m.sd;
    o.roundMinPercent = *std::min_element(perRound.begin(), perRound.end());
    o.roundMaxPercent = *std::max_element(perRound.begin(), perRound.end());
    const double halfWidth = 2.0 * m.sd / std::sqrt(double(o.rounds));
    o.measurable = o.rounds >= 2 && std::abs(m.mean) > halfWidth && (m.mean > 0) == (o.percent > 0);
    return o;
}

QString Overhead::verdict() const
{
    if (!measurable)
        return QCoreApplication::translate("Benchmark", "no measurable difference");
    return QCoreApplication::translate("Benchmark", "%1 (rounds %2 to %3)")
        .arg(signedPercent(percent), signedPercent(roundMinPercent), signedPercent(roundMaxPercent));
}

QJsonObject Overhead::toJson() const
{
    return {{QStringLiteral("percent"), hundredthsOfPercent(percent)},
            {QStringLiteral("round_mean_percent"), hundredthsOfPercent(roundMeanPercent)},
            {QStringLiteral("round_min_percent"), hundredthsOfPercent(roundMinPercent)},
            {QStringLiteral("round_max_percent"), hundredthsOfPercent(roundMaxPercent)},
            {QStringLiteral("round_stddev_percent"), hundredthsOfPercent(roundStddevPercent)},
            {QStringLiteral("rounds"), rounds},
            {QStringLiteral("measurable"), measurable},
            {QStringLiteral("verdict"), measurable ? verdict() : QStringLiteral("no measurable difference")}};
}

double roundNoisePercent(const QList<qint64> &roundP50)
{
    QList<double> values;
    for (qint64 v : roundP50)
        values.append(double(v));
    const MeanSd m = meanSd(values);
    return m.mean > 0 ? m.sd / m.mean * 100.0 : 0.0;
}

} // namespace strongroom::bench
