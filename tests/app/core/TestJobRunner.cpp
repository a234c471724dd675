#include "core/FileHashJob.h"
#include "core/JobContext.h"
#include "core/JobRunner.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtCrypto>

using namespace strongroom;

namespace {

// Work of a known, steady pace, so rate and ETA have a true value to be compared with.
class SteadyJob : public Job
{
public:
    QString title() const override { return QStringLiteral("Steady"); }
    QList<JobStep> steps() const override
    {
        return {{QStringLiteral("Prepare")}, {QStringLiteral("Count"), true}};
    }
    void run(JobContext &context) override
    {
        context.startStep(0);
        context.startStep(1, 60, ProgressUnit::Rows);
        for (int i = 1; i <= 60; ++i) {
            if (context.isCancelled())
                return;
            QThread::msleep(20);
            context.setProgress(i);
        }
    }
};

// Writes one audit line through its context, and can run a copy of itself as a child.
class AuditingJob : public Job
{
public:
    explicit AuditingJob(QString target, bool withChild = false)
        : m_target(std::move(target)), m_withChild(withChild)
    {
    }
    QString title() const override { return QStringLiteral("Auditing"); }
    QList<JobStep> steps() const override { return {{QStringLiteral("Write")}}; }
    void run(JobContext &context) override
    {
        context.startStep(0);
        if (m_withChild) {
            AuditingJob child(m_target + QStringLiteral(".child"));
            context.runChild(child);
        }
        if (const Status written =
                context.audit().append(QStringLiteral("test.audit"), m_target, QStringLiteral("ok"));
            !written)
            context.fail(written.error());
    }

private:
    QString m_target;
    bool m_withChild;
};

QStringList auditTargets(const QString &path)
{
    QStringList targets;
    const auto entries = AuditLog(path, QString()).entries();
    if (entries)
        for (const QJsonObject &entry : entries.value())
            targets.append(entry.value(QStringLiteral("target")).toString());
    return targets;
}

} // namespace

