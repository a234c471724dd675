#include "ConversionFixtures.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <csignal>

using namespace fixtures;

// The real strongroom-cli killed with SIGKILL at 22 moments spread evenly over an uninterrupted run
// of each of encrypt, rekey and migrate. After every kill the original is byte-identical and opens
// with its old key in the sqlcipher shell, or, when the kill came after the atomic rename, the new
// file opens with the new key and the original is kept byte for byte; at most one temp file remains.
class TestConversionKill : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    // More points than the 20 kills required: on a loaded machine a run can be a fifth shorter than the
    // uninterrupted one that set the schedule, and the last points then come after the process ended.
    static constexpr int kKillPoints = 26;

    struct Case
    {
        QByteArray sourceKey;
        QByteArray sourceSettings;
        QStringList args;
        QByteArray resultKey;
        QByteArray resultSettings;
    };

    QProcess *startCli(const QStringList &args, const QString &db)
    {
        auto *p = new QProcess(this);
        p->setProcessEnvironment(cliEnvironment(m_home.filePath(QStringLiteral("data"))));
        p->start(strongroomBinary(QStringLiteral("strongroom-cli")),
                 QStringList{QStringLiteral("db")} + args + QStringList{db});
        return p;
    }

    // The count the shell reads through the key: proves the file opens and its data is readable.
    QByteArray peopleCount(const QString &path, const QByteArray &key, const QByteArray &settings)
    {
        const ShellRun r =
            runSqlCipherShell(path, keyPragmas(key, settings) + "SELECT count(*) FROM people;\n");
        return r.exitCode == 0 && r.err.isEmpty() ? r.out.trimmed().split('\n').last() : "ERROR: " + r.err;
    }

private Q_SLOTS:
    void killAnywhereLeavesTheOriginalIntact_data()
    {
        QTest::addColumn<QByteArray>("sourceKey");
        QTest::addColumn<QByteArray>("sourceSettings");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("resultKey");
        QTest::addColumn<QByteArray>("resultSettings");
        // Small KDF costs keep the many shell checks quick; the conversion work is the same.
        const QByteArray fastKdf = "PRAGMA kdf_iter = 4000;\n";
        QTest::newRow("encrypt") << QByteArray() << QByteArray()
                                 << QStringList{QStringLiteral("encrypt"), QStringLiteral("--new-key-env"),
                                                QStringLiteral("NEW_KEY"), QStringLiteral("--kdf-iter"),
                                                QStringLiteral("4000")}
                                 << kNewPassphrase << fastKdf;
        QTest::newRow("rekey") << kOldPassphrase << fastKdf
                               << QStringList{QStringLiteral("rekey"),   QStringLiteral("--key-env"),
                                              QStringLiteral("OLD_KEY"), QStringLiteral("--source-kdf-iter"),
                                              QStringLiteral("4000"),    QStringLiteral("--new-key-env"),
                                              QStringLiteral("NEW_KEY")}
                               << kNewPassphrase << fastKdf;
        QTest::newRow("migrate") << kOldPassphrase << QByteArray("PRAGMA cipher_compatibility = 3;\n")
                                 << QStringList{QStringLiteral("migrate"),
                                                QStringLiteral("--key-env"),
                                                QStringLiteral("OLD_KEY"),
                                                QStringLiteral("--source-profile"),
                                                QStringLiteral("sqlcipher-3"),
                                                QStringLiteral("--kdf-iter"),
                                                QStringLiteral("4000")}
                                 << kOldPassphrase << fastKdf;
    }

    void killAnywhereLeavesTheOriginalIntact()
    {
        QFETCH(QByteArray, sourceKey);
        QFETCH(QByteArray, sourceSettings);
        QFETCH(QStringList, args);
        QFETCH(QByteArray, resultKey);
        QFETCH(QByteArray, resultSettings);

        // One input, big enough for a run of about a second, copied fresh for every kill.
        QTemporaryDir templateDir;
        const QString input = templateDir.filePath(QStringLiteral("input.db"));
        makeDatabase(input, sourceKey, sourceSettings, 120000, false, 120);
        const QByteArray originalHash = fileSha256(input);
        const QByteArray rows = peopleCount(input, sourceKey, sourceSettings);
        QVERIFY2(!rows.startsWith("ERROR"), rows.constData());

        // An uninterrupted run, to spread the kills over its length.
        qint64 runMs = 0;
        {
            QTemporaryDir dir;
            const QString db = dir.filePath(QStringLiteral("shop.db"));
            QVERIFY(QFile::copy(input, db));
            QElapsedTimer timer;
            timer.start();
            QProcess *p = startCli(args, db);
            QVERIFY(p->waitForFinished(120000));
            runMs = timer.elapsed();
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            QCOMPARE(peopleCount(db, resultKey, resultSettings), rows);
        }
        qInfo("uninterrupted run: %lld ms", runMs);

        int killed = 0, withTemp = 0, swapped = 0;
        for (int i = 0; i < kKillPoints; ++i) {
            QTemporaryDir dir;
            const QString db = dir.filePath(QStringLiteral("shop.db"));
            QVERIFY(QFile::copy(input, db));
            const int at = int(runMs * (i + 0.5) / kKillPoints);
            QProcess *p = startCli(args, db);
            QVERIFY(p->waitForStarted());
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < at && p->state() == QProcess::Running)
                QTest::qSleep(2);
            const bool wasRunning = p->state() == QProcess::Running;
            if (wasRunning)
                ::kill(pid_t(p->processId()), SIGKILL);
            QVERIFY(p->waitForFinished(10000));
            if (wasRunning && p->exitStatus() == QProcess::CrashExit)
                ++killed;

            QStringList temps = strongroomTempsIn(dir.path());
            temps.removeIf([](const QString &t) {
                return t.endsWith(QLatin1String("-journal")) || t.endsWith(QLatin1String("-wal")) ||
                       t.endsWith(QLatin1String("-shm"));
            });
            QVERIFY2(temps.size() <= 1, qPrintable(temps.join(QLatin1Char(' '))));
            withTemp += int(!temps.isEmpty());

            if (fileSha256(db) == originalHash) {
                QCOMPARE(peopleCount(db, sourceKey, sourceSettings), rows);
            } else {
                // Killed after the commit point: the new file is complete, the original kept intact.
                ++swapped;
                QCOMPARE(peopleCount(db, resultKey, resultSettings), rows);
                const QStringList kept = keptOriginalsIn(dir.path());
                QCOMPARE(kept.size(), 1);
                QCOMPARE(fileSha256(dir.filePath(kept.first())), originalHash);
            }
            delete p;
        }
        qInfo("%d kills: %d left a temp file, %d came after the swap", killed, withTemp, swapped);
        QVERIFY(killed >= 20);
        QVERIFY(withTemp >= kKillPoints / 3); // the kills really landed while the copy was being made
    }
};

QTEST_GUILESS_MAIN(TestConversionKill)
#include "TestConversionKill.moc"
