#include "bench/KdfBenchJob.h"
#include "core/JobHandle.h"
#include "core/JobRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace strongroom;
using namespace strongroom::bench;

// `bench kdf`'s LUKS rows: each key slot of a given image at its own argon2id memory and time (a real
// LUKS2 image made by `cryptsetup luksFormat`); without --volume the console's known volumes, where
// one that has gone is named and the rest measured; and with no volume at all argon2id at
// libcryptsetup's defaults for a new LUKS2 slot, with the iterations for the chosen target time.
class TestKdfBenchJob : public QObject
{
    Q_OBJECT
    QThreadPool m_pool;
    QTemporaryDir m_dir;
    QString m_image;

    JobReport run(const KdfBenchRequest &request)
    {
        return startDetached(std::make_shared<KdfBenchJob>(request), &m_pool)
            ->waitPolling({}, [] { return false; }, 20);
    }

    static QList<QJsonObject> rowsOf(const JobReport &report, const QString &kdf)
    {
        QList<QJsonObject> rows;
        for (const QJsonValue &v : report.data.value(QLatin1String("results")).toArray())
            if (v.toObject().value(QLatin1String("kdf")).toString() == kdf)
                rows.append(v.toObject());
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("cryptsetup")).isEmpty())
            QSKIP("cryptsetup is not installed: no LUKS2 image to measure.");
        m_image = m_dir.filePath(QStringLiteral("volume.img"));
        QFile image(m_image);
        QVERIFY(image.open(QIODevice::WriteOnly));
        QVERIFY(image.resize(20 * 1024 * 1024));
        image.close();
        QFile key(m_dir.filePath(QStringLiteral("key")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("a test passphrase");
        key.close();
        QProcess format;
        format.start(QStringLiteral("cryptsetup"),
                     {QStringLiteral("luksFormat"), QStringLiteral("-q"), QStringLiteral("--type"),
                      QStringLiteral("luks2"), QStringLiteral("--pbkdf"), QStringLiteral("argon2id"),
                      QStringLiteral("--pbkdf-memory"), QStringLiteral("1024"),
                      QStringLiteral("--pbkdf-parallel"), QStringLiteral("1"),
                      QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("5"),
                      QStringLiteral("--key-file"), key.fileName(), m_image});
        QVERIFY(format.waitForFinished(60000));
        QVERIFY2(format.exitCode() == 0, format.readAllStandardError().constData());
    }

    void aGivenImageIsMeasuredAtEachSlotsOwnCost()
    {
        KdfBenchRequest request;
        request.volumeImages = {m_image};
        request.targetMs = 500;
        const JobReport report = run(request);
        QCOMPARE(report.outcome, JobOutcome::Succeeded);
        QCOMPARE(report.data.value(QLatin1String("volumes_source")).toString(), QStringLiteral("given"));
        const QList<QJsonObject> slotRows = rowsOf(report, QStringLiteral("argon2id"));
        QCOMPARE(slotRows.size(), 1); // the slot; no defaults row beside a measured argon2id slot
        const QJsonObject slot = slotRows.first();
        QCOMPARE(slot.value(QLatin1String("volume")).toString(), m_image);
        QCOMPARE(slot.value(QLatin1String("slot")).toInt(), 0);
        const QJsonObject parameters = slot.value(QLatin1String("parameters")).toObject();
        QCOMPARE(parameters.value(QLatin1String("iterations")).toInt(), 5);
        QCOMPARE(parameters.value(QLatin1String("memory_kib")).toInt(), 1024);
        QVERIFY(slot.value(QLatin1String("ms")).toDouble() > 0);
        QVERIFY(
            slot.value(QLatin1String("for_target")).toObject().value(QLatin1String("iterations")).toInt() >=
            4);
    }

    void knownVolumesAreMeasuredAndAGoneOneNamed()
    {
        KdfBenchRequest request;
        const QString gone = m_dir.filePath(QStringLiteral("gone.img"));
        request.knownVolumeImages = {gone, m_image};
        request.targetMs = 500;
        const JobReport report = run(request);
        QCOMPARE(report.outcome, JobOutcome::Succeeded);
        QCOMPARE(report.data.value(QLatin1String("volumes_source")).toString(), QStringLiteral("known"));
        const QList<QJsonObject> missing = rowsOf(report, QStringLiteral("luks"));
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().value(QLatin1String("volume")).toString(), gone);
        QVERIFY(!missing.first().value(QLatin1String("note")).toString().isEmpty());
        QCOMPARE(rowsOf(report, QStringLiteral("argon2id")).size(), 1);
    }

    void withoutVolumesLibcryptsetupsDefaultsAreMeasured()
    {
        KdfBenchRequest request;
        request.targetMs = 2000;
        const JobReport report = run(request);
        QCOMPARE(report.outcome, JobOutcome::Succeeded);
        QCOMPARE(report.data.value(QLatin1String("volumes_source")).toString(), QStringLiteral("none"));
        const QList<QJsonObject> rows = rowsOf(report, QStringLiteral("argon2id"));
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first();
        const QJsonObject defaults = row.value(QLatin1String("defaults")).toObject();
        QCOMPARE(defaults.value(QLatin1String("source")).toString(), QStringLiteral("libcryptsetup"));
        QVERIFY(defaults.value(QLatin1String("max_memory_kib")).toInt() > 0);
        QVERIFY(defaults.value(QLatin1String("iter_time_ms")).toInt() > 0);
        qInfo("argon2id at %d KiB, %d threads, 4 iterations: %.1f ms; for 2000 ms: %d iterations",
              defaults.value(QLatin1String("max_memory_kib")).toInt(),
              defaults.value(QLatin1String("parallel_threads")).toInt(),
              row.value(QLatin1String("ms")).toDouble(),
              row.value(QLatin1String("for_target")).toObject().value(QLatin1String("iterations")).toInt());
        QVERIFY(row.value(QLatin1String("ms")).toDouble() > 0);
        QVERIFY(
            row.value(QLatin1String("for_target")).toObject().value(QLatin1String("iterations")).toInt() >=
            4);
        QCOMPARE(rowsOf(report, QStringLiteral("scrypt")).size(), 1);
        QCOMPARE(rowsOf(report, QStringLiteral("PBKDF2-HMAC-SHA512")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKdfBenchJob)
#include "TestKdfBenchJob.moc"
