#include "benchmarks/BenchmarksPage.h"
#include "core/JobRunner.h"
#include "dashboard/DatabaseDashboard.h"
#include "jobs/JobsIndicator.h"
#include "pages/DatabasesPage.h"
#include "support/IsolatedHome.h"
#include "support/PostgresServer.h"
#include "support/SqlCipherShell.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;

// The Benchmarks page on a database opened in the Databases section (made by the `sqlcipher` shell):
// Run starts the benchmark against the plain twin in the job dialog, then the charts show p50/p95/p99
// for SQLCipher and plain per statement, the overhead per statement with the 5 % line, and the saved
// baseline in the history; the twin's folder is gone. A PostgreSQL connection against a second one
// (two databases of a real PostgreSQL 17 test server) charts A and B the same way. The SQLCipher
// settings tab runs `bench sqlcipher` and lists every variant with its security cost. Screenshots go
// to STRONGROOM_SCREENSHOT_DIR when set (docs/screenshots/benchmarks-*.png are made that way).
class TestBenchmarksPage : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { isolateThisProcess(m_dir.path()); }

    void runsAgainstTheTwinAndChartsTheResult()
    {
        const QByteArray key = "x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'";
        const QString path = m_dir.filePath(QStringLiteral("shop.db"));
        const ShellRun made = runSqlCipherShell(
            path, "PRAGMA key = \"" + key +
                      "\";\n"
                      "CREATE TABLE orders(id INTEGER PRIMARY KEY, note TEXT);\n"
                      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000)\n"
                      "  INSERT INTO orders SELECT x, 'order note ' || x FROM c;\n");
        QVERIFY2(made.exitCode == 0, made.err.constData());

        JobRunner runner;
        ui::JobsIndicator jobs(&runner);
        ui::DatabasesPage databases(&runner, &jobs);
        qputenv("BENCH_UI_KEY", key);
        databases.openDatabase(path, KeySource::environment(QStringLiteral("BENCH_UI_KEY")));
        ui::DatabaseDashboard *dashboard = databases.dashboard(path);
        QVERIFY(dashboard);
        QVERIFY(QTest::qWaitFor([&] { return dashboard->session() != nullptr; }, 30000));

        ui::BenchmarksPage page(&databases, &runner, &jobs);
        page.resize(1000, 760);
        page.show();
        page.findChild<QSpinBox *>(QStringLiteral("iterations"))->setValue(40);
        page.findChild<QCheckBox *>(QStringLiteral("plainTwin"))->setChecked(true);
        page.findChild<QLineEdit *>(QStringLiteral("baselineName"))->setText(QStringLiteral("gui-1"));
        auto *run = page.findChild<QPushButton *>(QStringLiteral("run"));
        QVERIFY(run && run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.result().isEmpty(), 120000);
        QVERIFY(QTest::qWaitFor([&] { return runner.running().isEmpty(); }, 30000));

        const QJsonArray statements = page.result().value(QLatin1String("statements")).toArray();
        QCOMPARE(statements.size(), 5);
        QVERIFY(page.result().value(QLatin1String("twin_removed")).toBool());
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral(".strongroom-bench-*")}, QDir::AllEntries | QDir::Hidden),
                 QStringList());

        auto chartOf = [&](int tab) {
            return qobject_cast<QChartView *>(page.charts()->widget(tab))->chart();
        };
        const QList<QAbstractSeries *> latency = chartOf(0)->series();
        QCOMPARE(latency.size(), 1);
        auto *bars = qobject_cast<QBarSeries *>(latency.first());
        QCOMPARE(bars->count(), 6); // p50, p95, p99 for SQLCipher and for plain
        QCOMPARE(bars->barSets().first()->count(), 5);
        const QList<QAbstractSeries *> overhead = chartOf(1)->series();
        QCOMPARE(overhead.size(), 2);
        auto *line = qobject_cast<QLineSeries *>(overhead.last());
        QVERIFY(line);
        QCOMPARE(line->at(0).y(), 5.0);
        QCOMPARE(chartOf(2)->series().size(), 5); // one line per statement of the saved baseline

        const QString shots = qEnvironmentVariable("STRONGROOM_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            page.charts()->setCurrentIndex(0);
            QTest::qWait(200);
            page.grab().save(QDir(shots).filePath(QStringLiteral("benchmarks-page.png")));
            page.charts()->setCurrentIndex(1);
            QTest::qWait(200);
            page.grab().save(QDir(shots).filePath(QStringLiteral("benchmarks-overhead.png")));
        }
        runner.shutdown();
    }

    void runsOnAPostgresConnectionAgainstASecondOne()
    {
        PostgresServer server;
        STRONGROOM_START_POSTGRES(server);
        for (const QString &db : {QStringLiteral("shop"), QStringLiteral("shop_copy")}) {
            QVERIFY(server.createDatabase(db));
            const PostgresServer::SqlResult made = server.sql(
                QStringLiteral(
                    "CREATE TABLE orders (id int PRIMARY KEY, note text);"
                    "INSERT INTO orders SELECT x, 'order note ' || x FROM generate_series(1, 2000) x;"
                    "ANALYZE;"),
                db);
            QVERIFY2(made.ok, qPrintable(made.error));
        }
        JobRunner runner;
        ui::JobsIndicator jobs(&runner);
        ui::DatabasesPage databases(&runner, &jobs);
        ui::BenchmarksPage page(&databases, &runner, &jobs);
        page.resize(1000, 760);
        page.show();
        page.findChild<QComboBox *>(QStringLiteral("targetKind"))->setCurrentIndex(1);
        page.findChild<QLineEdit *>(QStringLiteral("connection"))
            ->setText(server.conninfo(QStringLiteral("shop")));
        page.findChild<QLineEdit *>(QStringLiteral("against"))
            ->setText(server.conninfo(QStringLiteral("shop_copy")));
        page.findChild<QSpinBox *>(QStringLiteral("iterations"))->setValue(20);
        auto *run = page.findChild<QPushButton *>(QStringLiteral("run"));
        QVERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.result().isEmpty(), 120000);
        QVERIFY(QTest::qWaitFor([&] { return runner.running().isEmpty(); }, 30000));
        QCOMPARE(page.result().value(QLatin1String("kind")).toString(), QStringLiteral("postgresql"));
        QCOMPARE(page.result().value(QLatin1String("statements")).toArray().size(), 5);
        auto chartOf = [&](int tab) {
            return qobject_cast<QChartView *>(page.charts()->widget(tab))->chart();
        };
        auto *bars = qobject_cast<QBarSeries *>(chartOf(0)->series().first());
        QCOMPARE(bars->count(), 6); // p50, p95, p99 for A and for B
        QVERIFY(bars->barSets().first()->label().endsWith(QLatin1String(" A")));
        QCOMPARE(chartOf(1)->series().size(), 2); // the overhead bars and the 5 % line
        const QString shots = qEnvironmentVariable("STRONGROOM_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            page.charts()->setCurrentIndex(1);
            QTest::qWait(200);
            page.grab().save(QDir(shots).filePath(QStringLiteral("benchmarks-postgres.png")));
        }
        runner.shutdown();
    }

    void theSettingsTabMeasuresSqlCipherVariants()
    {
        JobRunner runner;
        ui::JobsIndicator jobs(&runner);
        ui::DatabasesPage databases(&runner, &jobs);
        ui::BenchmarksPage page(&databases, &runner, &jobs);
        page.resize(1000, 760);
        page.show();
        page.findChild<QSpinBox *>(QStringLiteral("sizeMb"))->setValue(1);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("runSqlCipher")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.sqlCipherResult().isEmpty(), 120000);
        QVERIFY(QTest::qWaitFor([&] { return runner.running().isEmpty(); }, 30000));
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("sqlcipherTable"));
        QCOMPARE(table->rowCount(), 6);
        for (int row = 0; row < table->rowCount(); ++row) {
            QVERIFY(!table->item(row, 0)->text().isEmpty());
            QVERIFY(!table->item(row, 5)->text().isEmpty()); // every setting names its security cost
        }
        QVERIFY(page.sqlCipherResult().value(QLatin1String("removed")).toBool());
        const QString shots = qEnvironmentVariable("STRONGROOM_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            page.charts()->setCurrentIndex(3);
            QTest::qWait(200);
            page.grab().save(QDir(shots).filePath(QStringLiteral("benchmarks-sqlcipher.png")));
        }
        runner.shutdown();
    }
};

QTEST_MAIN(TestBenchmarksPage)
#include "TestBenchmarksPage.moc"
