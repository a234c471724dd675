#include "bench/Overhead.h"

#include <QTest>

using strongroom::bench::Overhead;
using strongroom::bench::roundNoisePercent;

// The verdict of a twin comparison: the overhead is p50(A)/p50(B) - 1, and it is called measurable
// only when the 95 % interval of the per-round overheads' mean (m ± 2·s/√R) excludes 0; inside the
// noise the report says "no measurable difference" instead of a number.
class TestOverhead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void separatesASteadyCostFromNoise_data()
    {
        QTest::addColumn<QList<qint64>>("a");
        QTest::addColumn<QList<qint64>>("b");
        QTest::addColumn<bool>("measurable");
        QTest::addColumn<double>("percent");

        QTest::newRow("10 % slower in every round")
            << QList<qint64>{110, 220, 110, 330} << QList<qint64>{100, 200, 100, 300} << true << 10.0;
        QTest::newRow("faster and slower by turns: noise")
            << QList<qint64>{110, 90, 112, 88} << QList<qint64>{100, 100, 100, 100} << false << 0.0;
        QTest::newRow("identical: no difference")
            << QList<qint64>{100, 100, 100} << QList<qint64>{100, 100, 100} << false << 0.0;
        QTest::newRow("one round cannot tell") << QList<qint64>{200} << QList<qint64>{100} << false << 100.0;
        QTest::newRow("a steady 2 % with a tight spread is measurable")
            << QList<qint64>{1020, 1021, 1019, 1020, 1020} << QList<qint64>{1000, 1000, 1000, 1000, 1000}
            << true << 2.0;
    }

    void separatesASteadyCostFromNoise()
    {
        QFETCH(QList<qint64>, a);
        QFETCH(QList<qint64>, b);
        QFETCH(bool, measurable);
        QFETCH(double, percent);
        const qint64 p50A = a[a.size() / 2 - (a.size() % 2 == 0 ? 1 : 0)];
        const qint64 p50B = b[b.size() / 2 - (b.size() % 2 == 0 ? 1 : 0)];
        const Overhead o = Overhead::between(p50A, p50B, a, b);
        QCOMPARE(o.rounds, a.size());
        QCOMPARE(o.measurable, measurable);
        if (measurable) {
            QVERIFY2(std::abs(o.roundMeanPercent - percent) < 0.5,
                     qPrintable(QString::number(o.roundMeanPercent)));
            QVERIFY(o.verdict().contains(QLatin1String(" %")));
        } else {
            QCOMPARE(o.verdict(), QStringLiteral("no measurable difference"));
        }
        QCOMPARE(o.toJson().value(QLatin1String("measurable")).toBool(), measurable);
    }

    void noiseIsTheRelativeSpreadOfRoundMedians()
    {
        QCOMPARE(roundNoisePercent({100, 100, 100}), 0.0);
        // mean 100, sample sd 10: 10 %
        QVERIFY(std::abs(roundNoisePercent({90, 100, 110}) - 10.0) < 1e-9);
        QCOMPARE(roundNoisePercent({}), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestOverhead)
#include "TestOverhead.moc"
