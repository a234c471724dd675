#include "DbFixtures.h"
#include "core/JobRunner.h"
#include "sqlcipher/DatabaseOpener.h"
#include "sqlcipher/IntegrityCheckJob.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QtCrypto>
#include <atomic>

using namespace strongroom;
using namespace dbfixtures;

// `db check`'s job on files the sqlcipher shell wrote: its first step, SQLCipher's
// cipher_integrity_check, cannot be interrupted, so the job shows it as unstoppable with an estimate
// and a cancel asked during it ends the job as Cancelled as soon as the check returns.
class TestIntegrityCheckJob : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QCA::Initializer m_qca;
    QThreadPool m_pool;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    std::shared_ptr<DatabaseSession> openSession(const QString &file)
    {
        OpenRequest request;
        request.path = file;
        request.key = KeyMaterial(QCA::SecureArray(QByteArray("pw4")));
        request.rememberSettings = false;
        OpenDiagnosis opened = DatabaseOpener::open(request);
        if (!opened.opened())
            qWarning("%s", qPrintable(opened.message));
        return opened.session;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        makeWithShell(path("clean.db"), "PRAGMA key = 'pw4';\n" + content());
    }

    void aCleanFilePassesEveryStep()
    {
        auto session = openSession(path("clean.db"));
        QVERIFY(session);
        const JobReport report =
            startDetached(std::make_shared<IntegrityCheckJob>(session), &m_pool, {},
                          AuditLog(m_dir.filePath(QStringLiteral("audit.log"))))
                ->waitPolling([](const JobProgress &, const QStringList &) {}, [] { return false; }, 10);
        QCOMPARE(report.outcome, JobOutcome::Succeeded);
    }

    // The stop flag (the CLI's Ctrl-C flag) is raised only while the job shows the unstoppable step,
    // so the cancel arrives during cipher_integrity_check whatever the timing: the check asks
    // nothing, and the first question after it comes before the step is declared ended.
    void aCancelDuringTheCipherCheckEndsTheJobCancelledAfterIt()
    {
        auto session = openSession(path("clean.db"));
        QVERIFY(session);
        std::atomic<JobHandle *> handle = nullptr;
        std::atomic<qint64> shownUnstoppableMs = 0;
        std::atomic<int> stepWhenStopped = -1;
        const auto stopRequested = [&] {
            if (shownUnstoppableMs.load() > 0)
                return true;
            for (int waited = 0; !handle.load() && waited < 5000; ++waited)
                QThread::msleep(1); // the handle is published just after the start
            JobHandle *h = handle.load();
            if (!h)
                return false;
            const JobProgress p = h->progress();
            if (p.unstoppableUntilMs <= 0)
                return false;
            shownUnstoppableMs = p.unstoppableRemainingMs(QDateTime::currentMSecsSinceEpoch());
            stepWhenStopped = p.step;
            return true;
        };
        auto started = startDetached(std::make_shared<IntegrityCheckJob>(session), &m_pool, stopRequested,
                                     AuditLog(m_dir.filePath(QStringLiteral("audit.log"))));
        handle = started.get();
        const JobReport report =
            started->waitPolling([](const JobProgress &, const QStringList &) {}, [] { return false; }, 10);
        QCOMPARE(report.outcome, JobOutcome::Cancelled);
        QVERIFY(shownUnstoppableMs.load() > 0);
        QCOMPARE(stepWhenStopped.load(), 0);
        QCOMPARE(report.steps.value(0).state, StepState::Cancelled);
        QVERIFY(!report.error);
        // Once the check returned, the displays no longer show an unstoppable step.
        QCOMPARE(started->progress().unstoppableUntilMs, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestIntegrityCheckJob)
#include "TestIntegrityCheckJob.moc"
