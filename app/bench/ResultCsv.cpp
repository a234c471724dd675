#include "bench/ResultCsv.h"

#include <QJsonArray>

namespace strongroom::bench {

namespace {

const char *const kStatColumns[] = {"avg_us", "p50_us", "p95_us", "p99_us", "min_us", "max_us", "stddev_us"};

QByteArray csvField(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return (QLatin1Char('"') + quoted + QLatin1Char('"')).toUtf8();
}

} // namespace

QByteArray resultCsv(const QJsonObject &result)
{
    QByteArray csv = "statement,sql,target,count";
    for (const char *c : kStatColumns)
        csv += QByteArray(",") + c;
    csv += ",queries_per_s,noise_percent,overhead_percent,overhead_measurable\n";
    for (const QJsonValue &v : result.value(QLatin1String("statements")).toArray()) {
        const QJsonObject s = v.toObject();
        const QJsonObject overhead = s.value(QLatin1String("overhead")).toObject();
        for (const char *side : {"target", "plain_twin", "against"}) {
            if (!s.contains(QLatin1String(side)))
                continue;
            const QJsonObject stats = s.value(QLatin1String(side)).toObject();
            csv += csvField(s.value(QLatin1String("name")).toString()) + ',' +
                   csvField(s.value(QLatin1String("sql")).toString()) + ',' + side + ',' +
                   QByteArray::number(stats.value(QLatin1String("count")).toInteger());
            for (const char *c : kStatColumns)
                csv += ',' + QByteArray::number(stats.value(QLatin1String(c)).toDouble(), 'f', 3);
            csv += ',' + QByteArray::number(stats.value(QLatin1String("queries_per_s")).toDouble(), 'f', 1) +
                   ',' + QByteArray::number(stats.value(QLatin1String("noise_percent")).toDouble(), 'f', 2) +
                   ',';
            if (!overhead.isEmpty() && QByteArray(side) == "target")
                csv += QByteArray::number(overhead.value(QLatin1String("percent")).toDouble(), 'f', 2) + ',' +
                       (overhead.value(QLatin1String("measurable")).toBool() ? "true" : "false");
            else
                csv += ',';
            csv += '\n';
        }
    }
    return csv;
}

} // namespace strongroom::bench
