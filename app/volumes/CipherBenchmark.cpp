#include "volumes/CipherBenchmark.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <libcryptsetup.h>
#include <openssl/evp.h>
#include <time.h>
#include <vector>

namespace strongroom {

namespace {
constexpr size_t kBuffer = 1024 * 1024;
constexpr qint64 kMinNs = 250'000'000; // measure each direction for at least 250 ms

struct Spec
{
    const char *cipher;
    const char *mode;
    int keyBits;
    const char *openssl; // nullptr: OpenSSL has no such cipher
};

const Spec kSpecs[] = {
    {"aes", "cbc", 128, "AES-128-CBC"}, {"serpent", "cbc", 128, nullptr}, {"twofish", "cbc", 128, nullptr},
    {"aes", "cbc", 256, "AES-256-CBC"}, {"serpent", "cbc", 256, nullptr}, {"twofish", "cbc", 256, nullptr},
    {"aes", "xts", 256, "AES-128-XTS"}, {"serpent", "xts", 256, nullptr}, {"twofish", "xts", 256, nullptr},
    {"aes", "xts", 512, "AES-256-XTS"}, {"serpent", "xts", 512, nullptr}, {"twofish", "xts", 512, nullptr},
};

qint64 threadCpuNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

} // namespace

double opensslCipherSpeed(const char *name, int keyBytes, bool encrypt, size_t unitBytes, qint64 minNs,
                          const WorkProgress &work, bool perCpuSecond)
{
    EVP_CIPHER *cipher = EVP_CIPHER_fetch(nullptr, name, nullptr);
    if (!cipher)
        return -1;
    const size_t buffer = std::max(kBuffer, unitBytes);
    std::vector<unsigned char> key(size_t(keyBytes), 0x5a), input(buffer, 0x33), out(buffer + 32);
    for (size_t i = 0; i < key.size(); ++i)
        key[i] = static_cast<unsigned char>(i * 7 + 1); // XTS refuses identical key halves
    unsigned char iv[16] = {};
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    EVP_CipherInit_ex(ctx, cipher, nullptr, key.data(), iv, encrypt ? 1 : 0);
    EVP_CIPHER_CTX_set_padding(ctx, 0);
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = threadCpuNs();
    qint64 bytes = 0;
    while (timer.nsecsElapsed() < minNs && !work.cancelled()) {
        for (size_t off = 0; off + unitBytes <= buffer; off += unitBytes) {
            iv[0] = static_cast<unsigned char>(off / unitBytes);
            EVP_CipherInit_ex(ctx, nullptr, nullptr, nullptr, iv, -1);
            int n = 0;
            EVP_CipherUpdate(ctx, out.data() + off, &n, input.data() + off, int(unitBytes));
            bytes += qint64(unitBytes);
        }
    }
    const double seconds = double(perCpuSecond ? threadCpuNs() - cpuStart : timer.nsecsElapsed()) / 1e9;
    EVP_CIPHER_CTX_free(ctx);
    EVP_CIPHER_free(cipher);
    return double(bytes) / (1024.0 * 1024.0) / seconds;
}

QJsonObject CipherSpeed::toJson() const
{
    QJsonObject o{{QStringLiteral("cipher"), cipher},
                  {QStringLiteral("key_size_bits"), keySizeBits},
                  {QStringLiteral("source"), source}};
    if (source == QLatin1String("unavailable")) {
        o.insert(QStringLiteral("note"), note);
    } else {
        o.insert(QStringLiteral("encrypt_mib_s"), qRound(encryptMiBs * 10) / 10.0);
        o.insert(QStringLiteral("decrypt_mib_s"), qRound(decryptMiBs * 10) / 10.0);
    }
    return o;
}

QList<CipherSpeed> benchmarkCiphers(bool kernelCryptoApi)
{
    QList<CipherSpeed> speeds;
    for (const Spec &spec : kSpecs) {
        CipherSpeed speed;
        speed.cipher = QString::fromLatin1(spec.cipher) + QLatin1Char('-') + QString::fromLatin1(spec.mode);
        speed.keySizeBits = spec.keyBits;
        if (kernelCryptoApi) {
            double enc = 0, dec = 0;
            crypt_device *cd = nullptr;
            if (crypt_init(&cd, nullptr) == 0 &&
                crypt_benchmark(cd, spec.cipher, spec.mode, size_t(spec.keyBits / 8), 16, kBuffer, &enc,
                                &dec) == 0) {
                speed.encryptMiBs = enc;
                speed.decryptMiBs = dec;
                speed.source = QStringLiteral("kernel (libcryptsetup)");
            }
            if (cd)
                crypt_free(cd);
            if (!speed.source.isEmpty()) {
                speeds.append(speed);
                continue;
            }
        }
        if (!spec.openssl) {
            speed.source = QStringLiteral("unavailable");
            speed.note =
                kernelCryptoApi
                    ? QCoreApplication::translate("CipherBenchmark", "the kernel has no such cipher")
                    : QCoreApplication::translate("CipherBenchmark",
                                                  "needs the kernel crypto API; OpenSSL has no such cipher");
            speeds.append(speed);
            continue;
        }
        speed.encryptMiBs = opensslCipherSpeed(spec.openssl, spec.keyBits / 8, true, 512, kMinNs);
        if (speed.encryptMiBs < 0) {
            speed.source = QStringLiteral("unavailable");
            speed.note = QCoreApplication::translate("CipherBenchmark", "OpenSSL lacks %1")
                             .arg(QString::fromLatin1(spec.openssl));
            speeds.append(speed);
            continue;
        }
        speed.decryptMiBs = opensslCipherSpeed(spec.openssl, spec.keyBits / 8, false, 512, kMinNs);
        speed.source = QStringLiteral("user space (OpenSSL)");
        speeds.append(speed);
    }
    return speeds;
}

} // namespace strongroom
