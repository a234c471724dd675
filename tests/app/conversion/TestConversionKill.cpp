#include "ConversionFixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <csignal>
#include <memory>

using namespace fixtures;

// The real strongroom-cli killed with SIGKILL at 22 moments spread evenly over the part of an
// uninterrupted run in which the new file is being written (from a little before its temp file appears
// to the end), for each of encrypt, rekey and migrate, and of the page-by-page path (a rekey of a SQLCipher 3
// file and a migrate that changes only the KDF; a rekey goes page by page too, the others through
// sqlcipher_export, each row says which it expects). After every kill the original is byte-identical and
// opens with its old key in the sqlcipher shell, or, when the kill came after the atomic rename, the new file
// opens with the new key and the original is kept byte for byte; at most one temp file remains.
class TestConversionKill : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    static constexpr int kKillPoints = 22;

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
                 QStringList{QStringLiteral("--json"), QStringLiteral("db")} + args + QStringList{db});
        return p;
    }

    // The count the shell reads through the key: proves the file opens and its data is readable.
    QByteArray peopleCount(const QString &path, const QByteArray &key, const QByteArray &settings)
    {
        const ShellRun r =
            runSqlCipherShell(path, keyPragmas(key, settings) + "SELECT count(*) FROM people;\n");
        return r.exitCode == 0 && r.err.isEmpty() ? r.out.trimmed().split('\n').last() : "ERROR: " + r.err;
    }

    // A temp file of ours, not the journal SQLite keeps beside it.
    static QStringList withoutJournals(QStringList temps)
    {
        temps.removeIf([](const QString &t) {
            return t.endsWith(QLatin1String("-journal")) || t.endsWith(QLatin1String("-wal")) ||
                   t.endsWith(QLatin1String("-shm"));
        });
        return temps;
    }

