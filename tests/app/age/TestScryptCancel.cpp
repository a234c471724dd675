#include "age/AgeFile.h"
#include "age/AgeFileJobs.h"
#include "cli/ProgressLine.h"
#include "core/JobRunner.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtCrypto>

using namespace strongroom;
using namespace strongroom::age;

// A scrypt derivation is one OpenSSL call that cannot be interrupted: the age jobs declare it with
// its expected duration while it runs, and a cancel asked meanwhile ends the job right after it.
class TestScryptCancel : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;
    QTemporaryDir m_dir;
    QThreadPool m_pool;
    static constexpr int kLogN = 18; // age's own default: a few hundred ms, 256 MiB

    static KeyMaterial passphrase()
    {
        return KeyMaterial(QCA::SecureArray(QByteArrayLiteral("derive me slowly")));
    }

    // The test's own audit log, given to every job it runs.
    AuditLog audit() const { return AuditLog(m_dir.filePath(QStringLiteral("audit/audit.log"))); }

    // Runs `job`, cancels it as soon as it declares unstoppable work, and returns the report with
    // the progress seen at that moment.
    JobReport cancelDuringDerivation(std::shared_ptr<Job> job, JobProgress &seen)
    {
        auto handle = startDetached(std::move(job), &m_pool, {}, audit());
        QElapsedTimer timer;
        timer.start();
        while (!handle->isFinished() && handle->progress().unstoppableUntilMs == 0 && timer.elapsed() < 60000)
            QThread::msleep(2);
        seen = handle->progress();
        handle->cancel();
        return handle->waitPolling({}, {});
    }

    QStringList filesInDir() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile plain(m_dir.filePath(QStringLiteral("plain.txt")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write(QByteArray(200000, 'p'));
        plain.close();
        // The file to decrypt, made with the library at a known work factor.
        QFile in(plain.fileName());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(m_dir.filePath(QStringLiteral("secret.age")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        EncryptRequest request;
        request.passphrase = passphrase();
        request.scryptLogN = kLogN;
        QVERIFY(encryptFile(in, out, request));
    }

    void cancelDuringTheDecryptionsDerivationEndsTheJobRightAfterIt()
    {
        const QStringList before = filesInDir();
        DecryptFileRequest request;
        request.input = m_dir.filePath(QStringLiteral("secret.age"));
        request.output = AgeOutput{AgeOutput::Kind::File, m_dir.filePath(QStringLiteral("out.txt"))};
        request.passphrase = passphrase();
        JobProgress seen;
        const qint64 askedAt = QDateTime::currentMSecsSinceEpoch();
        const JobReport report = cancelDuringDerivation(std::make_shared<DecryptFileJob>(request), seen);
        QVERIFY2(seen.unstoppableUntilMs > 0, "the derivation was never declared as unstoppable");
        // A plausible estimate: in the future when declared, and not minutes away.
        QVERIFY(seen.unstoppableUntilMs >= askedAt);
        QVERIFY2(seen.unstoppableUntilMs - askedAt < 60000,
                 qPrintable(QString::number(seen.unstoppableUntilMs - askedAt)));
        QCOMPARE(report.outcome, JobOutcome::Cancelled);
        QVERIFY(!report.error);
        QCOMPARE(filesInDir(), before); // no output, no temp
    }

    void cancelDuringTheEncryptionsDerivationWritesNothing()
    {
        const QStringList before = filesInDir();
        EncryptFileRequest request;
        request.input = m_dir.filePath(QStringLiteral("plain.txt"));
        request.output = AgeOutput{AgeOutput::Kind::File, m_dir.filePath(QStringLiteral("new.age"))};
        request.age.passphrase = passphrase();
        request.age.scryptLogN = kLogN;
        JobProgress seen;
        const JobReport report = cancelDuringDerivation(std::make_shared<EncryptFileJob>(request), seen);
        QVERIFY2(seen.unstoppableUntilMs > 0, "the derivation was never declared as unstoppable");
        QCOMPARE(report.outcome, JobOutcome::Cancelled);
        QCOMPARE(filesInDir(), before);
    }

    void withoutACancelTheDeclarationEndsAndTheFileOpens()
    {
        DecryptFileRequest request;
        request.input = m_dir.filePath(QStringLiteral("secret.age"));
        request.output = AgeOutput{AgeOutput::Kind::None, {}};
        request.passphrase = passphrase();
        auto handle = startDetached(std::make_shared<DecryptFileJob>(request), &m_pool, {}, audit());
        const JobReport report = handle->waitPolling({}, {});
        QCOMPARE(report.outcome, JobOutcome::Succeeded);
        QCOMPARE(handle->progress().unstoppableUntilMs, 0);
    }

    void theProgressLineSaysTheStepCannotBeStopped()
    {
        const QList<JobStep> steps{{QStringLiteral("Read the identities")}, {QStringLiteral("Decrypt")}};
        JobProgress progress;
        progress.step = 1;
        progress.unstoppableUntilMs = 5'000'000 + 3500;
        QCOMPARE(cli::ProgressLine::render(steps, progress, false, 5'000'000),
                 QStringLiteral("[2/2] Decrypt  cannot be stopped; ends in about 4 s"));
        QCOMPARE(cli::ProgressLine::render(steps, progress, true, 5'000'000),
                 QStringLiteral("[2/2] Decrypt  cannot be stopped; ends in about 4 s, then stops"));
        progress.unstoppableUntilMs = 0;
        QCOMPARE(cli::ProgressLine::render(steps, progress, false, 5'000'000),
                 QStringLiteral("[2/2] Decrypt"));
    }
};

QTEST_GUILESS_MAIN(TestScryptCancel)
#include "TestScryptCancel.moc"
