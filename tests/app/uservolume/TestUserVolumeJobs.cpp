// The user-space reader's jobs themselves (the CLI verbs and the Browse window run them): a cancel
// during an extraction ends it within the job contract's 200 ms (plus the watcher's polling), as a
// cancellation and not an error, leaves no temp or partial file in the target folder, and the job
// writes the audit line saying so. The same holds for a cancel while `volume cat` reads a file; a
// preview that stops reading at its limit (the reader's sink ends the read early) succeeds.
#include "app/volumes/LuksFixtures.h"
#include "core/JobRunner.h"
#include "uservolume/UserVolumeJobs.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QtCrypto>
#include <cstring>

using namespace strongroom;

class TestUserVolumeJobs : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;
    LuksFixtures m_fx;
    QThreadPool m_pool;
    QString m_image;

    UserVolumeSource source() const
    {
        return UserVolumeSource{m_image, {}, KeyMaterial(QCA::SecureArray(QByteArrayLiteral("job secret")))};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = LuksFixtures::ext4ImageUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString tree = m_fx.path(QStringLiteral("tree"));
        QDir().mkpath(tree);
        QFile big(tree + QStringLiteral("/big.bin"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QByteArray chunk(1024 * 1024, Qt::Uninitialized);
        quint64 state = 88172645463325252ULL;
        for (int m = 0; m < 96; ++m) {
            for (int i = 0; i < chunk.size(); i += 8) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                std::memcpy(chunk.data() + i, &state, 8);
            }
            QCOMPARE(big.write(chunk), chunk.size());
        }
        big.close();
        m_image = m_fx.encryptedExt4Image(QStringLiteral("jobs.img"), tree, 128, "job secret");
        QVERIFY(!m_image.isEmpty());
    }

    void cancelDuringExtractionEndsPromptlyAndLeavesNothing()
    {
        const QString target = m_fx.path(QStringLiteral("cancel-out"));
        QVERIFY(QDir().mkpath(target));
        VolumeExtractJob::Request request;
        request.paths = {QByteArrayLiteral("/big.bin")};
        request.targetFolder = target;
        auto handle = startDetached(std::make_shared<VolumeExtractJob>(source(), request), &m_pool, {},
                                    AuditLog(m_fx.path(QStringLiteral("audit.jsonl"))));
        QElapsedTimer waited;
        waited.start();
        while (!handle->isFinished() && !(handle->progress().step == 2 && handle->progress().done > 0) &&
               waited.elapsed() < 120000)
            QThread::msleep(1);
        QVERIFY2(!handle->isFinished(), "the extraction ended before it could be cancelled");
        QElapsedTimer stopping;
        stopping.start();
        handle->cancel();
        while (!handle->isFinished())
            QThread::msleep(1);
        const qint64 ms = stopping.elapsed();
        qInfo("cancel took %lld ms", ms);
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("cancel took %1 ms").arg(ms)));
        const JobReport report = handle->waitPolling({}, {});
        QCOMPARE(report.outcome, JobOutcome::Cancelled);
        QVERIFY(!report.error);
        QCOMPARE(
            QDir(target).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
            QStringList());
        QFile audit(m_fx.path(QStringLiteral("audit.jsonl")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray lines = audit.readAll();
        QVERIFY2(lines.contains("\"volume.get\"") && lines.contains("\"cancelled\""), lines.constData());
    }

    void cancelDuringReadEndsAsCancelledNotFailed()
    {
        QFile sink(m_fx.path(QStringLiteral("cat-out")));
        QVERIFY(sink.open(QIODevice::WriteOnly));
        auto handle = startDetached(
            std::make_shared<VolumeReadFileJob>(source(), QByteArrayLiteral("/big.bin"), sink.handle()),
            &m_pool, {}, AuditLog(m_fx.path(QStringLiteral("audit-cat.jsonl"))));
        QElapsedTimer waited;
        waited.start();
        while (!handle->isFinished() && !(handle->progress().step == 1 && handle->progress().done > 0) &&
               waited.elapsed() < 120000)
            QThread::msleep(1);
        QVERIFY2(!handle->isFinished(), "the read ended before it could be cancelled");
        handle->cancel();
        const JobReport report = handle->waitPolling({}, {});
        QCOMPARE(report.outcome, JobOutcome::Cancelled);
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->message : QString()));
        QVERIFY(sink.size() < qint64(96) * 1024 * 1024);
        QFile audit(m_fx.path(QStringLiteral("audit-cat.jsonl")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray lines = audit.readAll();
        QVERIFY2(lines.contains("\"volume.cat\"") && lines.contains("\"cancelled\""), lines.constData());
    }

    void aPreviewStopsAtItsLimitAndSucceeds()
    {
        auto job = std::make_shared<VolumeReadFileJob>(source(), QByteArrayLiteral("/big.bin"), -1, 5000);
        auto handle =
            startDetached(job, &m_pool, {}, AuditLog(m_fx.path(QStringLiteral("audit-preview.jsonl"))));
        const JobReport report = handle->waitPolling({}, {});
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->message : QString()));
        QCOMPARE(report.outcome, JobOutcome::Succeeded);
        QFile original(m_fx.path(QStringLiteral("tree/big.bin")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(job->bytes(), original.read(5000));
        QCOMPARE(report.data.value(QStringLiteral("bytes")).toInteger(), qint64(5000));
    }

    void aFinishedExtractionIsAudited()
    {
        const QString target = m_fx.path(QStringLiteral("done-out"));
        QVERIFY(QDir().mkpath(target));
        VolumeExtractJob::Request request;
        request.paths = {QByteArrayLiteral("/big.bin")};
        request.targetFolder = target;
        auto handle = startDetached(std::make_shared<VolumeExtractJob>(source(), request), &m_pool, {},
                                    AuditLog(m_fx.path(QStringLiteral("audit.jsonl"))));
        const JobReport report = handle->waitPolling({}, {});
        QCOMPARE(report.outcome, JobOutcome::Succeeded);
        QCOMPARE(QFileInfo(target + QStringLiteral("/big.bin")).size(), qint64(96) * 1024 * 1024);
        QCOMPARE(report.data.value(QStringLiteral("bytes")).toInteger(), qint64(96) * 1024 * 1024);
        QFile audit(m_fx.path(QStringLiteral("audit.jsonl")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        QVERIFY(audit.readAll().contains("\"succeeded\""));
    }
};

QTEST_GUILESS_MAIN(TestUserVolumeJobs)
#include "TestUserVolumeJobs.moc"
