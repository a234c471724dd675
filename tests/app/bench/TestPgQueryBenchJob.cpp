#include "bench/Baseline.h"
#include "bench/PgQueryBenchJob.h"
#include "bench/PgWorkload.h"
#include "bench/ResultCsv.h"
#include "core/JobHandle.h"
#include "core/JobRunner.h"
#include "postgres/PgSession.h"
#include "support/PostgresServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace strongroom;
using namespace strongroom::bench;
using namespace strongroom::postgres;

// `bench queries --dbname` on a real PostgreSQL 17 server (tests/support/PostgresServer): the built-in
// set adapted to the largest table (a page and a point lookup by its primary key, count(*), LIKE on
// its text column), :param values drawn from the data with `::` casts left alone, two connections
// compared interleaved in rounds (TLS on against off over TCP; two databases when the TLS server
// cannot start), a workload that writes refused by the read-only session, and Cancel within a
// statement that runs for seconds.
class TestPgQueryBenchJob : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;
    QThreadPool m_pool;
    PostgresServer m_server{PostgresServer::Options{true}};
    QTemporaryDir m_data;

    PgConnection connection(const QString &dbname, const QString &sslmode = QStringLiteral("require")) const
    {
        return *PgConnection::parse(m_server.tlsConninfo(dbname, PostgresServer::superuser(), sslmode));
    }

    JobReport run(const PgQueryBenchRequest &request, std::shared_ptr<PgQueryBenchJob> *keep = nullptr)
    {
        auto job = std::make_shared<PgQueryBenchJob>(request);
        if (keep)
            *keep = job;
        return startDetached(job, &m_pool, {}, AuditLog(m_data.filePath(QStringLiteral("audit.log"))))
            ->waitPolling({}, [] { return false; }, 20);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8()); // baselines go to a private folder
        STRONGROOM_START_POSTGRES(m_server);
        for (const QString &db : {QStringLiteral("shop"), QStringLiteral("shop_twin")}) {
            QVERIFY(m_server.createDatabase(db));
            const PostgresServer::SqlResult made = m_server.sql(
                QStringLiteral(
                    "CREATE TABLE small (k int PRIMARY KEY);"
                    "INSERT INTO small VALUES (1), (2);"
                    "CREATE TABLE items (id bigint PRIMARY KEY, label text NOT NULL, price numeric);"
                    "INSERT INTO items SELECT x, 'label-' || x, x * 1.5 FROM generate_series(1, 3000) x;"
                    "ANALYZE;"),
                db);
            QVERIFY2(made.ok, qPrintable(made.error));
        }
    }

    void theBuiltInSetIsAdaptedToTheLargestTable()
    {
        auto session = PgSession::open(connection(QStringLiteral("shop")));
        QVERIFY2(session.ok(), qPrintable(session.error().message));
        auto set = pgworkload::builtIn(**session);
        QVERIFY(set.ok());
        QStringList names;
        for (const WorkloadStatement &s : *set)
            names.append(s.name);
        QCOMPARE(names, (QStringList{QStringLiteral("select-1"), QStringLiteral("page-100"),
                                     QStringLiteral("point-lookup"), QStringLiteral("count-largest"),
                                     QStringLiteral("like-search")}));
        QCOMPARE(set->at(2).sql, QStringLiteral("SELECT * FROM items WHERE \"id\" = :pk"));
        QVERIFY2(
            set->at(4).sql.startsWith(QLatin1String("SELECT count(*) FROM items WHERE \"label\" LIKE '%")),
            qPrintable(set->at(4).sql));
        // The needle comes from a real value: the search finds rows.
        auto found = (*session)->exec(set->at(4).sql);
        QVERIFY(found.ok());
        QVERIFY(found->int64(0, 0) > 0);
    }

    void parametersAreDrawnFromTheDataAndCastsLeftAlone()
    {
        auto session = PgSession::open(connection(QStringLiteral("shop")));
        QVERIFY(session.ok());
        auto bound = pgworkload::PgBoundStatement::prepare(
            **session, QStringLiteral("SELECT label, ':notaparam' FROM items WHERE id = :id AND label = "
                                      ":label AND price::text <> ''"));
        QVERIFY2(bound.ok(), qPrintable(bound.error().message));
        QCOMPARE(bound->sql(),
                 QStringLiteral("SELECT label, ':notaparam' FROM items WHERE id = $1 AND label = $2 "
                                "AND price::text <> ''"));
        const QStringList values = bound->forIteration(0);
        QCOMPARE(values.size(), 2);
        QVERIFY(values[0].toLongLong() >= 1 && values[0].toLongLong() <= 3000);
        QVERIFY(values[1].startsWith(QLatin1String("label-")));
        QCOMPARE(bound->forIteration(pgworkload::PgBoundStatement::kSequenceLength), values); // repeats

        auto unknown = pgworkload::PgBoundStatement::prepare(
            **session, QStringLiteral("SELECT * FROM items WHERE id = :nope"));
        QVERIFY(!unknown.ok());
        QCOMPARE(int(unknown.error().code), 2);
        QVERIFY2(unknown.error().message.contains(QLatin1String(":nope")),
                 qPrintable(unknown.error().message));
    }

    void twoConnectionsAreComparedInterleavedInRounds()
    {
        PgQueryBenchRequest request;
        request.connection = connection(QStringLiteral("shop"), QStringLiteral("require"));
        request.against = connection(QStringLiteral("shop_twin"), QStringLiteral("disable"));
        request.iterations = 40;
        request.rounds = 4;
        request.warmup = 2;
        request.saveBaseline = QStringLiteral("pg-first");
        std::shared_ptr<PgQueryBenchJob> job;
        const JobReport report = run(request, &job);
        QVERIFY2(report.outcome == JobOutcome::Succeeded,
                 qPrintable(report.error ? report.error->message : QStringLiteral("?")));
        const QJsonObject data = report.data;
        QCOMPARE(data.value(QLatin1String("kind")).toString(), QStringLiteral("postgresql"));
        QVERIFY(data.value(QLatin1String("tls")).toObject().value(QLatin1String("in_use")).toBool());
        QVERIFY(!data.value(QLatin1String("against_tls")).toObject().value(QLatin1String("in_use")).toBool());
        const QJsonArray statements = data.value(QLatin1String("statements")).toArray();
        QCOMPARE(statements.size(), 5);
        for (const QJsonValue &v : statements) {
            const QJsonObject s = v.toObject();
            QCOMPARE(s.value(QLatin1String("target")).toObject().value(QLatin1String("count")).toInt(), 40);
            QCOMPARE(s.value(QLatin1String("against")).toObject().value(QLatin1String("count")).toInt(), 40);
            const QJsonObject overhead = s.value(QLatin1String("overhead")).toObject();
            QCOMPARE(overhead.value(QLatin1String("rounds")).toInt(), 4);
            const QString verdict = overhead.value(QLatin1String("verdict")).toString();
            QVERIFY(overhead.value(QLatin1String("measurable")).toBool() ||
                    verdict == QLatin1String("no measurable difference"));
            QVERIFY(s.value(QLatin1String("target")).toObject().value(QLatin1String("min_us")).toDouble() >
                    0);
        }
        // The progress named every statement in order, and each reached its total: 2 warm-up and 40
        // timed executions on each connection.
        const StepReport &measure = report.steps.at(2);
        QCOMPARE(measure.name, QStringLiteral("Measure"));
        QCOMPARE(measure.parts.size(), statements.size());
        for (qsizetype i = 0; i < statements.size(); ++i) {
            const JobPart &part = measure.parts[i];
            QCOMPARE(part.name, QStringLiteral("Statement %1 of 5: %2")
                                    .arg(i + 1)
                                    .arg(statements[i].toObject().value(QLatin1String("name")).toString()));
            QCOMPARE(part.total, qint64(2 * (2 + 40)));
            QCOMPARE(part.done, part.total);
        }
        // The CSV has a row per statement for A ("target", with the overhead) and B ("against").
        const QList<QByteArray> csv = resultCsv(data).trimmed().split('\n');
        QCOMPARE(csv.size(), 1 + 2 * 5);
        QVERIFY2(csv[1].contains(",target,40,"), csv[1].constData());
        QVERIFY2(csv[2].contains(",against,40,"), csv[2].constData());
        QVERIFY(
            data.value(QLatin1String("baseline_saved")).toString().endsWith(QLatin1String("pg-first.json")));
        QVERIFY(baseline::load(QStringLiteral("pg-first")).ok());
        QFile audit(m_data.filePath(QStringLiteral("audit.log")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        QVERIFY(audit.readAll().contains("bench.queries"));

        // Compared with that baseline: every statement found in it, and the job's count of
        // regressions is the number of statements the comparison marks (the verdict itself depends
        // on this machine's load, TestBaselineComparison checks its arithmetic).
        request.saveBaseline.clear();
        request.compareBaseline = QStringLiteral("pg-first");
        const JobReport again = run(request, &job);
        QCOMPARE(again.outcome, JobOutcome::Succeeded);
        const QJsonObject comparison = again.data.value(QLatin1String("comparison")).toObject();
        const QJsonArray compared = comparison.value(QLatin1String("statements")).toArray();
        QCOMPARE(compared.size(), 5);
        int marked = 0;
        for (const QJsonValue &v : compared)
            marked += v.toObject().value(QLatin1String("regression")).toBool() ? 1 : 0;
        QCOMPARE(job->regressions(), marked);
        QVERIFY(comparison.value(QLatin1String("not_in_baseline")).toArray().isEmpty());
    }

    // A role that logs in with SCRAM-SHA-256: each connection takes its own password (as the page's
    // password fields hand them over); without B's, the job says B wants one, and which connection.
    void eachConnectionTakesItsOwnPassword()
    {
        const QByteArray secretA = "bench A: pw", secretB = "bench B: other pw";
        QVERIFY(m_server.createRole(QStringLiteral("bench_a"), secretA));
        QVERIFY(m_server.createRole(QStringLiteral("bench_b"), secretB));
        for (const QString &db : {QStringLiteral("shop"), QStringLiteral("shop_twin")})
            QVERIFY(
                m_server
                    .sql(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO bench_a, bench_b"),
                         db)
                    .ok);
        PgQueryBenchRequest request;
        request.connection =
            *PgConnection::parse(m_server.conninfo(QStringLiteral("shop"), QStringLiteral("bench_a")));
        request.against =
            *PgConnection::parse(m_server.conninfo(QStringLiteral("shop_twin"), QStringLiteral("bench_b")));
        request.password = PgPassword{KeyMaterial(QCA::SecureArray(secretA)), QStringLiteral("test A")};
        request.statements = {{QStringLiteral("count"), QStringLiteral("SELECT count(*) FROM items")}};
        request.iterations = 4;
        request.rounds = 2;
        request.warmup = 1;

        std::shared_ptr<PgQueryBenchJob> job;
        JobReport report = run(request, &job);
        QCOMPARE(report.outcome, JobOutcome::Failed);
        QCOMPARE(report.error->kind, QStringLiteral("password-required"));
        QCOMPARE(job->failedConnection(), PgQueryBenchJob::Connection::Against);
        QVERIFY2(report.error->message.startsWith(QLatin1String("Connection B (")),
                 qPrintable(report.error->message));

        request.againstPassword =
            PgPassword{KeyMaterial(QCA::SecureArray(secretA)), QStringLiteral("test B")};
        report = run(request, &job);
        QCOMPARE(report.outcome, JobOutcome::Failed);
        QCOMPARE(report.error->kind, QStringLiteral("authentication-failed"));
        QCOMPARE(job->failedConnection(), PgQueryBenchJob::Connection::Against);

        request.againstPassword =
            PgPassword{KeyMaterial(QCA::SecureArray(secretB)), QStringLiteral("test B")};
        report = run(request, &job);
        QVERIFY2(report.outcome == JobOutcome::Succeeded,
                 qPrintable(report.error ? report.error->message : QStringLiteral("cancelled")));
        QCOMPARE(job->failedConnection(), PgQueryBenchJob::Connection::None);
        const QJsonObject statement =
            report.data.value(QLatin1String("statements")).toArray().first().toObject();
        QCOMPARE(statement.value(QLatin1String("target")).toObject().value(QLatin1String("count")).toInt(),
                 4);
        QCOMPARE(statement.value(QLatin1String("against")).toObject().value(QLatin1String("count")).toInt(),
                 4);

        request.password = {};
        report = run(request, &job);
        QCOMPARE(report.outcome, JobOutcome::Failed);
        QCOMPARE(report.error->kind, QStringLiteral("password-required"));
        QCOMPARE(job->failedConnection(), PgQueryBenchJob::Connection::Target);
    }

    void aWorkloadCannotWrite()
    {
        PgQueryBenchRequest request;
        request.connection = connection(QStringLiteral("shop"));
        request.statements = {{QStringLiteral("insert"), QStringLiteral("INSERT INTO small VALUES (99)")}};
        request.iterations = 1;
        request.rounds = 1;
        request.warmup = 0;
        const JobReport report = run(request);
        QCOMPARE(report.outcome, JobOutcome::Failed);
        QVERIFY2(report.error->message.contains(QLatin1String("read-only")),
                 qPrintable(report.error->message));
        QCOMPARE(m_server.sql(QStringLiteral("SELECT count(*) FROM small"), QStringLiteral("shop")).value(),
                 QStringLiteral("2"));
    }

    void cancelStopsALongStatementPromptly()
    {
        PgQueryBenchRequest request;
        request.connection = connection(QStringLiteral("shop"));
        request.statements = {{QStringLiteral("sleep"), QStringLiteral("SELECT pg_sleep(30)")}};
        request.iterations = 2;
        request.rounds = 1;
        request.warmup = 0;
        auto handle = startDetached(std::make_shared<PgQueryBenchJob>(request), &m_pool);
        QTest::qWait(1500); // connected and inside pg_sleep
        QElapsedTimer sinceCancel;
        const JobReport report = handle->waitPolling(
            {},
            [&] {
                if (!sinceCancel.isValid())
                    sinceCancel.start();
                return true;
            },
            10);
        qInfo("ended %lld ms after the cancel", sinceCancel.elapsed());
        QCOMPARE(report.outcome, JobOutcome::Cancelled);
        QVERIFY2(sinceCancel.elapsed() < 1000,
                 "cancel honoured within 200 ms (1 s allowed on a loaded machine)");
    }
};

QTEST_GUILESS_MAIN(TestPgQueryBenchJob)
#include "TestPgQueryBenchJob.moc"
