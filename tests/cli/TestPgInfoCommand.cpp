#include "support/CliProcess.h"
#include "support/PostgresServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

// `pg info` through the real strongroom-cli against a real PostgreSQL 17 server, as scripts use it:
// the JSON fields and the tables largest first, exact counts, the human table, each password option
// (environment, file, stdin) for a role that needs one, and the exit codes of docs/cli.md with
// libpq's reason: 7 for a server that is not there, 3 for a wrong or missing password, 2 for a
// password inside the connection string (which is then not echoed) or no --dbname.
class TestPgInfoCommand : public QObject
{
    Q_OBJECT
    PostgresServer m_server;
    QTemporaryDir m_dir;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    const QByteArray m_password = "cli: right horse";

    CliRun cli(const QStringList &args, const QByteArray &input = {},
               const QProcessEnvironment &env = QProcessEnvironment()) const
    {
        return runCli(args, input, env.isEmpty() ? m_env : env);
    }

    static QJsonObject json(const CliRun &run) { return jsonOf(run); }

private Q_SLOTS:
    void initTestCase()
    {
        STRONGROOM_START_POSTGRES(m_server);
        QVERIFY(m_server.createDatabase(QStringLiteral("shop")));
        QVERIFY(m_server.createRole(QStringLiteral("clerk"), m_password));
        const auto made = m_server.sql(
            QStringLiteral("CREATE TABLE small (x int); INSERT INTO small VALUES (1), (2);"
                           "CREATE TABLE big (id int PRIMARY KEY, t text);"
                           "INSERT INTO big SELECT i, md5(i::text) FROM generate_series(1, 20000) i;"
                           "GRANT SELECT ON small, big TO clerk; ANALYZE;"),
            QStringLiteral("shop"));
        QVERIFY2(made.ok, qPrintable(made.error));
        // Counting slow_rows takes slowreader 20 s: every row passes a policy that sleeps.
        QVERIFY(m_server.createRole(QStringLiteral("slowreader"), "slow: pw"));
        const auto slow = m_server.sql(
            QStringLiteral(
                "CREATE TABLE slow_rows (id int); INSERT INTO slow_rows SELECT generate_series(1, 1000);"
                "ALTER TABLE slow_rows ENABLE ROW LEVEL SECURITY;"
                "CREATE POLICY slow ON slow_rows USING (pg_sleep(0.02) IS NOT NULL);"
                "GRANT SELECT ON slow_rows TO slowreader;"),
            QStringLiteral("shop"));
        QVERIFY2(slow.ok, qPrintable(slow.error));
        // No ~/.pgpass of the machine's user decides a password test.
        m_env.insert(QStringLiteral("HOME"), m_dir.path());
        m_env.insert(QStringLiteral("PGPASSFILE"), m_dir.filePath(QStringLiteral("no-pgpass")));
    }

