#include "bench/CryptoBenchJob.h"

#include "bench/EvpSpeed.h"
#include "core/JobContext.h"
#include "system/Diagnostics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <cmath>
#include <openssl/crypto.h>

namespace strongroom::bench {

namespace {

struct Algorithm
{
    const char *name;   // as reported
    const char *usedBy; // English in --json; the CLI shows it translated (context "Benchmark")
    EvpSpeedSpec spec;
    QStringList speedArgs;  // `openssl speed` arguments before -bytes
    const char *speedLabel; // the name in `openssl speed -mr`'s +F line
};

const QList<Algorithm> &algorithms()
{
    static const QList<Algorithm> list{
        {"AES-256-CBC encrypt",
         QT_TRANSLATE_NOOP("Benchmark", "SQLCipher pages"),
         {EvpKind::Cipher, "AES-256-CBC", false, 4096},
         {QStringLiteral("-evp"), QStringLiteral("aes-256-cbc")},
         "AES-256-CBC"},
        {"AES-256-CBC decrypt",
         QT_TRANSLATE_NOOP("Benchmark", "SQLCipher pages"),
         {EvpKind::Cipher, "AES-256-CBC", true, 4096},
         {QStringLiteral("-decrypt"), QStringLiteral("-evp"), QStringLiteral("aes-256-cbc")},
         "AES-256-CBC"},
        {"HMAC-SHA512",
         QT_TRANSLATE_NOOP("Benchmark", "SQLCipher page HMACs"),
         {EvpKind::Hmac, "SHA512", false, 4096},
         {QStringLiteral("-hmac"), QStringLiteral("sha512")},
         "hmac(sha512)"},
        {"AES-256-XTS encrypt",
         QT_TRANSLATE_NOOP("Benchmark", "LUKS2 sectors"),
         {EvpKind::Cipher, "AES-256-XTS", false, 512},
         {QStringLiteral("-evp"), QStringLiteral("aes-256-xts")},
         "AES-256-XTS"},
        {"ChaCha20-Poly1305 encrypt",
         QT_TRANSLATE_NOOP("Benchmark", "age chunks"),
         {EvpKind::Cipher, "ChaCha20-Poly1305", false, 65536},
         {QStringLiteral("-evp"), QStringLiteral("chacha20-poly1305")},
         "ChaCha20-Poly1305"},
        {"SHA-256",
         QT_TRANSLATE_NOOP("Benchmark", "checksums, the audit chain"),
         {EvpKind::Digest, "SHA256", false, 1048576},
         {QStringLiteral("-evp"), QStringLiteral("sha256")},
         "SHA256"},
    };
    return list;
}

// `openssl speed -mr ... -bytes N -seconds 1` prints "+F:<n>:<label>:<bytes per second>".
// `openssl speed -mr ... -bytes N -seconds S` prints "+F:<n>:<label>:<bytes per second>". The child is
// killed within 50 ms of a cancel.
std::optional<double> opensslSpeedMBs(const Algorithm &a, int seconds, const std::function<bool()> &cancelled,
                                      QString &note)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (program.isEmpty()) {
        note = QCoreApplication::translate("Benchmark", "the openssl program is not installed");
        return std::nullopt;
    }
    QProcess p;
    p.start(program, QStringList{QStringLiteral("speed"), QStringLiteral("-mr"), QStringLiteral("-seconds"),
                                 QString::number(seconds), QStringLiteral("-bytes"),
                                 QString::number(a.spec.blockBytes)} +
                         a.speedArgs);
    QElapsedTimer waited;
    waited.start();
    while (!p.waitForFinished(50)) {
        if (p.state() == QProcess::NotRunning)
            break;
        if (cancelled() || waited.elapsed() > 30000 + seconds * 2000) {
            p.kill();
            p.waitForFinished();
            note = cancelled() ? QString()
                               : QCoreApplication::translate("Benchmark", "openssl speed did not finish");
            return std::nullopt;
        }
    }
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(':');
        if (fields.size() >= 4 && fields[0] == "+F" &&
            fields[2].compare(a.speedLabel, Qt::CaseInsensitive) == 0)
            return fields[3].toDouble() / 1e6;
    }
    note = QCoreApplication::translate("Benchmark", "openssl speed gave no figure for %1")
               .arg(QString::fromLatin1(a.speedLabel));
    return std::nullopt;
}

