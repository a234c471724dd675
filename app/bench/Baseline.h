#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace strongroom::bench {

// Saved benchmark results ("baselines"), one JSON file per name in
// $XDG_DATA_HOME/strongroom/benchmarks/NAME.json (folder 0700, files 0600, written by SafeFile's
// protocol), holding a `bench queries` result as its JSON data has it plus "name" and "saved".
namespace baseline {

QString folder();
// A name is 1 to 64 of [A-Za-z0-9._-], not starting with a dot; else Usage (2).
Result<QString> pathFor(const QString &name);
Result<QString> save(const QString &name, QJsonObject result);
// Failure (1) naming the saved baselines when there is none by that name.
Result<QJsonObject> load(const QString &name);
// Every saved baseline, oldest first (the history the Benchmarks page draws).
QList<QJsonObject> all();

} // namespace baseline

// One statement of a run compared with the same statement (by name) in a baseline.
//
// The rule: change = p50(now) / p50(baseline) - 1. The noise band is 2·√(n_now² + n_base²), where n
// is each run's roundNoisePercent (the spread of its per-round p50s). A statement is a regression
// when its change exceeds both the threshold and the noise band; `bench queries --compare` then
// exits 9 (regression).
struct StatementChange
{
    QString name;
    double baselineP50Us = 0;
    double nowP50Us = 0;
    double changePercent = 0;
    double noisePercent = 0;
    bool regression = false;
    QJsonObject
    toJson() const; // name, baseline_p50_us, now_p50_us, change_percent, noise_percent, regression
};

struct BaselineComparison
{
    QString baseline;
    double thresholdPercent = 5;
    QList<StatementChange> statements;
    QStringList notInBaseline; // statements of this run the baseline lacks (not compared)

    static BaselineComparison compare(const QJsonObject &now, const QJsonObject &base,
                                      double thresholdPercent);
    int regressions() const;
    // baseline, threshold_percent, statements, not_in_baseline, regressions
    QJsonObject toJson() const;
};

} // namespace strongroom::bench