private Q_SLOTS:
    void killAnywhereLeavesTheOriginalIntact_data()
    {
        QTest::addColumn<QByteArray>("sourceKey");
        QTest::addColumn<QByteArray>("sourceSettings");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("resultKey");
        QTest::addColumn<QByteArray>("resultSettings");
        QTest::addColumn<QString>("method");
        // Small KDF costs keep the many shell checks quick; the conversion work is the same.
        const QByteArray fastKdf = "PRAGMA kdf_iter = 4000;\n";
        QTest::newRow("encrypt") << QByteArray() << QByteArray()
                                 << QStringList{QStringLiteral("encrypt"), QStringLiteral("--new-key-env"),
                                                QStringLiteral("NEW_KEY"), QStringLiteral("--kdf-iter"),
                                                QStringLiteral("4000")}
                                 << kNewPassphrase << fastKdf << QStringLiteral("export");
        QTest::newRow("rekey") << kOldPassphrase << fastKdf
                               << QStringList{QStringLiteral("rekey"),   QStringLiteral("--key-env"),
                                              QStringLiteral("OLD_KEY"), QStringLiteral("--source-kdf-iter"),
                                              QStringLiteral("4000"),    QStringLiteral("--new-key-env"),
                                              QStringLiteral("NEW_KEY")}
                               << kNewPassphrase << fastKdf << QStringLiteral("pages");
        QTest::newRow("migrate") << kOldPassphrase << QByteArray("PRAGMA cipher_compatibility = 3;\n")
                                 << QStringList{QStringLiteral("migrate"),
                                                QStringLiteral("--key-env"),
                                                QStringLiteral("OLD_KEY"),
                                                QStringLiteral("--source-profile"),
                                                QStringLiteral("sqlcipher-3"),
                                                QStringLiteral("--kdf-iter"),
                                                QStringLiteral("4000")}
                                 << kOldPassphrase << fastKdf << QStringLiteral("export");
        const QByteArray fastV3 = "PRAGMA cipher_compatibility = 3;\nPRAGMA kdf_iter = 4000;\n";
        QTest::newRow("rekey v3 page by page (HMAC-SHA1, 1 KiB pages)")
            << kOldPassphrase << fastV3
            << QStringList{QStringLiteral("rekey"),       QStringLiteral("--key-env"),
                           QStringLiteral("OLD_KEY"),     QStringLiteral("--source-profile"),
                           QStringLiteral("sqlcipher-3"), QStringLiteral("--source-kdf-iter"),
                           QStringLiteral("4000"),        QStringLiteral("--new-key-env"),
                           QStringLiteral("NEW_KEY")}
            << kNewPassphrase << fastV3 << QStringLiteral("pages");
        QTest::newRow("migrate of the KDF only, page by page")
            << kOldPassphrase << fastKdf
            << QStringList{QStringLiteral("migrate"), QStringLiteral("--key-env"),
                           QStringLiteral("OLD_KEY"), QStringLiteral("--source-kdf-iter"),
                           QStringLiteral("4000"),    QStringLiteral("--kdf-iter"),
                           QStringLiteral("8000")}
            << kOldPassphrase << QByteArray("PRAGMA kdf_iter = 8000;\n") << QStringLiteral("pages");
    }

    void killAnywhereLeavesTheOriginalIntact()
    {
        QFETCH(QByteArray, sourceKey);
        QFETCH(QByteArray, sourceSettings);
        QFETCH(QStringList, args);
        QFETCH(QByteArray, resultKey);
        QFETCH(QByteArray, resultSettings);
        QFETCH(QString, method);

        // One input, big enough for a run of about a second, copied fresh for every kill.
        QTemporaryDir templateDir;
        const QString input = templateDir.filePath(QStringLiteral("input.db"));
        makeDatabase(input, sourceKey, sourceSettings, 120000, false, 120);
        const QByteArray originalHash = fileSha256(input);
        const QByteArray rows = peopleCount(input, sourceKey, sourceSettings);
        QVERIFY2(!rows.startsWith("ERROR"), rows.constData());

        // An uninterrupted run, to spread the kills over its length.
        qint64 runMs = 0;
        qint64 copyStartMs = -1;
        {
            QTemporaryDir dir;
            const QString db = dir.filePath(QStringLiteral("shop.db"));
            QVERIFY(QFile::copy(input, db));
            QElapsedTimer timer;
            timer.start();
            QProcess *p = startCli(args, db);
            // Start-up and the KDF take most of a short run under ASan; the kills go where the copy is.
            while (!p->waitForFinished(2) && timer.elapsed() < 120000) {
                if (copyStartMs < 0 && !withoutJournals(strongroomTempsIn(dir.path())).isEmpty())
                    copyStartMs = timer.elapsed();
            }
            QVERIFY(p->state() == QProcess::NotRunning);
            runMs = timer.elapsed();
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            QCOMPARE(QJsonDocument::fromJson(p->readAllStandardOutput())
                         .object()
                         .value(QStringLiteral("method"))
                         .toString(),
                     method);
            QCOMPARE(peopleCount(db, resultKey, resultSettings), rows);
        }
        qInfo("uninterrupted run: %lld ms, the temp file appeared after %lld ms", runMs, copyStartMs);
        QVERIFY2(copyStartMs >= 0, "the uninterrupted run never showed a temp file");
        const double from = 0.8 * double(copyStartMs);

        int killed = 0, withTemp = 0, swapped = 0;
        // The moments spread over the copy's part of the reference run. A run that ends before its
        // moment (the machine got less busy) does not count: the span shrinks and the same point is tried
        // again.
        double scale = 1.0;
        for (int attempts = 0; killed < kKillPoints && attempts < 3 * kKillPoints; ++attempts) {
            QTemporaryDir dir;
            const QString db = dir.filePath(QStringLiteral("shop.db"));
            QVERIFY(QFile::copy(input, db));
            const int at = int(scale * (from + (double(runMs) - from) * (killed + 0.5) / kKillPoints));
            std::unique_ptr<QProcess> p(startCli(args, db));
            QVERIFY(p->waitForStarted());
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < at && p->state() == QProcess::Running)
                QTest::qSleep(2);
            const bool wasRunning = p->state() == QProcess::Running;
            if (wasRunning)
                ::kill(pid_t(p->processId()), SIGKILL);
            QVERIFY(p->waitForFinished(10000));
            if (!wasRunning || p->exitStatus() != QProcess::CrashExit) {
                scale *= 0.85;
                continue;
            }
            ++killed;

            const QStringList temps = withoutJournals(strongroomTempsIn(dir.path()));
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
        }
        qInfo("%d kills: %d left a temp file, %d came after the swap", killed, withTemp, swapped);
        QVERIFY(killed >= 20);
        QVERIFY(withTemp >= kKillPoints / 3); // the kills really landed while the copy was being made
    }
};

QTEST_GUILESS_MAIN(TestConversionKill)
#include "TestConversionKill.moc"
