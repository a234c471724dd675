#pragma once

#include "bench/Workload.h"

#include <QList>
#include <QString>

namespace strongroom::bench {

// What a query benchmark is asked to run, whatever its target (a SQLCipher file in QueryBenchJob, a
// PostgreSQL connection in PgQueryBenchJob): the workload, how often and how long, and the baseline.
// Each request adds its target to these.
struct QueryRunSettings
{
    QString workloadFile;                // empty: `statements`, or the built-in set when those are empty too
    QList<WorkloadStatement> statements; // given directly (the GUI, tests)
    int iterations = 1000;               // per statement and target, after the warm-up
    double durationSeconds = 0;          // > 0: a time budget per statement and target instead
    int warmup = 50;                     // untimed runs per statement and target
    int rounds = 10;                     // the measurement is split into rounds, A and B alternating
    QString saveBaseline;                // name, or empty
    QString compareBaseline;             // name, or empty
    double thresholdPercent = 5;
};

} // namespace strongroom::bench
