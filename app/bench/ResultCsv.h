#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace strongroom::bench {

// A `bench queries` result (QueryBenchJob's or PgQueryBenchJob's data) as CSV, for `--csv` and the
// Benchmarks page's export: one row per statement and target ("target", "plain_twin", or "against"
// for PostgreSQL's second connection), the overhead on the target's row of a comparison. Columns: statement,
// sql, target, count, avg_us, p50_us, p95_us, p99_us, min_us, max_us, stddev_us, queries_per_s,
// noise_percent, overhead_percent, overhead_measurable.
QByteArray resultCsv(const QJsonObject &result);

} // namespace strongroom::bench
