#include "bench/CryptoBenchJob.h"
#include "bench/EvpSpeed.h"
#include "core/JobHandle.h"
#include "core/JobRunner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QThreadPool>

using namespace strongroom;
using namespace strongroom::bench;

// `bench crypto` measures each row the way `openssl speed` does (EvpSpeed.h), so in the same run
// ours and openssl's agree: checked against a real `openssl speed` child for the page cipher, the
// page HMAC and the LUKS sector cipher (the rows that the old per-block re-keying and re-IV'ing
// slowed most, and whose wall-clock timing gave 0.19-0.32 on a busy machine). The bound is 0.7, not
// the 0.9 an idle core gives (docs/benchmarks.md), because both sides share a 2-core machine with
// other builds, where single runs of either side vary by up to 25 %; the figures are printed. Also:
// throughput is per CPU second, every row and field of the job's data is there, and Cancel ends a long run
// promptly.
class TestCryptoBenchJob : public QObject
{
    Q_OBJECT
    QThreadPool m_pool;

    static double opensslSpeed(const QStringList &args, const char *label)
    {
        QProcess p;
        p.start(QStringLiteral("openssl"), QStringList{QStringLiteral("speed"), QStringLiteral("-mr"),
                                                       QStringLiteral("-seconds"), QStringLiteral("1")} +
                                               args);
        if (!p.waitForFinished(60000))
            return -1;
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.trimmed().split(':');
            if (f.size() >= 4 && f[0] == "+F" && f[2].compare(label, Qt::CaseInsensitive) == 0)
                return f[3].toDouble() / 1e6;
        }
        return -1;
    }

private Q_SLOTS:
    void aRowMeasuresLikeOpensslSpeed_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("decrypt");
        QTest::addColumn<int>("block");
        QTest::addColumn<QStringList>("speedArgs");
        QTest::addColumn<QByteArray>("label");
        QTest::newRow("AES-256-CBC encrypt, 4 KiB pages")
            << int(EvpKind::Cipher) << QByteArray("AES-256-CBC") << false << 4096
            << QStringList{QStringLiteral("-evp"), QStringLiteral("aes-256-cbc")}
            << QByteArray("AES-256-CBC");
        QTest::newRow("HMAC-SHA512, 4 KiB pages")
            << int(EvpKind::Hmac) << QByteArray("SHA512") << false << 4096
            << QStringList{QStringLiteral("-hmac"), QStringLiteral("sha512")} << QByteArray("hmac(sha512)");
        QTest::newRow("AES-256-XTS encrypt, 512-byte sectors")
            << int(EvpKind::Cipher) << QByteArray("AES-256-XTS") << false << 512
            << QStringList{QStringLiteral("-evp"), QStringLiteral("aes-256-xts")}
            << QByteArray("AES-256-XTS");
    }

    void aRowMeasuresLikeOpensslSpeed()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, name);
        QFETCH(bool, decrypt);
        QFETCH(int, block);
        QFETCH(QStringList, speedArgs);
        QFETCH(QByteArray, label);
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("The openssl program is not installed: no reference to compare with.");
        const EvpSpeedSpec spec{EvpKind(kind), name.constData(), decrypt, size_t(block)};
        // Best of two on each side, alternating, so a burst of load on either does not decide.
        double ours = 0, theirs = 0;
        for (int i = 0; i < 2; ++i) {
            ours = std::max(ours, measureEvpSpeed(spec, 700'000'000).megabytesPerSecond());
            theirs = std::max(theirs, opensslSpeed(speedArgs + QStringList{QStringLiteral("-bytes"),
                                                                           QString::number(block)},
                                                   label.constData()));
        }
        qInfo("%s: ours %.1f MB/s, openssl speed %.1f MB/s, ratio %.2f", name.constData(), ours, theirs,
              ours / theirs);
        QVERIFY2(theirs > 0, "openssl speed gave a figure");
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_UNDEFINED__)
        // Our loop is instrumented here and openssl's is not: small blocks (XTS sectors) measure the
        // instrumentation. The ratio is printed above; the release build's figure is in benchmarks.md.
        qWarning("Not checked under ASan/UBSan: the ratio to openssl speed (instrumented loop).");
        return;
#endif
        QVERIFY2(ours / theirs >= 0.7, "ours within 30 % of openssl speed on a shared machine");
        QVERIFY2(ours / theirs <= 1.4, "and not faster than it by more than noise");
    }

    void throughputIsPerCpuSecond()
    {
        const EvpSpeed s = measureEvpSpeed({EvpKind::Digest, "SHA256", false, 65536}, 200'000'000);
        QVERIFY(s.blocks > 0);
        QVERIFY(s.cpuSeconds > 0 && s.cpuSeconds <= s.wallSeconds * 1.01 + 0.01);
        QCOMPARE(s.bytesPerCpuSecond, double(s.blocks) * 65536.0 / s.cpuSeconds);
        QVERIFY(measureEvpSpeed({EvpKind::Cipher, "NO-SUCH-CIPHER", false, 16}, 1000).bytesPerCpuSecond < 0);
    }

    void theJobReportsEveryRowWithItsReference()
    {
        auto job = std::make_shared<CryptoBenchJob>(false, 0.05);
        const JobReport report = startDetached(job, &m_pool)->waitPolling({}, [] { return false; }, 20);
        QCOMPARE(report.outcome, JobOutcome::Succeeded);
        const QJsonArray rows = report.data.value(QLatin1String("results")).toArray();
        QCOMPARE(rows.size(), 6);
        for (const QJsonValue &v : rows) {
            const QJsonObject r = v.toObject();
            QVERIFY2(r.value(QLatin1String("mb_s")).toDouble() > 0,
                     qPrintable(r.value(QLatin1String("algorithm")).toString()));
            QVERIFY(r.contains(QLatin1String("unit_bytes")));
            QVERIFY(r.contains(QLatin1String("cpu_share")));
            QVERIFY(!r.contains(QLatin1String("ratio"))); // no reference asked for
        }
        for (const char *field : {"aes_ni", "openssl", "method", "seconds_per_algorithm"})
            QVERIFY2(report.data.contains(QLatin1String(field)), field);
    }

    void cancelEndsALongRunPromptly()
    {
        auto job = std::make_shared<CryptoBenchJob>(true, 10.0);
        auto handle = startDetached(job, &m_pool);
        QTest::qWait(300);
        QElapsedTimer sinceCancel;
        const JobReport report = handle->waitPolling(
            {},
            [&] {
                if (!sinceCancel.isValid())
                    sinceCancel.start();
                return true;
            },
            10);
        qInfo("ended %lld ms after the cancel", sinceCancel.elapsed());
        QCOMPARE(report.outcome, JobOutcome::Cancelled);
        QVERIFY2(sinceCancel.elapsed() < 1000,
                 "cancel honoured within 200 ms (1 s allowed on a loaded machine)");
    }
};

QTEST_GUILESS_MAIN(TestCryptoBenchJob)
#include "TestCryptoBenchJob.moc"