class TestJobRunner : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_bigFile;
    QByteArray m_expectedSha;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bigFile = m_dir.filePath(QStringLiteral("big.bin"));
        QFile f(m_bigFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCryptographicHash reference(QCryptographicHash::Sha256);
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (int i = 0; i < 192; ++i) {
            for (int j = 0; j < chunk.size(); j += 4)
                *reinterpret_cast<quint32 *>(chunk.data() + j) = quint32(i * 2654435761u + j);
            f.write(chunk);
            reference.addData(chunk);
        }
        m_expectedSha = reference.result().toHex();
    }

    void hashJobSucceedsWithTheRightDigestAndMonotonicProgress()
    {
        JobRunner runner;
        JobHandle *handle = runner.start(std::make_shared<FileHashJob>(m_bigFile));
        QList<JobProgress> seen;
        connect(handle, &JobHandle::progressChanged, this, [&seen](const JobProgress &p) { seen.append(p); });
        QSignalSpy finished(handle, &JobHandle::finished);
        QVERIFY(finished.wait(60000));
        const JobReport report = finished.first().first().value<JobReport>();
        QCOMPARE(report.outcome, JobOutcome::Succeeded);
        QCOMPARE(report.data.value(QStringLiteral("sha256")).toString().toLatin1(), m_expectedSha);
        QCOMPARE(report.data.value(QStringLiteral("bytes")).toInteger(), qint64(192) << 20);
        QCOMPARE(report.steps.size(), 1);
        QCOMPARE(report.steps.first().state, StepState::Done);
        QCOMPARE(report.steps.first().done, qint64(192) << 20);
        QVERIFY(!seen.isEmpty());
        for (int i = 1; i < seen.size(); ++i) {
            if (seen[i].step == seen[i - 1].step)
                QVERIFY2(seen[i].done >= seen[i - 1].done, "progress went backwards");
            QVERIFY(seen[i].step >= seen[i - 1].step);
        }
        QCOMPARE(seen.last().done, qint64(192) << 20);
        QVERIFY(report.toText().contains(QStringLiteral("succeeded")));
        QCOMPARE(report.toJson().value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(report.exitCode(), ExitCode::Ok);
    }

    void jobWritesItsAuditLineToTheRunnersLogOnly()
    {
        QTemporaryDir xdg;
        const QByteArray oldXdg = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", xdg.path().toLocal8Bit());
        const QString logPath = m_dir.filePath(QStringLiteral("runner-audit.jsonl"));
        JobRunner runner(AuditLog(logPath, QString()));
        QCOMPARE(runner.audit().path(), logPath);
        JobHandle *handle = runner.start(std::make_shared<AuditingJob>(QStringLiteral("/runner/target")));
        QSignalSpy finished(handle, &JobHandle::finished);
        QVERIFY(finished.wait(10000));
        qputenv("XDG_DATA_HOME", oldXdg);
        QCOMPARE(finished.first().first().value<JobReport>().outcome, JobOutcome::Succeeded);
        QCOMPARE(auditTargets(logPath), QStringList{QStringLiteral("/runner/target")});
        QVERIFY(!QFile::exists(xdg.filePath(QStringLiteral("strongroom/audit.jsonl"))));
    }

    void runnerWithoutALogWritesToTheDefaultLogAsItIsWhenTheJobStarts()
    {
        JobRunner runner; // made before the folder is set: the default is read when the job starts
        QTemporaryDir xdg;
        const QByteArray oldXdg = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", xdg.path().toLocal8Bit());
        const QString defaultLog = xdg.filePath(QStringLiteral("strongroom/audit.jsonl"));
        QCOMPARE(runner.audit().path(), defaultLog);
        JobHandle *handle = runner.start(std::make_shared<AuditingJob>(QStringLiteral("/default/target")));
        QSignalSpy finished(handle, &JobHandle::finished);
        QVERIFY(finished.wait(10000));
        QThreadPool pool;
        const JobReport detached =
            startDetached(std::make_shared<AuditingJob>(QStringLiteral("/detached/target")), &pool)
                ->waitPolling({}, {});
        qputenv("XDG_DATA_HOME", oldXdg);
        QCOMPARE(finished.first().first().value<JobReport>().outcome, JobOutcome::Succeeded);
        QCOMPARE(detached.outcome, JobOutcome::Succeeded);
        QCOMPARE(auditTargets(defaultLog),
                 (QStringList{QStringLiteral("/default/target"), QStringLiteral("/detached/target")}));
    }

    void childJobWritesToItsParentsLog()
    {
        const QString logPath = m_dir.filePath(QStringLiteral("detached-audit.jsonl"));
        QThreadPool pool;
        const JobReport report = startDetached(std::make_shared<AuditingJob>(QStringLiteral("/parent"), true),
                                               &pool, {}, AuditLog(logPath, QString()))
                                     ->waitPolling({}, {});
        QCOMPARE(report.outcome, JobOutcome::Succeeded);
        QCOMPARE(auditTargets(logPath),
                 (QStringList{QStringLiteral("/parent.child"), QStringLiteral("/parent")}));
    }

    void cancelMidwayEndsAsCancelledWithin200Milliseconds()
    {
        QThreadPool pool;
        auto handle = startDetached(std::make_shared<FileHashJob>(m_bigFile), &pool);
        QElapsedTimer sinceCancel;
        qint64 doneAtCancel = -1;
        const JobReport report = handle->waitPolling(
            [&](const JobProgress &p, const QStringList &) {
                if (doneAtCancel < 0 && p.done > 0) {
                    doneAtCancel = p.done;
                    sinceCancel.start();
                }
            },
            [&] { return doneAtCancel >= 0; }, 5);
        QVERIFY(sinceCancel.isValid());
        QVERIFY2(sinceCancel.elapsed() < 200, qPrintable(QString::number(sinceCancel.elapsed())));
        QCOMPARE(report.outcome, JobOutcome::Cancelled);
        QVERIFY(!report.error.has_value());
        QCOMPARE(report.exitCode(), ExitCode::Cancelled);
        QCOMPARE(report.steps.first().state, StepState::Cancelled);
        QVERIFY(report.steps.first().done < (qint64(192) << 20));
    }

    void suspendedJobMakesNoProgressUntilResumed()
    {
        JobRunner runner;
        JobHandle *handle = runner.start(std::make_shared<FileHashJob>(m_bigFile));
        QTRY_VERIFY_WITH_TIMEOUT(handle->progress().done > 0, 10000);
        handle->setSuspended(true);
        QTest::qWait(300);
        const qint64 pausedAt = handle->progress().done;
        QTest::qWait(400);
        QCOMPARE(handle->progress().done, pausedAt);
        QVERIFY(handle->progress().suspended);
        QSignalSpy finished(handle, &JobHandle::finished);
        handle->setSuspended(false);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<JobReport>().outcome, JobOutcome::Succeeded);
    }

    void jobCancelledBeforeItStartsEndsAsCancelledNotFailed()
    {
        // One thread, held by a first job: the second job waits in the queue when it is cancelled.
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        auto busy = startDetached(std::make_shared<SteadyJob>(), &pool);
        auto waiting = startDetached(std::make_shared<FileHashJob>(m_bigFile), &pool);
        waiting->cancel();
        const JobReport report = waiting->waitPolling({}, {});
        QCOMPARE(report.outcome, JobOutcome::Cancelled);
        QVERIFY(!report.error.has_value());
        QCOMPARE(report.exitCode(), ExitCode::Cancelled);
        busy->cancel();
        busy->waitPolling({}, {});
    }

    void unreadableFileFailsWithAnErrorThatNamesIt()
    {
        QThreadPool pool;
        const QString missing = m_dir.filePath(QStringLiteral("missing.bin"));
        auto handle = startDetached(std::make_shared<FileHashJob>(missing), &pool);
        const JobReport report = handle->waitPolling({}, {});
        QCOMPARE(report.outcome, JobOutcome::Failed);
        QVERIFY(report.error.has_value());
        QVERIFY(report.error->message.contains(missing));
        QCOMPARE(
            report.toJson().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
            1);
    }

    void progressReportsRateAndEtaCloseToTheTruePace()
    {
        // 60 rows at 20 ms each: about 50 rows/s.
        QThreadPool pool;
        auto handle = startDetached(std::make_shared<SteadyJob>(), &pool);
        QList<JobProgress> seen;
        handle->waitPolling([&](const JobProgress &p, const QStringList &) { seen.append(p); }, {}, 100);
        QCOMPARE(handle->report().outcome, JobOutcome::Succeeded);
        QCOMPARE(handle->report().steps.size(), 2);
        bool checked = false;
        for (const JobProgress &p : seen) {
            if (p.step == 1 && p.done > 20 && p.done < 50) {
                QVERIFY2(p.rate > 25 && p.rate < 60, qPrintable(QString::number(p.rate)));
                const double trueEtaMs = (60 - p.done) * 20.0;
                QVERIFY2(p.etaMs > trueEtaMs * 0.5 && p.etaMs < trueEtaMs * 2.0 + 200,
                         qPrintable(QString::number(p.etaMs)));
                checked = true;
            }
        }
        QVERIFY(checked);
    }

    void irreversibleStepIsVisibleToTheCaller()
    {
        JobRunner runner;
        JobHandle *handle = runner.start(std::make_shared<SteadyJob>());
        QTRY_VERIFY_WITH_TIMEOUT(handle->progress().step == 1, 5000);
        QVERIFY(handle->runningStepIsIrreversible());
        QSignalSpy finished(handle, &JobHandle::finished);
        handle->cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<JobReport>().outcome, JobOutcome::Cancelled);
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer init;
    QCoreApplication app(argc, argv);
    TestJobRunner test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestJobRunner.moc"
