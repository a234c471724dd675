#include "BackupFixtures.h"
#include "support/CliProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>

using namespace backupfixtures;

// `backup restore` killed with SIGKILL at many points of its run: afterwards the database is the
// old one or the restored one, whole (opens, passes both integrity checks, holds exactly one of the
// two contents), never a mix and never missing.
class TestRestoreCrashSafety : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_template;
    QString m_backup;

    QString live() const { return m_dir.filePath(QStringLiteral("work/live.db")); }

    void resetLive()
    {
        QDir(m_dir.filePath(QStringLiteral("work"))).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("work"))));
        QVERIFY(QFile::copy(m_template, live()));
    }

    QProcess *startRestore()
    {
        auto *p = new QProcess;
        p->setProcessEnvironment(m_env);
        p->start(strongroomBinary(QStringLiteral("strongroom-cli")),
                 {QStringLiteral("backup"), QStringLiteral("restore"), m_backup, QStringLiteral("--to"),
                  live(), QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY"), QStringLiteral("--yes")});
        p->waitForStarted();
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = environment(m_dir.path());
        m_template = m_dir.filePath(QStringLiteral("template.db"));
        m_backup = m_dir.filePath(QStringLiteral("backup.db"));
        // Big enough (about 3 MiB each) that copying and checking take a while.
        QVERIFY(makeDatabase(m_template, liveKey(), 20000, "old", "wal"));
        QVERIFY(makeDatabase(m_backup, liveKey(), 25000, "new"));
    }

    void killedAtAnyPointLeavesTheOldOrTheRestoredDatabaseWhole()
    {
        // How long an undisturbed restore takes, to spread the kills over its whole run.
        resetLive();
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QProcess> full(startRestore());
        QVERIFY(full->waitForFinished(60000));
        const qint64 duration = timer.elapsed();
        QVERIFY2(full->exitCode() == 0, full->readAllStandardError().constData());
        QCOMPARE(query(live(), liveKey(), "SELECT m FROM marker;"), QByteArray("new"));

        // From the start to half as long again as a whole run, so a slower run is still covered; then
        // a few kills at 2 to 3.5 times the measured run, for a machine that got busier since the
        // measurement (a restore is now a few hundred ms, and ctest runs other tests beside it).
        const int points = 24;
        const int latePoints = 4;
        const auto delayMs = [&](int i) {
            return i < points ? duration * 3 * i / (2 * points) : duration * (4 + i - points) / 2;
        };
        int sawOld = 0;
        int sawNew = 0;
        for (int i = 0; i < points + latePoints; ++i) {
            resetLive();
            std::unique_ptr<QProcess> restore(startRestore());
            QThread::usleep(quint64(delayMs(i)) * 1000);
            ::kill(pid_t(restore->processId()), SIGKILL);
            restore->waitForFinished(10000);

            QVERIFY2(QFile::exists(live()),
                     qPrintable(QStringLiteral("kill point %1: the database is missing").arg(i)));
            const QByteArray state = query(live(), liveKey(),
                                           "PRAGMA cipher_integrity_check;\nPRAGMA integrity_check;\n"
                                           "SELECT m FROM marker;\nSELECT count(*) FROM t;\n");
            if (state == "ok\nold\n20000")
                ++sawOld;
            else if (state == "ok\nnew\n25000")
                ++sawNew;
            else
                QFAIL(qPrintable(QStringLiteral("kill point %1 (%2 ms): neither old nor new: %3")
                                     .arg(i)
                                     .arg(delayMs(i))
                                     .arg(QString::fromUtf8(state))));
        }
        qInfo("restore takes %lld ms; after %d kills: %d old, %d restored", duration, points + latePoints,
              sawOld, sawNew);
        QVERIFY(sawOld > 0);
        QVERIFY(sawNew > 0);
    }
};

QTEST_GUILESS_MAIN(TestRestoreCrashSafety)
#include "TestRestoreCrashSafety.moc"
