#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace strongroom::bench {

// How much slower target A is than target B for one statement, when both ran the same workload
// interleaved in rounds (A then B, B then A, ...), so both saw the same machine state.
//
// The rule: `percent` is p50(A) / p50(B) - 1 over all samples. Each round r gives its own
// o_r = p50_r(A) / p50_r(B) - 1; their mean m and sample standard deviation s across R rounds are
// the spread. The difference is measurable when the 95 % interval of the mean, m ± 2·s/√R, does not
// contain 0 (at least 2 rounds); otherwise it is reported as "no measurable difference", not as a
// number.
struct Overhead
{
    double percent = 0;
    double roundMeanPercent = 0;
    double roundMinPercent = 0;
    double roundMaxPercent = 0;
    double roundStddevPercent = 0;
    int rounds = 0;
    bool measurable = false;

    static Overhead between(qint64 p50A, qint64 p50B, const QList<qint64> &roundP50A,
                            const QList<qint64> &roundP50B);

    // "+12.3 % (rounds +10.1 % to +14.0 %)" or "no measurable difference"
    QString verdict() const;
    // percent, round_mean_percent, round_min_percent, round_max_percent, round_stddev_percent,
    // rounds, measurable, verdict
    QJsonObject toJson() const;
};

// The relative standard deviation (in %) of a run's per-round p50s: the noise of one target's
// measurement, which a comparison with a baseline must exceed.
double roundNoisePercent(const QList<qint64> &roundP50);

} // namespace strongroom::bench
