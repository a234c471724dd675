#include "ConversionFixtures.h"
#include "conversion/ConversionJob.h"
#include "core/JobHandle.h"
#include "core/JobRunner.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtCrypto>

using namespace fixtures;
using namespace strongroom;

// The page-by-page rekey as the GUI and the CLI run it, a ConversionJob: its copy step counts pages,
// with a rate and an ETA, and a cancel in the middle of it ends the job within 200 ms, leaving the
// original byte for byte and no temp file.
class TestPageRekeyJob : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;
    QTemporaryDir m_home;

private Q_SLOTS:
    void progressIsInPagesAndACancelEndsWithin200Ms()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("big.db"));
        // About 200 MB: long enough to cancel in the middle of the copy on a fast machine.
        makeDatabase(db, kOldPassphrase, "PRAGMA kdf_iter = 4000;\n", 40000, false, 5000);
        const QByteArray before = fileSha256(db);

        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        ConversionRequest request;
        request.kind = ConversionKind::Rekey;
        request.path = db;
        request.key = KeyMaterial(QCA::SecureArray(kOldPassphrase));
        request.newKey = KeyMaterial(QCA::SecureArray(kNewPassphrase));
        CipherSettings settings;
        settings.kdfIter = 4000;
        request.sourceSettings = settings;
        QThreadPool pool;
        auto handle = startDetached(std::make_shared<ConversionJob>(std::move(request)), &pool);

        JobProgress copying;
        bool sawRate = false;
        QElapsedTimer sinceCancel;
        const JobReport report = handle->waitPolling(
            [&](const JobProgress &progress, const QStringList &) {
                if (progress.step != ConversionJob::CopyStep)
                    return;
                copying = progress;
                sawRate = sawRate || (progress.rate > 0 && progress.etaMs >= 0);
            },
            [&] {
                // Cancel once a quarter of the pages are done and a rate has been shown.
                if (!sinceCancel.isValid() && sawRate && copying.done > copying.total / 4)
                    sinceCancel.start();
                return sinceCancel.isValid();
            },
            10);
        QVERIFY(sinceCancel.isValid());
        const qint64 cancelMs = sinceCancel.elapsed();
        qInfo("cancelled at %lld of %lld pages (%.0f pages/s); the job ended %lld ms later", copying.done,
              copying.total, copying.rate, cancelMs);
        QCOMPARE(copying.unit, ProgressUnit::Pages);
        QCOMPARE(copying.total, QFileInfo(db).size() / 4096);
        QVERIFY2(copying.done < copying.total, "the copy ended before the cancel: make the input bigger");
        QVERIFY(sawRate);
        QVERIFY(!report.error.has_value());
        QCOMPARE(report.outcome, JobOutcome::Cancelled);
        QVERIFY2(cancelMs <= 200, qPrintable(QString::number(cancelMs)));
        QCOMPARE(fileSha256(db), before);
        QCOMPARE(strongroomTempsIn(dir.path()), QStringList());
        QCOMPARE(keptOriginalsIn(dir.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestPageRekeyJob)
#include "TestPageRekeyJob.moc"
