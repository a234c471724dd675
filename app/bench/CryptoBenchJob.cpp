#include "bench/CryptoBenchJob.h"

#include "bench/BenchText.h"
#include "core/JobContext.h"
#include "system/Diagnostics.h"
#include "volumes/CipherBenchmark.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <time.h>
#include <vector>

namespace strongroom::bench {

namespace {

enum class Kind
{
    Cipher,
    Mac,
    Digest
};

struct Algorithm
{
    const char *name; // as reported
    const char *usedBy;
    Kind kind;
    const char *evpName; // EVP cipher or digest name
    int keyBytes;
    bool encrypt;
    size_t unitBytes;
    QStringList speedArgs;  // `openssl speed` arguments before -bytes
    const char *speedLabel; // the name in `openssl speed -mr`'s +F line
};

const QList<Algorithm> &algorithms()
{
    static const QList<Algorithm> list{
        {"AES-256-CBC encrypt",
         "SQLCipher pages",
         Kind::Cipher,
         "AES-256-CBC",
         32,
         true,
         4096,
         {QStringLiteral("-evp"), QStringLiteral("aes-256-cbc")},
         "AES-256-CBC"},
        {"AES-256-CBC decrypt",
         "SQLCipher pages",
         Kind::Cipher,
         "AES-256-CBC",
         32,
         false,
         4096,
         {QStringLiteral("-decrypt"), QStringLiteral("-evp"), QStringLiteral("aes-256-cbc")},
         "AES-256-CBC"},
        {"HMAC-SHA512",
         "SQLCipher page HMACs",
         Kind::Mac,
         "SHA512",
         64,
         true,
         4096,
         {QStringLiteral("-hmac"), QStringLiteral("sha512")},
         "hmac(sha512)"},
        {"AES-256-XTS encrypt",
         "LUKS2 sectors",
         Kind::Cipher,
         "AES-256-XTS",
         64,
         true,
         512,
         {QStringLiteral("-evp"), QStringLiteral("aes-256-xts")},
         "AES-256-XTS"},
        {"ChaCha20-Poly1305 encrypt",
         "age chunks",
         Kind::Cipher,
         "ChaCha20-Poly1305",
         32,
         true,
         65536,
         {QStringLiteral("-evp"), QStringLiteral("chacha20-poly1305")},
         "ChaCha20-Poly1305"},
        {"SHA-256",
         "checksums, the audit chain",
         Kind::Digest,
         "SHA256",
         0,
         true,
         1048576,
         {QStringLiteral("-evp"), QStringLiteral("sha256")},
         "SHA256"},
    };
    return list;
}

qint64 threadCpuNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// MB/s per CPU second of a MAC or digest over `unitBytes` units, for at least `minNs` elapsed.
double hashSpeed(const Algorithm &a, qint64 minNs, const std::function<bool()> &cancelled)
{
    std::vector<unsigned char> input(std::max<size_t>(a.unitBytes, 1 << 20), 0x33), key(64, 0x5a);
    unsigned char out[EVP_MAX_MD_SIZE];
    EVP_MD *md = EVP_MD_fetch(nullptr, a.evpName, nullptr);
    EVP_MAC *mac = a.kind == Kind::Mac ? EVP_MAC_fetch(nullptr, "HMAC", nullptr) : nullptr;
    if (!md || (a.kind == Kind::Mac && !mac)) {
        EVP_MD_free(md);
        EVP_MAC_free(mac);
        return -1;
    }
    EVP_MAC_CTX *macCtx = mac ? EVP_MAC_CTX_new(mac) : nullptr;
    char digestName[] = "SHA512";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", digestName, 0),
                                 OSSL_PARAM_construct_end()};
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = threadCpuNs();
    qint64 bytes = 0;
    while (timer.nsecsElapsed() < minNs && !(cancelled && cancelled())) {
        for (size_t off = 0; off + a.unitBytes <= input.size(); off += a.unitBytes) {
            if (macCtx) {
                size_t n = 0;
                EVP_MAC_init(macCtx, key.data(), key.size(), params);
                EVP_MAC_update(macCtx, input.data() + off, a.unitBytes);
                EVP_MAC_final(macCtx, out, &n, sizeof out);
            } else {
                unsigned int n = 0;
                EVP_Digest(input.data() + off, a.unitBytes, out, &n, md, nullptr);
            }
            bytes += qint64(a.unitBytes);
        }
    }
    const double seconds = double(threadCpuNs() - cpuStart) / 1e9;
    EVP_MAC_CTX_free(macCtx);
    EVP_MAC_free(mac);
    EVP_MD_free(md);
    return double(bytes) / 1e6 / seconds;
}

// `openssl speed -mr ... -bytes N -seconds 1` prints "+F:<n>:<label>:<bytes per second>".
std::optional<double> opensslSpeedMBs(const Algorithm &a, QString &note)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (program.isEmpty()) {
        note = benchTr("the openssl program is not installed");
        return std::nullopt;
    }
    QProcess p;
    p.start(program,
            QStringList{QStringLiteral("speed"), QStringLiteral("-mr"), QStringLiteral("-seconds"),
                        QStringLiteral("1"), QStringLiteral("-bytes"), QString::number(a.unitBytes)} +
                a.speedArgs);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        note = benchTr("openssl speed did not finish");
        return std::nullopt;
    }
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(':');
        if (fields.size() >= 4 && fields[0] == "+F" &&
            fields[2].compare(a.speedLabel, Qt::CaseInsensitive) == 0)
            return fields[3].toDouble() / 1e6;
    }
    note = benchTr("openssl speed gave no figure for %1").arg(QString::fromLatin1(a.speedLabel));
    return std::nullopt;
}

