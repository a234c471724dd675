#include "support/CliProcess.h"
#include "support/PostgresServer.h"
#include "support/SqlCipherShell.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <csignal>
#include <sys/stat.h>

// `bench queries` through the real strongroom-cli, as CI runs it: the JSON fields scripts read; the
// decrypted twin living only in a private folder beside the database and gone afterwards, also after Ctrl-C
// (exit 130); baselines saved privately and compared, exit 9 exactly when a statement is slower
// beyond the threshold and the noise; CSV output; and the usage errors of docs/cli.md (2), a missing
// baseline (1) and a wrong key (3). Inputs are made with the `sqlcipher` shell.
class TestBenchCommands : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();

    static constexpr const char *kKey = "x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'";

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString secret() const { return path(QStringLiteral("secret.db")); }
    QString baselineFolder() const { return m_dir.filePath(QStringLiteral("data/strongroom/benchmarks")); }

    CliRun bench(const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("bench"), QStringLiteral("queries")} + args, {}, m_env);
    }
    QStringList quick() const
    {
        return {QStringLiteral("--iterations"), QStringLiteral("30"),
                QStringLiteral("--rounds"),     QStringLiteral("3"),
                QStringLiteral("--warmup"),     QStringLiteral("2")};
    }
    QStringList keyed() const { return {secret(), QStringLiteral("--key-env"), QStringLiteral("BENCH_KEY")}; }

    // The twin's folder: beside the database; nothing may appear under TMPDIR either.
    QStringList twinFolders() const
    {
        return QDir(m_dir.path())
                   .entryList({QStringLiteral(".strongroom-bench-*")}, QDir::AllEntries | QDir::Hidden) +
               QDir(m_tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    static QJsonObject json(const CliRun &r) { return jsonOf(r); }

    // A database `db` on `server` holding `rows` orders, analysed.
    static bool makeOrders(const PostgresServer &server, const QString &db, int rows)
    {
        return server.createDatabase(db) &&
               server
                   .sql(QStringLiteral(
                            "CREATE TABLE orders (id int PRIMARY KEY, note text);"
                            "INSERT INTO orders SELECT x, 'note ' || x FROM generate_series(1, %1) x;"
                            "ANALYZE;")
                            .arg(rows),
                        db)
                   .ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_tmp.isValid());
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        m_env.insert(QStringLiteral("TMPDIR"), m_tmp.path());
        // The console's settings (its known volumes) from a private folder, never the user's.
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("BENCH_KEY"), QString::fromLatin1(kKey));
        const QByteArray content =
            "CREATE TABLE orders(id INTEGER PRIMARY KEY, note TEXT, total REAL);\n"
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000)\n"
            "  INSERT INTO orders SELECT x, 'order note ' || x, x * 1.5 FROM c;\n";
        ShellRun made = runSqlCipherShell(secret(), QByteArray("PRAGMA key = \"") + kKey + "\";\n" + content);
        QVERIFY2(made.exitCode == 0, made.err.constData());
        made = runSqlCipherShell(path(QStringLiteral("plain.db")), content);
        QVERIFY2(made.exitCode == 0, made.err.constData());
        QFile workload(path(QStringLiteral("workload.sql")));
        QVERIFY(workload.open(QIODevice::WriteOnly));
        workload.write("-- two statements of the application\n"
                       "SELECT total FROM orders WHERE id = :id;\n"
                       "SELECT count(*) FROM orders WHERE note LIKE '%99%';\n");
    }

    void jsonHasTheFieldsScriptsRead()
    {
        const CliRun r = bench(keyed() + quick() + QStringList{QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QLatin1String("target")).toString(), QFileInfo(secret()).absoluteFilePath());
        QVERIFY(o.value(QLatin1String("encrypted")).toBool());
        QCOMPARE(o.value(QLatin1String("workload")).toString(), QStringLiteral("built-in"));
        const QJsonObject machine = o.value(QLatin1String("machine")).toObject();
        for (const char *f : {"cpu_model", "cores", "aes_ni", "kernel", "sqlcipher", "sqlite", "openssl"})
            QVERIFY2(machine.contains(QLatin1String(f)), f);
        const QJsonObject settings = o.value(QLatin1String("settings")).toObject();
        QCOMPARE(settings.value(QLatin1String("iterations")).toInt(), 30);
        QCOMPARE(settings.value(QLatin1String("percentiles")).toString(), QStringLiteral("nearest-rank"));
        const QJsonArray statements = o.value(QLatin1String("statements")).toArray();
        QCOMPARE(statements.size(), 5);
        for (const QJsonValue &v : statements) {
            const QJsonObject target = v.toObject().value(QLatin1String("target")).toObject();
            QCOMPARE(target.value(QLatin1String("count")).toInt(), 30);
            for (const char *f : {"avg_us", "p50_us", "p95_us", "p99_us", "min_us", "max_us", "stddev_us",
                                  "queries_per_s", "noise_percent", "round_p50_us"})
                QVERIFY2(target.contains(QLatin1String(f)), f);
            QVERIFY(target.value(QLatin1String("p50_us")).toDouble() <=
                    target.value(QLatin1String("p99_us")).toDouble());
        }
    }

    void aWorkloadFileWithParametersRunsOnAPlainFile()
    {
        const CliRun r = bench(QStringList{path(QStringLiteral("plain.db")), QStringLiteral("--workload"),
                                           path(QStringLiteral("workload.sql")), QStringLiteral("--json")} +
                               quick());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = json(r);
        QVERIFY(!o.value(QLatin1String("encrypted")).toBool());
        QCOMPARE(o.value(QLatin1String("statements")).toArray().size(), 2);
    }

    void theTwinIsMeasuredAndRemoved()
    {
        const CliRun r = bench(keyed() + quick() + QStringList{QStringLiteral("--against-plain-twin")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("overhead: "), r.out.constData());
        QVERIFY(r.out.contains("plain"));
        QCOMPARE(twinFolders(), QStringList());
    }

    void ctrlCDuringTheTwinRunRemovesTheTwin()
    {
        QFile slow(path(QStringLiteral("slow.sql")));
        QVERIFY(slow.open(QIODevice::WriteOnly));
        slow.write("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000000) "
                   "SELECT count(*) FROM c\n");
        slow.close();
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(strongroomBinary(QStringLiteral("strongroom-cli")),
                QStringList{QStringLiteral("bench"), QStringLiteral("queries")} + keyed() +
                    QStringList{QStringLiteral("--against-plain-twin"), QStringLiteral("--workload"),
                                slow.fileName(), QStringLiteral("--warmup"), QStringLiteral("0")});
        QVERIFY(p.waitForStarted());
        QElapsedTimer waiting;
        waiting.start();
        while (twinFolders().isEmpty() && waiting.elapsed() < 60000 && p.state() == QProcess::Running)
            QThread::msleep(20);
        QVERIFY2(!twinFolders().isEmpty(), "the twin's folder appeared under TMPDIR");
        QThread::msleep(700);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 130);
        QCOMPARE(twinFolders(), QStringList());
    }

    void compareExitsNineOnARegressionOnly()
    {
        const QStringList workload{QStringLiteral("--workload"), path(QStringLiteral("workload.sql"))};
        CliRun r = bench(keyed() + quick() + workload +
                         QStringList{QStringLiteral("--save-baseline"), QStringLiteral("ci")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString file = baselineFolder() + QStringLiteral("/ci.json");
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);

        // The same machine, a generous threshold: no regression.
        r = bench(keyed() + quick() + workload +
                  QStringList{QStringLiteral("--compare"), QStringLiteral("ci"),
                              QStringLiteral("--threshold"), QStringLiteral("500%"),
                              QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(
            json(r).value(QLatin1String("comparison")).toObject().value(QLatin1String("regressions")).toInt(),
            0);

        // A baseline ten times faster with no noise: every statement is a regression at 5 %.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject base = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonArray statements = base.value(QLatin1String("statements")).toArray();
        for (qsizetype i = 0; i < statements.size(); ++i) {
            QJsonObject s = statements[i].toObject();
            QJsonObject t = s.value(QLatin1String("target")).toObject();
            t.insert(QStringLiteral("p50_us"), t.value(QLatin1String("p50_us")).toDouble() / 10.0);
            t.insert(QStringLiteral("noise_percent"), 0.0);
            s.insert(QStringLiteral("target"), t);
            statements[i] = s;
        }
        base.insert(QStringLiteral("statements"), statements);
        base.insert(QStringLiteral("name"), QStringLiteral("fast"));
        QFile fast(baselineFolder() + QStringLiteral("/fast.json"));
        QVERIFY(fast.open(QIODevice::WriteOnly));
        fast.write(QJsonDocument(base).toJson());
        fast.close();
        r = bench(keyed() + quick() + workload +
                  QStringList{QStringLiteral("--compare"), QStringLiteral("fast"),
                              QStringLiteral("--threshold"), QStringLiteral("5%"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 9);
        const QJsonObject comparison = json(r).value(QLatin1String("comparison")).toObject();
        QCOMPARE(comparison.value(QLatin1String("regressions")).toInt(), 2);
        QCOMPARE(comparison.value(QLatin1String("threshold_percent")).toDouble(), 5.0);
        r = bench(keyed() + quick() + workload +
                  QStringList{QStringLiteral("--compare"), QStringLiteral("fast")});
        QCOMPARE(r.exitCode, 9);
        QVERIFY2(r.out.contains("REGRESSION"), r.out.constData());
    }

    void csvHasARowPerStatementAndTarget()
    {
        const QString csv = path(QStringLiteral("out.csv"));
        const CliRun r =
            bench(keyed() + quick() +
                  QStringList{QStringLiteral("--workload"), path(QStringLiteral("workload.sql")),
                              QStringLiteral("--against-plain-twin"), QStringLiteral("--csv"), csv});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 2 * 2);
        QVERIFY(lines.first().startsWith("statement,sql,target,count,avg_us,p50_us"));
        QVERIFY(lines[1].contains(",target,30,"));
        QVERIFY(lines[2].contains(",plain_twin,30,"));
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(csv).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
    }

    void badInputGetsTheDocumentedExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString plain = path(QStringLiteral("plain.db"));
        QTest::newRow("no iterations")
            << QStringList{plain, QStringLiteral("--iterations"), QStringLiteral("0")} << 2;
        QTest::newRow("iterations and duration")
            << QStringList{plain, QStringLiteral("--iterations"), QStringLiteral("5"),
                           QStringLiteral("--duration"), QStringLiteral("1")}
            << 2;
        QTest::newRow("threshold without compare")
            << QStringList{plain, QStringLiteral("--threshold"), QStringLiteral("5%")} << 2;
        QTest::newRow("a plain file has no twin")
            << QStringList{plain, QStringLiteral("--against-plain-twin")} << 2;
        QTest::newRow("no such baseline")
            << QStringList{plain, QStringLiteral("--compare"), QStringLiteral("never-saved")} << 1;
        QTest::newRow("a baseline name with a slash")
            << QStringList{plain, QStringLiteral("--save-baseline"), QStringLiteral("../x")} << 2;
        QTest::newRow("missing workload file")
            << QStringList{plain, QStringLiteral("--workload"), path(QStringLiteral("none.sql"))} << 2;
        QTest::newRow("a file and --dbname")
            << QStringList{plain, QStringLiteral("--dbname"), QStringLiteral("dbname=shop")} << 2;
        QTest::newRow("--against without --dbname")
            << QStringList{QStringLiteral("--against"), QStringLiteral("dbname=shop")} << 2;
        QTest::newRow("a plain twin of a connection")
            << QStringList{QStringLiteral("--dbname"), QStringLiteral("dbname=shop"),
                           QStringLiteral("--against-plain-twin")}
            << 2;
        QTest::newRow("a password inside the conninfo")
            << QStringList{QStringLiteral("--dbname"), QStringLiteral("dbname=shop password=s3cret")} << 2;
    }

    void badInputGetsTheDocumentedExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const CliRun r = bench(args + QStringList{QStringLiteral("--json")});
        QCOMPARE(r.exitCode, exitCode);
        const QJsonObject error = json(r).value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("code")).toInt(), exitCode);
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
    }

    void cryptoReportsEveryAlgorithmWithTheReference()
    {
        const CliRun r =
            runCli({QStringLiteral("bench"), QStringLiteral("crypto"), QStringLiteral("--seconds"),
                    QStringLiteral("0.05"), QStringLiteral("--json")},
                   {}, m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = json(r);
        QVERIFY(o.contains(QLatin1String("aes_ni")));
        const QJsonArray results = o.value(QLatin1String("results")).toArray();
        QStringList names;
        for (const QJsonValue &v : results) {
            const QJsonObject a = v.toObject();
            names.append(a.value(QLatin1String("algorithm")).toString());
            QVERIFY2(a.value(QLatin1String("mb_s")).toDouble() > 0, qPrintable(names.last()));
            if (a.value(QLatin1String("openssl_speed_mb_s")).isNull())
                qWarning("no openssl speed reference for %s: %s", qPrintable(names.last()),
                         qPrintable(a.value(QLatin1String("note")).toString()));
            else
                QVERIFY(a.value(QLatin1String("ratio")).toDouble() > 0);
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("AES-256-CBC encrypt"), QStringLiteral("AES-256-CBC decrypt"),
                              QStringLiteral("HMAC-SHA512"), QStringLiteral("AES-256-XTS encrypt"),
                              QStringLiteral("ChaCha20-Poly1305 encrypt"), QStringLiteral("SHA-256")}));
    }

    // A LUKS2 image made by the cryptsetup program (no root needed for a file) with cheap argon2id.
    void kdfMeasuresEachKeySlotAndSuggestsSettings()
    {
        const QString image = path(QStringLiteral("volume.img"));
        QFile img(image);
        QVERIFY(img.open(QIODevice::WriteOnly));
        QVERIFY(img.resize(32 * 1024 * 1024));
        img.close();
        const QString keyFile = path(QStringLiteral("volume.key"));
        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("volume passphrase");
        key.close();
        QProcess format;
        format.start(QStringLiteral("cryptsetup"),
                     {QStringLiteral("luksFormat"), QStringLiteral("--batch-mode"), QStringLiteral("--type"),
                      QStringLiteral("luks2"), QStringLiteral("--pbkdf"), QStringLiteral("argon2id"),
                      QStringLiteral("--pbkdf-memory"), QStringLiteral("32768"),
                      QStringLiteral("--pbkdf-parallel"), QStringLiteral("1"),
                      QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("4"),
                      QStringLiteral("--key-file"), keyFile, image});
        if (!format.waitForFinished(120000) || format.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("cryptsetup luksFormat on a file did not work here: %1")
                                 .arg(QString::fromLocal8Bit(format.readAllStandardError()))));
        const CliRun r =
            runCli({QStringLiteral("bench"), QStringLiteral("kdf"), QStringLiteral("--volume"), image,
                    QStringLiteral("--target-ms"), QStringLiteral("500"), QStringLiteral("--json")},
                   {}, m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QLatin1String("target_ms")).toInt(), 500);
        QStringList kdfs;
        for (const QJsonValue &v : o.value(QLatin1String("results")).toArray()) {
            const QJsonObject row = v.toObject();
            kdfs.append(row.value(QLatin1String("kdf")).toString());
            QVERIFY2(row.value(QLatin1String("ms")).toDouble() > 0, qPrintable(kdfs.last()));
            QVERIFY(row.contains(QLatin1String("for_target")));
            if (row.value(QLatin1String("kdf")).toString() == QLatin1String("argon2id")) {
                QCOMPARE(row.value(QLatin1String("slot")).toInt(), 0);
                const QJsonObject p = row.value(QLatin1String("parameters")).toObject();
                QCOMPARE(p.value(QLatin1String("memory_kib")).toInt(), 32768);
                QCOMPARE(p.value(QLatin1String("iterations")).toInt(), 4);
            }
        }
        QCOMPARE(kdfs, (QStringList{QStringLiteral("PBKDF2-HMAC-SHA512"), QStringLiteral("PBKDF2-HMAC-SHA1"),
                                    QStringLiteral("argon2id"), QStringLiteral("scrypt")}));
        // Without --volume: the console's known volumes (its settings file), the image measured.
        QDir().mkpath(path(QStringLiteral("config/strongroom")));
        QFile settings(path(QStringLiteral("config/strongroom/strongroom.conf")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[volumes]\nknown=" + image.toUtf8() + "\n");
        settings.close();
        const CliRun known =
            runCli({QStringLiteral("bench"), QStringLiteral("kdf"), QStringLiteral("--json")}, {}, m_env);
        settings.remove();
        QVERIFY2(known.exitCode == 0, known.err.constData());
        QCOMPARE(json(known).value(QLatin1String("volumes_source")).toString(), QStringLiteral("known"));
        bool measured = false;
        for (const QJsonValue &v : json(known).value(QLatin1String("results")).toArray())
            measured = measured || v.toObject().value(QLatin1String("volume")).toString() == image;
        QVERIFY2(measured, known.out.constData());

        const CliRun notLuks = runCli({QStringLiteral("bench"), QStringLiteral("kdf"),
                                       QStringLiteral("--volume"), secret(), QStringLiteral("--json")},
                                      {}, m_env);
        QCOMPARE(notLuks.exitCode, 6);
    }

    // `bench queries --dbname A --against B` on a real PostgreSQL 17 test server: two databases.
    void postgresConnectionsAreComparedThroughTheCli()
    {
        PostgresServer server;
        STRONGROOM_START_POSTGRES(server);
        for (const QString &db : {QStringLiteral("shop"), QStringLiteral("shop_copy")})
            QVERIFY(makeOrders(server, db, 500));
        const QStringList args{QStringLiteral("--dbname"),     server.conninfo(QStringLiteral("shop")),
                               QStringLiteral("--against"),    server.conninfo(QStringLiteral("shop_copy")),
                               QStringLiteral("--iterations"), QStringLiteral("20"),
                               QStringLiteral("--rounds"),     QStringLiteral("4"),
                               QStringLiteral("--warmup"),     QStringLiteral("2")};
        const CliRun r = bench(args + QStringList{QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("postgresql"));
        const QJsonArray statements = o.value(QLatin1String("statements")).toArray();
        QCOMPARE(statements.size(), 5);
        for (const QJsonValue &v : statements)
            QVERIFY(v.toObject().contains(QLatin1String("overhead")));
        const CliRun human = bench(args);
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains("Target B") && human.out.contains("overhead of A over B"),
                 human.out.constData());
    }

    // B's password has its own options (--against-password-*), read as A's are and handed to the
    // in-process libpq connection, never to a child: with it the comparison runs; without it (no
    // terminal to ask) B's connection fails with password-required (3), named; stdin holds one
    // password only (2).
    void postgresAgainstTakesItsOwnPassword()
    {
        PostgresServer server;
        STRONGROOM_START_POSTGRES(server);
        for (const QString &db : {QStringLiteral("shop"), QStringLiteral("shop_b")})
            QVERIFY(makeOrders(server, db, 500));
        const QByteArray secretB("b-only-7qT9x");
        QVERIFY(server.createRole(QStringLiteral("clerk_b"), secretB));
        QVERIFY(
            server.sql(QStringLiteral("GRANT SELECT ON orders TO clerk_b;"), QStringLiteral("shop_b")).ok);
        const QStringList args{QStringLiteral("--json"),
                               QStringLiteral("--dbname"),
                               server.conninfo(QStringLiteral("shop")),
                               QStringLiteral("--against"),
                               server.conninfo(QStringLiteral("shop_b"), QStringLiteral("clerk_b")),
                               QStringLiteral("--iterations"),
                               QStringLiteral("10"),
                               QStringLiteral("--rounds"),
                               QStringLiteral("2"),
                               QStringLiteral("--warmup"),
                               QStringLiteral("1")};
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("BENCH_B_PASSWORD"), QString::fromLatin1(secretB));
        // No .pgpass may answer for B.
        env.insert(QStringLiteral("PGPASSFILE"), path(QStringLiteral("no-pgpass")));

        const CliRun withPassword = runCli(
            QStringList{QStringLiteral("bench"), QStringLiteral("queries")} + args +
                QStringList{QStringLiteral("--against-password-env"), QStringLiteral("BENCH_B_PASSWORD")},
            {}, env);
        QVERIFY2(withPassword.exitCode == 0, QByteArray(withPassword.out + withPassword.err).constData());
        const QJsonObject o = json(withPassword);
        QVERIFY(o.value(QLatin1String("against")).toString().contains(QLatin1String("clerk_b")));
        const QJsonArray statements = o.value(QLatin1String("statements")).toArray();
        QCOMPARE(statements.size(), 5);
        for (const QJsonValue &v : statements)
            QVERIFY(v.toObject().contains(QLatin1String("against")));
        QVERIFY(!withPassword.out.contains(secretB) && !withPassword.err.contains(secretB));

        const QString passwordFile = path(QStringLiteral("b.password"));
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(file.write(secretB + '\n'), secretB.size() + 1);
        file.close();
        const CliRun fromFile =
            runCli(QStringList{QStringLiteral("bench"), QStringLiteral("queries")} + args +
                       QStringList{QStringLiteral("--against-password-file"), passwordFile},
                   {}, env);
        QVERIFY2(fromFile.exitCode == 0, QByteArray(fromFile.out + fromFile.err).constData());

        const CliRun without =
            runCli(QStringList{QStringLiteral("bench"), QStringLiteral("queries")} + args, {}, env);
        QVERIFY2(without.exitCode == 3, QByteArray(without.out + without.err).constData());
        const QJsonObject error = json(without).value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("password-required"));
        QVERIFY2(error.value(QLatin1String("message")).toString().contains(QLatin1String("Connection B")),
                 qPrintable(error.value(QLatin1String("message")).toString()));

        const CliRun bothStdin = runCli(
            QStringList{QStringLiteral("bench"), QStringLiteral("queries")} + args +
                QStringList{QStringLiteral("--password-stdin"), QStringLiteral("--against-password-stdin")},
            secretB + '\n', env);
        QVERIFY2(bothStdin.exitCode == 2, QByteArray(bothStdin.out + bothStdin.err).constData());

        const CliRun withoutAgainst =
            runCli({QStringLiteral("bench"), QStringLiteral("queries"), QStringLiteral("--dbname"),
                    server.conninfo(QStringLiteral("shop")), QStringLiteral("--against-password-env"),
                    QStringLiteral("BENCH_B_PASSWORD")},
                   {}, env);
        QCOMPARE(withoutAgainst.exitCode, 2);
    }

    void sqlcipherReportsEveryVariantAndLeavesNoFile()
    {
        const CliRun r = runCli({QStringLiteral("bench"), QStringLiteral("sqlcipher"),
                                 QStringLiteral("--size-mb"), QStringLiteral("1"), QStringLiteral("--rounds"),
                                 QStringLiteral("1"), QStringLiteral("--json")},
                                {}, m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QLatin1String("variants")).toArray().size(), 6);
        QVERIFY(o.value(QLatin1String("temp_folder")).toString().startsWith(m_tmp.path()));
        QCOMPARE(
            QDir(m_tmp.path()).entryList({QStringLiteral("strongroom-bench-sqlcipher-*")}, QDir::AllEntries),
            QStringList());
        const CliRun human =
            runCli({QStringLiteral("bench"), QStringLiteral("sqlcipher"), QStringLiteral("--size-mb"),
                    QStringLiteral("1"), QStringLiteral("--rounds"), QStringLiteral("1")},
                   {}, m_env);
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("security cost:"));
        // Each changed setting says what it did here, "within the noise" too; the reference rows nothing.
        const QStringList lines = QString::fromUtf8(human.out).split(QLatin1Char('\n'));
        for (const QString &name :
             {QStringLiteral("plain"), QStringLiteral("sqlcipher-defaults"), QStringLiteral("page-16k"),
              QStringLiteral("memory-security-on"), QStringLiteral("no-hmac"), QStringLiteral("cache-64m")}) {
            const auto line = std::find_if(lines.begin(), lines.end(), [&](const QString &l) {
                return l.startsWith(QStringLiteral("  %1: ").arg(name));
            });
            QVERIFY2(line != lines.end(), qPrintable(name));
            const bool reference =
                name == QLatin1String("plain") || name == QLatin1String("sqlcipher-defaults");
            const bool noted = line->endsWith(QLatin1String("  [cuts the overhead here]")) ||
                               line->endsWith(QLatin1String("  [within the noise]")) ||
                               line->endsWith(QLatin1String("  [adds to the overhead here]"));
            QVERIFY2(noted != reference, qPrintable(*line));
        }
        QCOMPARE(runCli({QStringLiteral("bench"), QStringLiteral("sqlcipher"), QStringLiteral("--size-mb"),
                         QStringLiteral("0")},
                        {}, m_env)
                     .exitCode,
                 2);
    }

    void aWrongKeyExitsThree()
    {
        QProcessEnvironment env = m_env;
        m_env.insert(QStringLiteral("BENCH_KEY"),
                     QStringLiteral("x'0000000000000000000000000000000000000000000000000000000000000000'"));
        const CliRun r = bench(keyed() + quick());
        m_env = env;
        QCOMPARE(r.exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestBenchCommands)
#include "TestBenchCommands.moc"
