#include "bench/MeasuredSide.h"

#include "bench/Baseline.h"
#include "bench/LatencyStats.h"
#include "bench/Overhead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace strongroom::bench {

StatementProgress::StatementProgress(JobContext &context, qsizetype statements, int sides, int iterations,
                                     int warmup, int rounds, bool timeBudget)
    : m_context(context), m_statements(statements), m_timeBudget(timeBudget),
      m_total(timeBudget ? qint64(sides) * rounds : qint64(sides) * (qint64(warmup) + iterations))
{
}

void StatementProgress::start(qsizetype index, const QString &name)
{
    const QString label = QCoreApplication::translate("Benchmark", "Statement %1 of %2: %3")
                              .arg(index + 1)
                              .arg(m_statements)
                              .arg(name);
    m_context.log(label);
    m_done = 0;
    m_context.startPart(int(index), int(m_statements), label, m_total);
}

void StatementProgress::executed()
{
    if (!m_timeBudget)
        m_context.setPartProgress(++m_done);
}

void StatementProgress::roundDone()
{
    if (m_timeBudget)
        m_context.setPartProgress(++m_done);
}

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

std::optional<int> finishQueryRun(JobContext &context, int step, const QueryRunEnd &end, QJsonObject &result,
                                  QStringList lines, const std::function<void(const QString &)> &audit)
{
    int regressions = 0;
    if (!end.saveBaseline.isEmpty() || end.base) {
        context.startStep(step);
        if (end.base) {
            const BaselineComparison comparison =
                BaselineComparison::compare(result, *end.base, end.thresholdPercent);
            regressions = comparison.regressions();
            result.insert(QStringLiteral("comparison"), comparison.toJson());
            for (const StatementChange &change : comparison.statements) {
                if (change.regression)
                    lines.append(QCoreApplication::translate("Benchmark",
                                                             "REGRESSION %1: p50 %2 → %3 (%4 %, noise %5 %)")
                                     .arg(change.name, microsecondsText(change.baselineP50Us),
                                          microsecondsText(change.nowP50Us))
                                     .arg(change.changePercent, 0, 'f', 1)
                                     .arg(change.noisePercent, 0, 'f', 1));
            }
        }
        if (!end.saveBaseline.isEmpty()) {
            Result<QString> saved = baseline::save(end.saveBaseline, result);
            if (!saved) {
                context.fail(saved.error());
                audit(QStringLiteral("failed"));
                return std::nullopt;
            }
            result.insert(QStringLiteral("baseline_saved"), *saved);
        }
    }
    audit(QStringLiteral("succeeded"));
    for (const QString &line : std::as_const(lines))
        context.addDetail(line);
    QString overview =
        QCoreApplication::translate("Benchmark", "%n statement(s) measured on %1.", nullptr, end.statements)
            .arg(end.targetName);
    if (end.base)
        overview +=
            QLatin1Char(' ') +
            (regressions > 0 ? QCoreApplication::translate("Benchmark",
                                                           "%n statement(s) slower than baseline %1 beyond "
                                                           "the threshold and the noise.",
                                                           nullptr, regressions)
                                   .arg(end.compareBaseline)
                             : QCoreApplication::translate("Benchmark", "No regression against baseline %1.")
                                   .arg(end.compareBaseline));
    context.setOverview(overview);
    context.setData(result);
    return regressions;
}

} // namespace strongroom::bench
