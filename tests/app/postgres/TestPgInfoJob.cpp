#include "core/JobHandle.h"
#include "core/JobRunner.h"
#include "postgres/PgInfoJob.h"
#include "postgres/PgRowCounter.h"
#include "postgres/PgSnapshot.h"
#include "support/PostgresServer.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <atomic>

using namespace strongroom;
using namespace strongroom::postgres;

// PgInfoJob and PgRowCounter against a real PostgreSQL 17 server with a small shop database: the
// server's facts and settings as the server reports them, every table with its table, TOAST and
// index bytes largest first, exact counts equal to the rows inserted, counts in an exported
// snapshot unchanged by rows committed afterwards, and two tables a writer fills in the same
// transactions counted equal while the writer keeps writing (which only one shared snapshot
// guarantees); a blocked count and a count slow by itself cancelled within 200 ms as the Cancelled
// outcome; TLS on and off over TCP.
class TestPgInfoJob : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;
    PostgresServer m_server;
    std::unique_ptr<PostgresServer> m_tlsServer;
    QThreadPool m_pool;

    PgConnection shop() const { return *PgConnection::parse(m_server.conninfo(QStringLiteral("shop"))); }
    // slowreader, for whom every row of slow_rows sleeps 20 ms.
    PgConnection slowreader() const
    {
        return *PgConnection::parse(m_server.conninfo(QStringLiteral("shop"), QStringLiteral("slowreader")));
    }
    static PgPassword slowreaderPassword()
    {
        return PgPassword{KeyMaterial(QCA::SecureArray("slow: pw")), {}};
    }

    // After a cancel: the server stopped counting, no query of slowreader's is still running.
    bool slowreaderRunsNoQueryWithin2s() const
    {
        return QTest::qWaitFor(
            [&] {
                return m_server
                           .sql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = "
                                               "'slowreader' AND state = 'active'"))
                           .value() == QLatin1String("0");
            },
            2000);
    }

    JobReport
    run(std::shared_ptr<PgInfoJob> job, const std::function<bool()> &cancelWhen = [] { return false; })
    {
        return startDetached(std::move(job), &m_pool)
            ->waitPolling([](const JobProgress &, const QStringList &) {}, cancelWhen, 20);
    }

    static const PgTableInfo *find(const PgServerInfo &info, const QString &schema, const QString &name)
    {
        for (const PgTableInfo &t : info.tables) {
            if (t.table.schema == schema && t.table.name == name)
                return &t;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        STRONGROOM_START_POSTGRES(m_server);
        QVERIFY(m_server.createDatabase(QStringLiteral("shop")));
        const auto made = m_server.sql(QStringLiteral(R"(
            CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL, email text UNIQUE);
            INSERT INTO customers (name, email) SELECT 'customer ' || i, 'c' || i || '@example.org'
              FROM generate_series(1, 3000) i;
            CREATE TABLE documents (id int PRIMARY KEY, body text);
            ALTER TABLE documents ALTER COLUMN body SET STORAGE EXTERNAL;
            INSERT INTO documents SELECT i, repeat(md5(i::text), 400) FROM generate_series(1, 200) i;
            CREATE SCHEMA sales;
            CREATE TABLE sales."Order Lines" (id bigint, qty int);
            INSERT INTO sales."Order Lines" SELECT i, i % 7 FROM generate_series(1, 50000) i;
            CREATE TABLE empty_one (x int);
            CREATE TABLE ledger (id bigserial PRIMARY KEY, amount int);
            CREATE TABLE ledger_mirror (id bigint PRIMARY KEY, amount int);
            INSERT INTO ledger (amount) SELECT i FROM generate_series(1, 100000) i;
            INSERT INTO ledger_mirror SELECT id, amount FROM ledger;
            CREATE TABLE payroll (id int, salary int);
            INSERT INTO payroll SELECT i, 1000 * i FROM generate_series(1, 40) i;
            -- Counting slow_rows as slowreader takes 20 s: every row passes a policy that sleeps.
            CREATE TABLE slow_rows (id int);
            INSERT INTO slow_rows SELECT i FROM generate_series(1, 1000) i;
            ALTER TABLE slow_rows ENABLE ROW LEVEL SECURITY;
            CREATE POLICY slow ON slow_rows USING (current_user <> 'slowreader' OR pg_sleep(0.02) IS NOT NULL);
            ANALYZE;)"),
                                       QStringLiteral("shop"));
        QVERIFY2(made.ok, qPrintable(made.error));
        QVERIFY(m_server.createRole(QStringLiteral("reader"), "reader: pw"));
        QVERIFY(m_server.createRole(QStringLiteral("slowreader"), "slow: pw"));
        QVERIFY(m_server
                    .sql(QStringLiteral(
                             "GRANT USAGE ON SCHEMA sales TO reader; "
                             "GRANT SELECT ON ALL TABLES IN SCHEMA public, sales TO reader; "
                             "REVOKE SELECT ON payroll FROM reader; GRANT SELECT ON slow_rows TO slowreader"),
                         QStringLiteral("shop"))
                    .ok);
    }

    JobReport runAs(const QString &role, const QByteArray &password, std::shared_ptr<PgInfoJob> &job)
    {
        job = std::make_shared<PgInfoJob>(
            PgInfoJob::Request{*PgConnection::parse(m_server.conninfo(QStringLiteral("shop"), role)),
                               PgPassword{KeyMaterial(QCA::SecureArray(password)), {}}, true, 4});
        return run(job);
    }

    void reportsTheServersFactsAndSettings()
    {
        auto job = std::make_shared<PgInfoJob>(PgInfoJob::Request{shop(), {}, false, 4});
        const JobReport report = run(job);
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->message : QString()));
        const PgServerInfo info = job->info();
        QVERIFY2(info.serverVersion.startsWith(QLatin1String("17")), qPrintable(info.serverVersion));
        QCOMPARE(info.serverVersionNumber / 10000, 17);
        QCOMPARE(info.database, QStringLiteral("shop"));
        QCOMPARE(info.encoding, QStringLiteral("UTF8"));
        QCOMPARE(info.passwordEncryption, m_server.sql(QStringLiteral("SHOW password_encryption")).value());
        QCOMPARE(info.ssl, QStringLiteral("off"));
        QCOMPARE(info.sslMinProtocol, m_server.sql(QStringLiteral("SHOW ssl_min_protocol_version")).value());
        QCOMPARE(info.databaseBytes,
                 m_server.sql(QStringLiteral("SELECT pg_database_size('shop')")).value().toLongLong());
        QVERIFY(info.tls.socket);
        QVERIFY(!info.tls.inUse);
        QCOMPARE(info.dataDirectory, m_server.dataDir());
        // The test server's folder is on whatever holds /tmp here; the probe says something definite
        // about that file system or why it cannot (tmpfs is not a block device).
        QCOMPARE(info.storage.mountPoint.isEmpty(), false);
        QVERIFY2(info.storage.state != StorageEncryption::State::Unknown || !info.storage.reason.isEmpty(),
                 qPrintable(info.storage.describe()));
        const QJsonObject json = report.data;
        QCOMPARE(json.value(QStringLiteral("database")).toString(), QStringLiteral("shop"));
        QCOMPARE(json.value(QStringLiteral("settings")).toObject().value(QStringLiteral("ssl")).toString(),
                 QStringLiteral("off"));
        QVERIFY(json.value(QStringLiteral("tls")).toObject().contains(QStringLiteral("sslmode")));
    }

    void listsEveryTableWithItsSizesLargestFirst()
    {
        auto job = std::make_shared<PgInfoJob>(PgInfoJob::Request{shop(), {}, false, 4});
        QVERIFY(!run(job).error);
        const PgServerInfo info = job->info();
        QCOMPARE(info.tables.size(), 8);
        for (qsizetype i = 1; i < info.tables.size(); ++i)
            QVERIFY2(info.tables[i - 1].totalBytes() >= info.tables[i].totalBytes(),
                     qPrintable(info.tables[i].table.displayName()));
        // Each number is the server's own.
        for (const PgTableInfo &t : info.tables) {
            const QString oid = QStringLiteral("'%1.%2'::regclass")
                                    .arg(t.table.schema, QStringLiteral("\"%1\"").arg(t.table.name));
            QCOMPARE(t.totalBytes(), m_server
                                         .sql(QStringLiteral("SELECT pg_total_relation_size(%1)").arg(oid),
                                              QStringLiteral("shop"))
                                         .value()
                                         .toLongLong());
            QCOMPARE(
                t.indexBytes,
                m_server.sql(QStringLiteral("SELECT pg_indexes_size(%1)").arg(oid), QStringLiteral("shop"))
                    .value()
                    .toLongLong());
        }
        const PgTableInfo *documents = find(info, QStringLiteral("public"), QStringLiteral("documents"));
        QVERIFY(documents);
        QVERIFY2(documents->toastBytes > 200 * 12800 / 2, "the documents' bodies are in TOAST");
        const PgTableInfo *lines = find(info, QStringLiteral("sales"), QStringLiteral("Order Lines"));
        QVERIFY(lines);
        QCOMPARE(lines->estimatedRows, 50000);
        QCOMPARE(lines->indexBytes, 0);
        QCOMPARE(lines->exactRows, -1);
        const PgTableInfo *empty = find(info, QStringLiteral("public"), QStringLiteral("empty_one"));
        QVERIFY(empty);
        QCOMPARE(empty->totalBytes(), 0);
    }

    void exactCountsEqualTheRowsInserted()
    {
        auto job = std::make_shared<PgInfoJob>(PgInfoJob::Request{shop(), {}, true, 3});
        const JobReport report = run(job);
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->message : QString()));
        const PgServerInfo info = job->info();
        QVERIFY(info.exactCounts);
        QVERIFY(!info.snapshot.isEmpty());
        QCOMPARE(find(info, QStringLiteral("public"), QStringLiteral("customers"))->exactRows, 3000);
        QCOMPARE(find(info, QStringLiteral("public"), QStringLiteral("documents"))->exactRows, 200);
        QCOMPARE(find(info, QStringLiteral("sales"), QStringLiteral("Order Lines"))->exactRows, 50000);
        QCOMPARE(find(info, QStringLiteral("public"), QStringLiteral("empty_one"))->exactRows, 0);
        QCOMPARE(report.steps.size(), 4);
        QCOMPARE(report.steps.last().done, 8);
    }

    void countsInASnapshotIgnoreRowsCommittedAfterIt()
    {
        auto exporter = PgSession::open(shop());
        QVERIFY(exporter.ok());
        const Result<QString> id = snapshot::exportFrom(**exporter);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        QVERIFY(
            m_server
                .sql(QStringLiteral("INSERT INTO customers (name) SELECT 'late' FROM generate_series(1, 77); "
                                    "DELETE FROM documents WHERE id <= 10"),
                     QStringLiteral("shop"))
                .ok);
        PgRowCounter counter(shop(), {}, 2);
        const QList<PgTableRef> tables{{QStringLiteral("public"), QStringLiteral("customers")},
                                       {QStringLiteral("public"), QStringLiteral("documents")}};
        const Result<QList<qint64>> counts = counter.count(id.value(), tables);
        QVERIFY2(counts.ok(), qPrintable(counts.error().message));
        QCOMPARE(counts.value(), (QList<qint64>{3000, 200}));
        // Outside the snapshot the rows are there: the counts above are the snapshot's, not stale.
        (*exporter)->exec(QStringLiteral("COMMIT"));
        QCOMPARE(counter.count(*snapshot::exportFrom(**exporter), tables).value(),
                 (QList<qint64>{3077, 190}));
        QVERIFY(m_server
                    .sql(QStringLiteral("DELETE FROM customers WHERE name = 'late'; "
                                        "INSERT INTO documents SELECT i, repeat(md5(i::text), 400) "
                                        "FROM generate_series(1, 10) i"),
                         QStringLiteral("shop"))
                    .ok);
    }

    // ledger and ledger_mirror get one row each in every transaction the writer commits. Counted in
    // separate sessions at separate moments they would differ; in one snapshot they are equal.
    void concurrentWritesDoNotChangeTheSnapshotsCounts()
    {
        std::atomic<bool> stop{false};
        std::atomic<int> written{0};
        const QString conninfo = m_server.conninfo(QStringLiteral("shop"));
        std::unique_ptr<QThread> writer(QThread::create([&] {
            auto session = PgSession::open(*PgConnection::parse(conninfo));
            if (!session)
                return;
            while (!stop) {
                (*session)->exec(
                    QStringLiteral("WITH n AS (INSERT INTO ledger (amount) VALUES (1) RETURNING id, amount) "
                                   "INSERT INTO ledger_mirror SELECT id, amount FROM n"));
                ++written;
            }
        }));
        writer->start();
        while (written < 20)
            QThread::msleep(5);
        for (int round = 0; round < 3; ++round) {
            auto job = std::make_shared<PgInfoJob>(PgInfoJob::Request{shop(), {}, true, 4});
            const JobReport report = run(job);
            QVERIFY2(!report.error, qPrintable(report.error ? report.error->message : QString()));
            const qint64 ledger =
                find(job->info(), QStringLiteral("public"), QStringLiteral("ledger"))->exactRows;
            const qint64 mirror =
                find(job->info(), QStringLiteral("public"), QStringLiteral("ledger_mirror"))->exactRows;
            QVERIFY(ledger >= 100000);
            QCOMPARE(ledger, mirror);
        }
        const int before = written;
        QThread::msleep(50);
        stop = true;
        writer->wait();
        QVERIFY2(written > before, "the writer was not writing while the counts ran");
    }

    void cancelStopsABlockedCountWithin200ms()
    {
        auto exporter = PgSession::open(shop());
        QVERIFY(exporter.ok());
        const Result<QString> id = snapshot::exportFrom(**exporter);
        QVERIFY(id.ok());
        // Another session holds the table locked: count(*) waits for the lock until cancelled.
        auto locker = PgSession::open(shop());
        QVERIFY(locker.ok());
        QVERIFY((*locker)->exec(QStringLiteral("BEGIN; LOCK TABLE customers IN ACCESS EXCLUSIVE MODE")).ok());
        PgRowCounter counter(shop(), {}, 2);
        QElapsedTimer clock;
        clock.start();
        qint64 askedAt = -1;
        const Result<QList<qint64>> counts =
            counter.count(id.value(),
                          {{QStringLiteral("public"), QStringLiteral("documents")},
                           {QStringLiteral("public"), QStringLiteral("customers")}},
                          WorkProgress::cancelledWhen([&] {
                              if (clock.elapsed() < 500)
                                  return false;
                              if (askedAt < 0)
                                  askedAt = clock.elapsed();
                              return true;
                          }));
        const qint64 endedAt = clock.elapsed();
        QVERIFY(counts.cancelled());
        QVERIFY(askedAt >= 500);
        QVERIFY2(endedAt - askedAt < 200, qPrintable(QString::number(endedAt - askedAt)));
        (*locker)->exec(QStringLiteral("ROLLBACK"));
    }

    // Not a count waiting for a lock but one that is slow by itself, inside the imported snapshot:
    // for slowreader every row of slow_rows sleeps 20 ms (20 s in all). A cancel of the counter's
    // WorkProgress ends both running counts with the Cancelled outcome (not an error) within 200 ms,
    // the server stops counting, and no table was reported counted.
    void cancelInsideALongCountIsTheCancelledOutcomeWithin200ms()
    {
        auto exporter = PgSession::open(slowreader(), slowreaderPassword());
        QVERIFY2(exporter.ok(), qPrintable(exporter.error().message));
        const Result<QString> id = snapshot::exportFrom(**exporter);
        QVERIFY(id.ok());
        PgRowCounter counter(slowreader(), slowreaderPassword(), 2);
        QElapsedTimer clock;
        clock.start();
        qint64 askedAt = -1;
        qint64 reported = 0;
        const WorkProgress work(WorkProgress::Hooks{[&](qint64 done, qint64) { reported = done; },
                                                    [&] {
                                                        if (clock.elapsed() < 500)
                                                            return false;
                                                        if (askedAt < 0)
                                                            askedAt = clock.elapsed();
                                                        return true;
                                                    },
                                                    {},
                                                    {}});
        const PgTableRef slowRows{QStringLiteral("public"), QStringLiteral("slow_rows")};
        const Result<QList<qint64>> counts = counter.count(id.value(), {slowRows, slowRows}, work);
        const qint64 endedAt = clock.elapsed();
        QVERIFY(counts.cancelled());
        QVERIFY(askedAt >= 500);
        QVERIFY2(endedAt - askedAt < 200, qPrintable(QString::number(endedAt - askedAt)));
        QCOMPARE(reported, 0);
        (*exporter)->exec(QStringLiteral("COMMIT"));
        QVERIFY(slowreaderRunsNoQueryWithin2s());
    }

    void cancelledJobEndsAsCancelled()
    {
        // slow_rows takes slowreader 20 s to count: the job is in its count when cancelled.
        auto job =
            std::make_shared<PgInfoJob>(PgInfoJob::Request{slowreader(), slowreaderPassword(), true, 2});
        auto handle = startDetached(job, &m_pool);
        QVERIFY(QTest::qWaitFor([&] { return handle->progress().step >= 3 || handle->isFinished(); }, 20000));
        QVERIFY(!handle->isFinished());
        QElapsedTimer clock;
        clock.start();
        const JobReport report = handle->waitPolling([](const JobProgress &, const QStringList &) {},
                                                     [&] { return clock.elapsed() > 300; }, 20);
        QCOMPARE(report.outcome, JobOutcome::Cancelled);
        QVERIFY(!report.error);
        QVERIFY2(clock.elapsed() < 300 + 400, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(slowreaderRunsNoQueryWithin2s());
    }

    void anOrdinaryRoleCountsWhatItMayRead()
    {
        std::shared_ptr<PgInfoJob> job;
        const JobReport report = runAs(QStringLiteral("reader"), "reader: pw", job);
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->message : QString()));
        const PgServerInfo info = job->info();
        QCOMPARE(info.user, QStringLiteral("reader"));
        QCOMPARE(info.dataDirectory, QString()); // not shown to it: storage unknown, with the reason
        QCOMPARE(info.storage.state, StorageEncryption::State::Unknown);
        QVERIFY(info.storage.reason.contains(QLatin1String("pg_read_all_settings")));
        QCOMPARE(find(info, QStringLiteral("public"), QStringLiteral("customers"))->exactRows, 3000);
        const PgTableInfo *payroll = find(info, QStringLiteral("public"), QStringLiteral("payroll"));
        QVERIFY(payroll && !payroll->readable);
        QCOMPARE(payroll->exactRows, -1);
        QVERIFY(payroll->tableBytes > 0); // sizes need no privilege
        QVERIFY2(report.details.join(QLatin1Char('\n')).contains(QLatin1String("public.payroll")),
                 qPrintable(report.details.join(QLatin1Char('\n'))));
    }

    void tlsStatusOverTcp_data()
    {
        QTest::addColumn<QString>("sslmode");
        QTest::addColumn<bool>("inUse");
        QTest::addColumn<bool>("verified");
        QTest::newRow("disable") << "disable" << false << false;
        QTest::newRow("require") << "require" << true << false;
        QTest::newRow("verify-full") << "verify-full" << true << true;
    }
    void tlsStatusOverTcp()
    {
        QFETCH(QString, sslmode);
        QFETCH(bool, inUse);
        QFETCH(bool, verified);
        if (!m_tlsServer) {
            m_tlsServer = std::make_unique<PostgresServer>(PostgresServer::Options{true});
            STRONGROOM_START_POSTGRES(*m_tlsServer);
        }
        PostgresServer &tlsServer = *m_tlsServer;
        QString conninfo =
            tlsServer.tlsConninfo(QStringLiteral("postgres"), PostgresServer::superuser(), sslmode);
        if (sslmode == QLatin1String("verify-full"))
            conninfo += QStringLiteral(" sslrootcert=") + tlsServer.certificatePath();
        auto job =
            std::make_shared<PgInfoJob>(PgInfoJob::Request{*PgConnection::parse(conninfo), {}, false, 1});
        const JobReport report = run(job);
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->message : QString()));
        const PgTlsStatus tls = job->info().tls;
        QVERIFY(!tls.socket);
        QCOMPARE(tls.inUse, inUse);
        QCOMPARE(tls.sslmode, sslmode);
        QCOMPARE(tls.certificateVerified() && tls.inUse, verified);
        QCOMPARE(job->info().ssl, QStringLiteral("on"));
        if (inUse) {
            QVERIFY2(tls.protocol.startsWith(QLatin1String("TLSv1.")), qPrintable(tls.protocol));
            QVERIFY(!tls.cipher.isEmpty());
            QVERIFY(tls.keyBits >= 128);
        }
    }
};

QTEST_GUILESS_MAIN(TestPgInfoJob)
#include "TestPgInfoJob.moc"
