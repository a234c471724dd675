#include "bench/Baseline.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace strongroom::bench;

// A run compared with a saved baseline: a statement is a regression only when it is slower by more
// than the threshold AND by more than the noise band 2·√(n_now² + n_base²); statements missing from
// the baseline are listed, not compared. Baselines are private files (0600 in a 0700 folder) under
// the data folder, and names cannot leave that folder.
class TestBaselineComparison : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    static QJsonObject run(const QList<std::tuple<QString, double, double>> &statements)
    {
        QJsonArray list;
        for (const auto &[name, p50, noise] : statements)
            list.append(QJsonObject{
                {QStringLiteral("name"), name},
                {QStringLiteral("target"),
                 QJsonObject{{QStringLiteral("p50_us"), p50}, {QStringLiteral("noise_percent"), noise}}}});
        return {{QStringLiteral("statements"), list}};
    }

private Q_SLOTS:
    void initTestCase() { qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8()); }

    void regressionNeedsBothThresholdAndNoise_data()
    {
        QTest::addColumn<double>("base");
        QTest::addColumn<double>("now");
        QTest::addColumn<double>("noise");
        QTest::addColumn<bool>("regression");

        QTest::newRow("10 % slower, quiet: regression") << 100.0 << 110.0 << 1.0 << true;
        QTest::newRow("4 % slower, quiet: under the threshold") << 100.0 << 104.0 << 0.5 << false;
        QTest::newRow("10 % slower but 8 % noise each: inside the noise") << 100.0 << 110.0 << 8.0 << false;
        QTest::newRow("faster: never a regression") << 100.0 << 80.0 << 0.0 << false;
        QTest::newRow("exactly the threshold: not beyond it") << 100.0 << 105.0 << 0.0 << false;
    }

    void regressionNeedsBothThresholdAndNoise()
    {
        QFETCH(double, base);
        QFETCH(double, now);
        QFETCH(double, noise);
        QFETCH(bool, regression);
        const BaselineComparison c = BaselineComparison::compare(
            run({{QStringLiteral("q"), now, noise}}), run({{QStringLiteral("q"), base, noise}}), 5.0);
        QCOMPARE(c.statements.size(), 1);
        QCOMPARE(c.statements.first().regression, regression);
        QCOMPARE(c.regressions(), regression ? 1 : 0);
        QCOMPARE(c.toJson().value(QLatin1String("regressions")).toInt(), regression ? 1 : 0);
    }

    void statementsMissingFromTheBaselineAreListedNotCompared()
    {
        const BaselineComparison c = BaselineComparison::compare(
            run({{QStringLiteral("old"), 100, 0}, {QStringLiteral("new"), 500, 0}}),
            run({{QStringLiteral("old"), 100, 0}}), 5.0);
        QCOMPARE(c.statements.size(), 1);
        QCOMPARE(c.notInBaseline, QStringList{QStringLiteral("new")});
    }

    void savedBaselineIsPrivateAndLoadsBack()
    {
        auto saved = baseline::save(QStringLiteral("ci-1"), run({{QStringLiteral("q"), 42, 1}}));
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(*saved).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QCOMPARE(::stat(QFile::encodeName(QFileInfo(*saved).absolutePath()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0700u);
        auto loaded = baseline::load(QStringLiteral("ci-1"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->value(QLatin1String("name")).toString(), QStringLiteral("ci-1"));
        QVERIFY(loaded->contains(QLatin1String("saved")));
        QCOMPARE(baseline::all().size(), 1);
    }

    void namesThatCouldLeaveTheFolderAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("slash") << QStringLiteral("../evil");
        QTest::newRow("hidden") << QStringLiteral(".hidden");
        QTest::newRow("empty") << QString();
        QTest::newRow("space") << QStringLiteral("a b");
    }

    void namesThatCouldLeaveTheFolderAreRefused()
    {
        QFETCH(QString, name);
        const auto path = baseline::pathFor(name);
        QVERIFY(!path.ok());
        QCOMPARE(int(path.error().code), 2);
    }

    void aMissingBaselineSaysWhichExist()
    {
        auto loaded = baseline::load(QStringLiteral("nope"));
        QVERIFY(!loaded.ok());
        QCOMPARE(int(loaded.error().code), 1);
        QVERIFY2(loaded.error().message.contains(QLatin1String("ci-1")), qPrintable(loaded.error().message));
    }
};

QTEST_GUILESS_MAIN(TestBaselineComparison)
#include "TestBaselineComparison.moc"
