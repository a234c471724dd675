#include "bench/LatencyStats.h"

#include <QTest>
#include <cmath>

using strongroom::bench::LatencyStats;

// The arithmetic of `bench queries` on known latency lists: percentiles by the nearest-rank rule
// (rank ceil(p/100 * n), always a measured value), the mean, the sample standard deviation, min,
// max and queries per second (n over the time spent in the statements). The input order never matters.
class TestLatencyStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summarisesKnownLists_data()
    {
        QTest::addColumn<QList<qint64>>("samples");
        QTest::addColumn<qint64>("p50");
        QTest::addColumn<qint64>("p95");
        QTest::addColumn<qint64>("p99");
        QTest::addColumn<qint64>("min");
        QTest::addColumn<qint64>("max");
        QTest::addColumn<double>("avg");
        QTest::addColumn<double>("stddev");
        QTest::addColumn<double>("qps");

        QTest::newRow("one sample: every percentile is it, no spread")
            << QList<qint64>{1000} << 1000LL << 1000LL << 1000LL << 1000LL << 1000LL << 1000.0 << 0.0 << 1e6;
        QTest::newRow("four samples: p50 is the 2nd, not the mean of 2nd and 3rd")
            << QList<qint64>{4, 1, 3, 2} << 2LL << 4LL << 4LL << 1LL << 4LL << 2.5 << 1.2909944487 << 4e8;
        QList<qint64> twenty;
        for (qint64 i = 20; i >= 1; --i)
            twenty.append(i * 100);
        // ranks: p50 ceil(10) = 10th, p95 ceil(19) = 19th (no floating-point slip to 20th), p99 ceil(19.8) =
        // 20th
        QTest::newRow("twenty samples, descending: p95 is the 19th")
            << twenty << 1000LL << 1900LL << 2000LL << 100LL << 2000LL << 1050.0 << 591.6079783
            << 20.0 / 21000e-9;
        QList<qint64> hundred;
        for (qint64 i = 1; i <= 100; ++i)
            hundred.append(i);
        QTest::newRow("1 to 100: p50 50, p95 95, p99 99")
            << hundred << 50LL << 95LL << 99LL << 1LL << 100LL << 50.5 << 29.0114919 << 100.0 / 5050e-9;
        QList<qint64> outlier(999, 10'000);
        outlier.append(5'000'000);
        QTest::newRow("one outlier in 1000: p99 unmoved, max and avg show it")
            << outlier << 10'000LL << 10'000LL << 10'000LL << 10'000LL << 5'000'000LL << 14'990.0
            << 157'797.6552424 << 1000.0 / 14'990'000e-9;
    }

    void summarisesKnownLists()
    {
        QFETCH(QList<qint64>, samples);
        const LatencyStats s = LatencyStats::fromSamples(samples);
        QFETCH(qint64, p50);
        QFETCH(qint64, p95);
        QFETCH(qint64, p99);
        QFETCH(qint64, min);
        QFETCH(qint64, max);
        QFETCH(double, avg);
        QFETCH(double, stddev);
        QFETCH(double, qps);
        QCOMPARE(s.count, samples.size());
        QCOMPARE(s.p50Ns, p50);
        QCOMPARE(s.p95Ns, p95);
        QCOMPARE(s.p99Ns, p99);
        QCOMPARE(s.minNs, min);
        QCOMPARE(s.maxNs, max);
        auto near = [](double got, double want) {
            return std::abs(got - want) <= 1e-6 * std::max(1.0, std::abs(want));
        };
        QVERIFY2(near(s.avgNs, avg), qPrintable(QString::number(s.avgNs, 'f', 6)));
        QVERIFY2(near(s.stddevNs, stddev), qPrintable(QString::number(s.stddevNs, 'f', 6)));
        QVERIFY2(near(s.queriesPerSecond, qps), qPrintable(QString::number(s.queriesPerSecond, 'f', 3)));
    }

    void emptyListGivesZeros()
    {
        const LatencyStats s = LatencyStats::fromSamples({});
        QCOMPARE(s.count, 0);
        QCOMPARE(s.p99Ns, 0);
        QCOMPARE(s.queriesPerSecond, 0.0);
    }

    void jsonCarriesEveryFieldInMicroseconds()
    {
        const LatencyStats s = LatencyStats::fromSamples({1500, 2500, 3500});
        const QJsonObject json = s.toJson();
        for (const char *field : {"count", "avg_us", "p50_us", "p95_us", "p99_us", "min_us", "max_us",
                                  "stddev_us", "queries_per_s"})
            QVERIFY2(json.contains(QLatin1String(field)), field);
        QCOMPARE(json.value(QLatin1String("p50_us")).toDouble(), 2.5);
        QCOMPARE(json.value(QLatin1String("max_us")).toDouble(), 3.5);
        const LatencyStats back = LatencyStats::fromJson(json);
        QCOMPARE(back.p50Ns, 2500);
        QCOMPARE(back.count, 3);
    }
};

QTEST_GUILESS_MAIN(TestLatencyStats)
#include "TestLatencyStats.moc"