double tenths(double v)
{
    return std::round(v * 10.0) / 10.0;
}

} // namespace

QString CryptoBenchJob::title() const
{
    return benchTr("Measure libcrypto's throughput");
}

QList<JobStep> CryptoBenchJob::steps() const
{
    QList<JobStep> steps;
    for (const Algorithm &a : algorithms())
        steps.append({QString::fromLatin1(a.name), false});
    if (m_reference)
        steps.append({benchTr("Reference: openssl speed"), false});
    return steps;
}

void CryptoBenchJob::run(JobContext &context)
{
    const qint64 minNs = qint64(m_seconds * 1e9);
    auto cancelled = [&context] { return context.isCancelled(); };
    QJsonArray results;
    QList<double> ours;
    int step = 0;
    for (const Algorithm &a : algorithms()) {
        context.startStep(step++);
        const double mbs = a.kind == Kind::Cipher ? opensslCipherSpeed(a.evpName, a.keyBytes, a.encrypt,
                                                                       a.unitBytes, minNs, cancelled) *
                                                        (1024.0 * 1024.0 / 1e6)
                                                  : hashSpeed(a, minNs, cancelled);
        if (context.isCancelled())
            return;
        ours.append(mbs);
        results.append(
            QJsonObject{{QStringLiteral("algorithm"), QString::fromLatin1(a.name)},
                        {QStringLiteral("used_by"), QString::fromLatin1(a.usedBy)},
                        {QStringLiteral("unit_bytes"), qint64(a.unitBytes)},
                        {QStringLiteral("mb_s"), mbs < 0 ? QJsonValue() : QJsonValue(tenths(mbs))}});
    }
    if (m_reference) {
        context.startStep(step++, algorithms().size(), ProgressUnit::Items);
        for (qsizetype i = 0; i < algorithms().size(); ++i) {
            QString note;
            // One second of openssl's own work each; the child is killed if we are cancelled meanwhile.
            context.beginUnstoppable(1200);
            const std::optional<double> reference = opensslSpeedMBs(algorithms()[i], note);
            context.endUnstoppable();
            if (context.isCancelled())
                return;
            QJsonObject o = results[i].toObject();
            o.insert(QStringLiteral("openssl_speed_mb_s"),
                     reference ? QJsonValue(tenths(*reference)) : QJsonValue());
            o.insert(QStringLiteral("ratio"),
                     reference && *reference > 0 && ours[i] > 0
                         ? QJsonValue(std::round(ours[i] / *reference * 100.0) / 100.0)
                         : QJsonValue());
            if (!note.isEmpty())
                o.insert(QStringLiteral("note"), note);
            results[i] = o;
            context.setProgress(i + 1);
        }
    }
    const bool aesNi = cpuHasAesNi();
    context.setData({{QStringLiteral("aes_ni"), aesNi},
                     {QStringLiteral("openssl"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))},
                     {QStringLiteral("seconds_per_algorithm"), m_seconds},
                     {QStringLiteral("reference"), m_reference},
                     {QStringLiteral("results"), results}});
    context.setOverview(
        aesNi ? benchTr("libcrypto's throughput on this machine; the CPU has AES-NI.")
              : benchTr("libcrypto's throughput on this machine; the CPU has no AES-NI, so AES runs "
                        "in software."));
}

} // namespace strongroom::bench