double tenths(double v)
{
    return std::round(v * 10.0) / 10.0;
}

} // namespace

QString CryptoBenchJob::title() const
{
    return QCoreApplication::translate("Benchmark", "Measure libcrypto's throughput");
}

QList<JobStep> CryptoBenchJob::steps() const
{
    QList<JobStep> steps;
    for (const Algorithm &a : algorithms())
        steps.append({QString::fromLatin1(a.name), false});
    return steps;
}

void CryptoBenchJob::run(JobContext &context)
{
    const qint64 minNs = qint64(m_seconds * 1e9);
    // openssl speed takes whole seconds; at least one, so its 10 ms CPU-time ticks stay below 1 %.
    const int referenceSeconds = std::max(1, int(std::ceil(m_seconds)));
    auto cancelled = [&context] { return context.isCancelled(); };
    QJsonArray results;
    int step = 0;
    for (const Algorithm &a : algorithms()) {
        context.startStep(step++);
        // Half the time before openssl's run and half after it, the better half counting: other load
        // only ever slows a loop down, and both halves bracket the reference in time.
        EvpSpeed ours = measureEvpSpeed(a.spec, minNs / 2, cancelled);
        if (context.isCancelled())
            return;
        QString note;
        std::optional<double> reference;
        if (m_reference && ours.bytesPerCpuSecond >= 0) {
            reference = opensslSpeedMBs(a, referenceSeconds, cancelled, note);
            if (context.isCancelled())
                return;
        }
        if (ours.bytesPerCpuSecond >= 0) {
            const EvpSpeed after = measureEvpSpeed(a.spec, minNs - minNs / 2, cancelled);
            if (context.isCancelled())
                return;
            if (after.bytesPerCpuSecond > ours.bytesPerCpuSecond)
                ours = after;
        }
        const double mbs = ours.megabytesPerSecond();
        QJsonObject row{{QStringLiteral("algorithm"), QString::fromLatin1(a.name)},
                        {QStringLiteral("used_by"), QString::fromLatin1(a.usedBy)},
                        {QStringLiteral("unit_bytes"), qint64(a.spec.blockBytes)},
                        {QStringLiteral("mb_s"), mbs < 0 ? QJsonValue() : QJsonValue(tenths(mbs))},
                        {QStringLiteral("cpu_share"),
                         ours.wallSeconds > 0
                             ? QJsonValue(std::round(ours.cpuSeconds / ours.wallSeconds * 100.0) / 100.0)
                             : QJsonValue()}};
        if (mbs < 0)
            row.insert(QStringLiteral("note"), QCoreApplication::translate("Benchmark", "libcrypto has no %1")
                                                   .arg(QString::fromLatin1(a.spec.name)));
        if (m_reference) {
            row.insert(QStringLiteral("openssl_speed_mb_s"),
                       reference ? QJsonValue(tenths(*reference)) : QJsonValue());
            row.insert(QStringLiteral("ratio"), reference && *reference > 0 && mbs > 0
                                                    ? QJsonValue(std::round(mbs / *reference * 100.0) / 100.0)
                                                    : QJsonValue());
            if (!note.isEmpty())
                row.insert(QStringLiteral("note"), note);
        }
        results.append(row);
    }
    const bool aesNi = cpuHasAesNi();
    context.setData(
        {{QStringLiteral("aes_ni"), aesNi},
         {QStringLiteral("openssl"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))},
         {QStringLiteral("seconds_per_algorithm"), m_seconds},
         {QStringLiteral("reference"), m_reference},
         {QStringLiteral("reference_seconds"), m_reference ? QJsonValue(referenceSeconds) : QJsonValue()},
         {QStringLiteral("method"),
          QStringLiteral("openssl speed's loops (one context, the same block in place), MB = 10^6 "
                         "bytes per second of this thread's CPU time")},
         {QStringLiteral("results"), results}});
    context.setOverview(
        aesNi ? QCoreApplication::translate("Benchmark",
                                            "libcrypto's throughput on this machine; the CPU has AES-NI.")
              : QCoreApplication::translate(
                    "Benchmark", "libcrypto's throughput on this machine; the CPU has no AES-NI, so AES runs "
                                 "in software."));
}

} // namespace strongroom::bench