    void jsonHasTheFactsAndTablesLargestFirst()
    {
        const CliRun run = cli({QStringLiteral("pg"), QStringLiteral("info"), QStringLiteral("--dbname"),
                                m_server.conninfo(QStringLiteral("shop")), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject info = json(run);
        QCOMPARE(info.value(QStringLiteral("database")).toString(), QStringLiteral("shop"));
        QVERIFY(info.value(QStringLiteral("server_version")).toString().startsWith(QLatin1String("17")));
        QCOMPARE(info.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF8"));
        QVERIFY(info.value(QStringLiteral("database_bytes")).toInteger() > 0);
        const QJsonObject settings = info.value(QStringLiteral("settings")).toObject();
        for (const char *key : {"password_encryption", "ssl", "ssl_min_protocol_version"})
            QVERIFY2(!settings.value(QLatin1String(key)).toString().isEmpty(), key);
        QCOMPARE(info.value(QStringLiteral("tls")).toObject().value(QStringLiteral("socket")).toBool(), true);
        QVERIFY(info.value(QStringLiteral("storage")).toObject().contains(QStringLiteral("state")));
        const QJsonArray tables = info.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.size(), 3);
        QCOMPARE(tables[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("big"));
        QCOMPARE(tables[0].toObject().value(QStringLiteral("estimated_rows")).toInteger(), 20000);
        QVERIFY(tables[0].toObject().value(QStringLiteral("index_bytes")).toInteger() > 0);
        QVERIFY(!tables[0].toObject().contains(QStringLiteral("exact_rows")));
        QCOMPARE(info.value(QStringLiteral("exact_counts")).toBool(), false);
    }

    void exactCountsInJsonAndText()
    {
        const QStringList args{QStringLiteral("pg"), QStringLiteral("info"), QStringLiteral("--dbname"),
                               m_server.conninfo(QStringLiteral("shop")), QStringLiteral("--exact")};
        const CliRun run = cli(args + QStringList{QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject info = json(run);
        QCOMPARE(info.value(QStringLiteral("exact_counts")).toBool(), true);
        QVERIFY(!info.value(QStringLiteral("snapshot")).toString().isEmpty());
        const QJsonArray tables = info.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables[0].toObject().value(QStringLiteral("exact_rows")).toInteger(), 20000);
        QCOMPARE(tables[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("slow_rows"));
        QCOMPARE(tables[1].toObject().value(QStringLiteral("exact_rows")).toInteger(), 1000);
        QCOMPARE(tables[2].toObject().value(QStringLiteral("exact_rows")).toInteger(), 2);

        const CliRun text = cli(args);
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("TABLE") && text.out.contains("public.big") && text.out.contains("20000"),
                 text.out.constData());
        QVERIFY(text.out.contains("Snapshot"));
    }

    void everyPasswordOptionLogsIn_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("environment") << "--password-env";
        QTest::newRow("file") << "--password-file";
        QTest::newRow("stdin") << "--password-stdin";
    }
    void everyPasswordOptionLogsIn()
    {
        QFETCH(QString, option);
        QStringList args{QStringLiteral("pg"),
                         QStringLiteral("info"),
                         QStringLiteral("--json"),
                         QStringLiteral("--dbname"),
                         m_server.conninfo(QStringLiteral("shop"), QStringLiteral("clerk")),
                         option};
        QProcessEnvironment env = m_env;
        QByteArray input;
        if (option == QLatin1String("--password-env")) {
            env.insert(QStringLiteral("CLERK_PW"), QString::fromUtf8(m_password));
            args << QStringLiteral("CLERK_PW");
        } else if (option == QLatin1String("--password-file")) {
            const QString file = m_dir.filePath(QStringLiteral("pw"));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(m_password + '\n');
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            args << file;
        } else {
            input = m_password + '\n';
        }
        const CliRun run = cli(args, input, env);
        QVERIFY2(run.exitCode == 0, QByteArray(run.err + run.out).constData());
        const QJsonObject info = json(run);
        QCOMPARE(info.value(QStringLiteral("user")).toString(), QStringLiteral("clerk"));
        // An ordinary role may not read every setting or the data directory: said, not failed.
        QVERIFY(info.value(QStringLiteral("settings"))
                    .toObject()
                    .value(QStringLiteral("ssl_min_protocol_version"))
                    .isNull());
        QCOMPARE(info.value(QStringLiteral("data_directory")).toString(), QString());
        QCOMPARE(info.value(QStringLiteral("storage")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("unknown"));
        QCOMPARE(info.value(QStringLiteral("tables")).toArray().size(), 3);
        QVERIFY(!run.out.contains(m_password) && !run.err.contains(m_password));
    }

    void failuresExitWithTheDocumentedCodes_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says");
        const QString clerk = m_server.conninfo(QStringLiteral("shop"), QStringLiteral("clerk"));
        QTest::newRow("no server at that socket")
            << QStringList{} << QStringLiteral("host=%1 port=6543 dbname=shop").arg(m_dir.path())
            << QByteArray() << 7 << "connection-failed" << "No such file or directory";
        QTest::newRow("nothing listening on TCP")
            << QStringList{} << QStringLiteral("host=127.0.0.1 port=1 dbname=shop connect_timeout=5")
            << QByteArray() << 7 << "connection-failed" << "Connection refused";
        QTest::newRow("wrong password") << QStringList{QStringLiteral("--password-stdin")} << clerk
                                        << QByteArray("wrong\n") << 3 << "authentication-failed"
                                        << "password authentication failed";
        QTest::newRow("no password") << QStringList{} << clerk << QByteArray() << 3 << "password-required"
                                     << "--password-env";
        QTest::newRow("password in the connection string")
            << QStringList{} << QStringLiteral("postgresql://clerk:hunter2@localhost/shop") << QByteArray()
            << 2 << "usage" << "contains a password";
        QTest::newRow("no such database") << QStringList{} << m_server.conninfo(QStringLiteral("nope"))
                                          << QByteArray() << 7 << "connection-failed" << "does not exist";
    }
    void failuresExitWithTheDocumentedCodes()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, conninfo);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, kind);
        QFETCH(QString, says);
        const CliRun run = cli(QStringList{QStringLiteral("pg"), QStringLiteral("info"),
                                           QStringLiteral("--json"), QStringLiteral("--dbname"), conninfo} +
                                   extra,
                               input);
        QCOMPARE(run.exitCode, exitCode);
        const QJsonObject error = json(run).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), kind);
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(says), run.out.constData());
        QVERIFY2(!run.out.contains("hunter2") && !run.err.contains("hunter2"), "the password was echoed");

        // Without --json the message goes to stderr.
        const CliRun text = cli(
            QStringList{QStringLiteral("pg"), QStringLiteral("info"), QStringLiteral("--dbname"), conninfo} +
                extra,
            input);
        QCOMPARE(text.exitCode, exitCode);
        QVERIFY2(text.err.contains(says.toUtf8()), text.err.constData());
    }

    // Ctrl-C while the exact counts run: exit 130 at once, and the server's query is stopped too.
    void interruptStopsTheCountsWithExit130()
    {
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("SLOW_PW"), QStringLiteral("slow: pw"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(strongroomBinary(QStringLiteral("strongroom-cli")),
                {QStringLiteral("pg"), QStringLiteral("info"), QStringLiteral("--exact"),
                 QStringLiteral("--dbname"),
                 m_server.conninfo(QStringLiteral("shop"), QStringLiteral("slowreader")),
                 QStringLiteral("--password-env"), QStringLiteral("SLOW_PW")});
        QVERIFY(p.waitForStarted());
        QVERIFY(!p.waitForFinished(1500)); // 20 s of counting ahead
        QElapsedTimer clock;
        clock.start();
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(5000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return m_server
                           .sql(QStringLiteral(
                               "SELECT count(*) FROM pg_stat_activity WHERE usename = 'slowreader'"))
                           .value() == QLatin1String("0");
            },
            2000));
    }

    void withoutDbnameIsAUsageError()
    {
        const CliRun run = cli({QStringLiteral("pg"), QStringLiteral("info")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--dbname"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestPgInfoCommand)
#include "TestPgInfoCommand.moc"
