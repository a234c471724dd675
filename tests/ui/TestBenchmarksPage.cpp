#include "bench/SqlCipherBenchJob.h"
#include "benchmarks/BenchmarksPage.h"
#include "benchmarks/PartProgressView.h"
#include "core/JobRunner.h"
#include "core/Translations.h"
#include "dashboard/DatabaseDashboard.h"
#include "jobs/JobProgressDialog.h"
#include "jobs/JobsIndicator.h"
#include "pages/DatabasesPage.h"
#include "support/IsolatedHome.h"
#include "support/PostgresServer.h"
#include "support/SqlCipherShell.h"
#include "widgets/SecretLineEdit.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpression>
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
// While a run goes, the page has a row per statement with its own bar (and the job dialog the
// statement running with its progress); after it, every row is full. A connection whose role logs in
// with SCRAM gets its password from the page's password field, and the page asks for it (A or B) when
// the server wants one; the password is written nowhere. A setting whose effect lies inside the
// noise says "within the noise", in German too.
class TestBenchmarksPage : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;
    QTemporaryDir m_dir;

    // The page's rows after a query run: one per statement of `result`, in order, each full at
    // `total` executions.
    static void verifyStatementRows(const ui::BenchmarksPage &page, const QJsonObject &result, qint64 total)
    {
        auto *view = page.findChild<ui::PartProgressView *>(QStringLiteral("statementProgress"));
        QVERIFY(view);
        QVERIFY(view->isVisible());
        const QList<JobPart> rows = view->shownParts();
        const QJsonArray statements = result.value(QLatin1String("statements")).toArray();
        QCOMPARE(rows.size(), statements.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].name,
                     QStringLiteral("Statement %1 of %2: %3")
                         .arg(i + 1)
                         .arg(statements.size())
                         .arg(statements[i].toObject().value(QLatin1String("name")).toString()));
            QCOMPARE(rows[i].total, total);
            QCOMPARE(rows[i].done, total);
        }
    }

    static QStringList filesContaining(const QString &folder, const QByteArray &needle)
    {
        QStringList found;
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                found.append(f.fileName());
        }
        return found;
    }

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
        // A row per statement, each full: 50 warm-up and 40 timed runs on the file and on its twin.
        verifyStatementRows(page, page.result(), 2 * (50 + 40));

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
        verifyStatementRows(page, page.result(), 2 * (50 + 20));
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
        // The job dialog names the variant and phase running, with its own count, while it runs.
        auto *dialog = jobs.findChild<ui::JobProgressDialog *>();
        QVERIFY(dialog);
        auto *part = dialog->findChild<QLabel *>(QStringLiteral("part"));
        QVERIFY(part);
        const QRegularExpression partText(
            QStringLiteral("^Round [12] of 2, [a-z0-9-]+: [a-z ]+ — [0-9,]+ of [0-9,]+$"));
        QTRY_VERIFY_WITH_TIMEOUT(part->isVisible() && partText.match(part->text()).hasMatch(), 60000);
        if (const QString shots = qEnvironmentVariable("STRONGROOM_SCREENSHOT_DIR"); !shots.isEmpty()) {
            // The page's rows and the job dialog while the phases run.
            QTRY_VERIFY_WITH_TIMEOUT(
                page.findChild<ui::PartProgressView *>(QStringLiteral("statementProgress"))->rowCount() >= 8,
                60000);
            page.grab().save(QDir(shots).filePath(QStringLiteral("benchmarks-progress.png")));
            dialog->grab().save(QDir(shots).filePath(QStringLiteral("benchmarks-job-dialog.png")));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!page.sqlCipherResult().isEmpty(), 120000);
        QVERIFY(QTest::qWaitFor([&] { return runner.running().isEmpty(); }, 30000));
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("sqlcipherTable"));
        QCOMPARE(table->rowCount(), 6);
        for (int row = 0; row < table->rowCount(); ++row) {
            QVERIFY(!table->item(row, 0)->text().isEmpty());
            QVERIFY(!table->item(row, 5)->text().isEmpty()); // every setting names its security cost
            // "Cuts the overhead" is never blank: yes, within the noise, or no; a dash for the references.
            const QString effect = table->item(row, 4)->text();
            const QStringList said{QStringLiteral("yes"), QStringLiteral("within the noise"),
                                   QStringLiteral("no, it adds to the overhead")};
            const bool expected = row < 2 ? effect == QStringLiteral("–") : said.contains(effect);
            QVERIFY2(expected, qPrintable(effect));
        }
        // Each variant's phases were rows of the page while they ran, each full at the end.
        const QList<JobPart> rows =
            page.findChild<ui::PartProgressView *>(QStringLiteral("statementProgress"))->shownParts();
        QCOMPARE(rows.size(), 6 * 2 * 5);
        for (const JobPart &row : rows)
            QVERIFY2(row.total > 0 && row.done == row.total, qPrintable(row.name));
        QVERIFY(page.sqlCipherResult().value(QLatin1String("removed")).toBool());
        const QString shots = qEnvironmentVariable("STRONGROOM_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            page.charts()->setCurrentIndex(3);
            QTest::qWait(200);
            page.grab().save(QDir(shots).filePath(QStringLiteral("benchmarks-sqlcipher.png")));
        }
        runner.shutdown();
    }

    // A role that logs in with SCRAM-SHA-256 on a real server: without a password the page says
    // that connection A wants one; with it typed into Password A the run goes; a second connection
    // as another role asks for Password B the same way. The passwords land in no file of the home
    // folder (settings, baselines, audit log).
    void asksForThePasswordAConnectionNeedsAndUsesIt()
    {
        PostgresServer server;
        STRONGROOM_START_POSTGRES(server);
        const QByteArray secretA = "clerk A: s3cret", secretB = "clerk B: 0ther";
        QVERIFY(server.createDatabase(QStringLiteral("ledger")));
        QVERIFY(server
                    .sql(QStringLiteral(
                             "CREATE TABLE entries (id int PRIMARY KEY, memo text);"
                             "INSERT INTO entries SELECT x, 'memo ' || x FROM generate_series(1, 500) x;"
                             "ANALYZE;"),
                         QStringLiteral("ledger"))
                    .ok);
        QVERIFY(server.createRole(QStringLiteral("clerk_a"), secretA));
        QVERIFY(server.createRole(QStringLiteral("clerk_b"), secretB));
        QVERIFY(server
                    .sql(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO clerk_a, clerk_b"),
                         QStringLiteral("ledger"))
                    .ok);

        JobRunner runner;
        ui::JobsIndicator jobs(&runner);
        ui::DatabasesPage databases(&runner, &jobs);
        ui::BenchmarksPage page(&databases, &runner, &jobs);
        page.resize(1000, 760);
        page.show();
        page.findChild<QComboBox *>(QStringLiteral("targetKind"))->setCurrentIndex(1);
        page.findChild<QLineEdit *>(QStringLiteral("connection"))
            ->setText(server.conninfo(QStringLiteral("ledger"), QStringLiteral("clerk_a")));
        page.findChild<QSpinBox *>(QStringLiteral("iterations"))->setValue(10);
        auto *passwordA = page.findChild<ui::SecretLineEdit *>(QStringLiteral("password"));
        auto *passwordB = page.findChild<ui::SecretLineEdit *>(QStringLiteral("againstPassword"));
        QVERIFY(passwordA && passwordB);
        QVERIFY(passwordA->isVisible());
        QVERIFY(!passwordB->isVisible()); // no connection B yet
        auto *run = page.findChild<QPushButton *>(QStringLiteral("run"));
        auto *summary = page.findChild<QLabel *>(QStringLiteral("summary"));
        QVERIFY(summary);

        // Run is disabled while the job runs and enabled again by the page's finished() handler.
        auto runAndWait = [&] {
            QTest::mouseClick(run, Qt::LeftButton);
            return !run->isEnabled() && QTest::qWaitFor([&] { return run->isEnabled(); }, 120000);
        };
        QVERIFY(runAndWait());
        QVERIFY(page.result().isEmpty());
        QVERIFY2(summary->text().contains(QLatin1String("connection A asks for a password")),
                 qPrintable(summary->text()));

        passwordA->setText(QString::fromUtf8(secretA));
        QVERIFY(runAndWait());
        QCOMPARE(page.result().value(QLatin1String("statements")).toArray().size(), 5);
        verifyStatementRows(page, page.result(), 50 + 10);

        page.findChild<QLineEdit *>(QStringLiteral("against"))
            ->setText(server.conninfo(QStringLiteral("ledger"), QStringLiteral("clerk_b")));
        QVERIFY(passwordB->isVisible());
        const QJsonObject first = page.result();
        QVERIFY(runAndWait());
        QCOMPARE(page.result(), first); // no new result
        QVERIFY2(summary->text().contains(QLatin1String("connection B asks for a password")),
                 qPrintable(summary->text()));
        passwordB->setText(QString::fromUtf8(secretA)); // the wrong one
        QVERIFY(runAndWait());
        QVERIFY2(summary->text().contains(QLatin1String("refused the password of connection B")),
                 qPrintable(summary->text()));
        QVERIFY(passwordB->isEmpty()); // emptied for the right one
        passwordB->setText(QString::fromUtf8(secretB));
        QVERIFY(runAndWait());
        QVERIFY(page.result().contains(QLatin1String("against")));
        verifyStatementRows(page, page.result(), 2 * (50 + 10));

        QCOMPARE(filesContaining(m_dir.path(), secretA), QStringList());
        QCOMPARE(filesContaining(m_dir.path(), secretB), QStringList());
        runner.shutdown();
    }

    // The settings table of a run where a setting's effect lay inside the noise says so, in English
    // and in German (last: the German catalogue stays installed).
    void aSettingInsideTheNoiseSaysWithinTheNoise()
    {
        const QJsonObject result{
            {QStringLiteral("noise_percent"), 12.0},
            {QStringLiteral("phases"), QJsonArray{QStringLiteral("full_scan")}},
            {QStringLiteral("variants"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("plain")},
                                    {QStringLiteral("setting"), QStringLiteral("plain SQLite")},
                                    {QStringLiteral("total_ms"), 10.0},
                                    {QStringLiteral("effect"), QJsonValue()}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("cache-64m")},
                                    {QStringLiteral("setting"), QStringLiteral("cache_size = -65536")},
                                    {QStringLiteral("total_ms"), 11.0},
                                    {QStringLiteral("change_vs_defaults_percent"), -5.0},
                                    {QStringLiteral("cuts_overhead"), false},
                                    {QStringLiteral("effect"), QStringLiteral("within_noise")}}}}};
        JobRunner runner;
        ui::JobsIndicator jobs(&runner);
        ui::DatabasesPage databases(&runner, &jobs);
        {
            ui::BenchmarksPage page(&databases, &runner, &jobs);
            page.showSqlCipherResult(result);
            auto *table = page.findChild<QTableWidget *>(QStringLiteral("sqlcipherTable"));
            QCOMPARE(table->item(0, 4)->text(), QStringLiteral("–"));
            QCOMPARE(table->item(1, 4)->text(), QStringLiteral("within the noise"));
        }
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
        ui::BenchmarksPage page(&databases, &runner, &jobs);
        page.showSqlCipherResult(result);
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("sqlcipherTable"));
        QCOMPARE(table->item(1, 4)->text(), QStringLiteral("im Rauschen"));
        QCOMPARE(bench::settingEffectNote(bench::SettingEffect::WithinNoise), QStringLiteral("im Rauschen"));
    }
};

QTEST_MAIN(TestBenchmarksPage)
#include "TestBenchmarksPage.moc"
