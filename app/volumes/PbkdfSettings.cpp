#include "volumes/PbkdfSettings.h"

#include "volumes/CryptDevice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <libcryptsetup.h>
#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

namespace strongroom {

namespace {
constexpr int kMinArgonMemoryKib = 32;
constexpr int kMinArgonIterations = 4;
constexpr int kMinPbkdf2Iterations = 1000;

crypt_pbkdf_type toCrypt(const PbkdfSettings &s, const QByteArray &type, const QByteArray &hash)
{
    crypt_pbkdf_type pbkdf{};
    pbkdf.type = type.constData();
    pbkdf.hash = hash.constData();
    pbkdf.time_ms = uint32_t(s.iterTimeMs);
    if (s.isArgon2()) {
        pbkdf.max_memory_kb = uint32_t(s.memoryKib);
        pbkdf.parallel_threads = uint32_t(s.parallel);
    }
    if (s.iterations > 0) {
        pbkdf.iterations = uint32_t(s.iterations);
        pbkdf.flags = CRYPT_PBKDF_NO_BENCHMARK;
    }
    return pbkdf;
}

// One derivation with OpenSSL's KDFs (PBKDF2, and ARGON2ID/ARGON2I since OpenSSL 3.2), timed.
Result<double> timeOneDerivation(const PbkdfSettings &s)
{
    const QByteArray kdfName =
        s.type == QLatin1String("pbkdf2") ? QByteArrayLiteral("PBKDF2") : s.type.toUpper().toLatin1();
    EVP_KDF *kdf = EVP_KDF_fetch(nullptr, kdfName.constData(), nullptr);
    if (!kdf)
        return Error(
            ExitCode::Environment,
            QCoreApplication::translate("PbkdfSettings", "OpenSSL on this machine has no %1 implementation.")
                .arg(QString::fromLatin1(kdfName)));
    EVP_KDF_CTX *ctx = EVP_KDF_CTX_new(kdf);
    EVP_KDF_free(kdf);
    char password[] = "strongroom-calibration";
    unsigned char salt[32] = {1};
    QByteArray digest = s.hash.toLatin1();
    uint32_t iterations = uint32_t(s.iterations), memory = uint32_t(s.memoryKib),
             lanes = uint32_t(s.parallel);
    uint32_t threads = 1;
    OSSL_PARAM params[8];
    int n = 0;
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, password, sizeof password - 1);
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt, sizeof salt);
    if (s.isArgon2()) {
        params[n++] = OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ITER, &iterations);
        params[n++] = OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ARGON2_MEMCOST, &memory);
        params[n++] = OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ARGON2_LANES, &lanes);
        params[n++] = OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_THREADS, &threads);
    } else {
        params[n++] = OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ITER, &iterations);
        params[n++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest.data(), 0);
    }
    params[n] = OSSL_PARAM_construct_end();
    unsigned char out[64];
    QElapsedTimer timer;
    timer.start();
    const int ok = EVP_KDF_derive(ctx, out, sizeof out, params);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    EVP_KDF_CTX_free(ctx);
    if (ok != 1)
        return Error(ExitCode::Failure, QCoreApplication::translate(
                                            "PbkdfSettings", "Timing one %1 derivation failed in OpenSSL.")
                                            .arg(s.type));
    return ms;
}
} // namespace

Status PbkdfSettings::validate() const
{
    if (type != QLatin1String("argon2id") && type != QLatin1String("argon2i") &&
        type != QLatin1String("pbkdf2"))
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("PbkdfSettings",
                                                 "Unknown PBKDF '%1': use argon2id, argon2i or pbkdf2.")
                         .arg(type));
    if (isArgon2()) {
        if (memoryKib < kMinArgonMemoryKib || memoryKib > 4 * 1024 * 1024)
            return Error(ExitCode::Usage,
                         QCoreApplication::translate("PbkdfSettings",
                                                     "--pbkdf-memory must be between %1 and 4194304 KiB.")
                             .arg(kMinArgonMemoryKib));
        if (parallel < 1 || parallel > 4)
            return Error(ExitCode::Usage, QCoreApplication::translate(
                                              "PbkdfSettings", "--pbkdf-parallel must be between 1 and 4."));
        if (iterations > 0 && iterations < kMinArgonIterations)
            return Error(ExitCode::Usage,
                         QCoreApplication::translate("PbkdfSettings", "argon2 needs at least %1 iterations.")
                             .arg(kMinArgonIterations));
    } else if (iterations > 0 && iterations < kMinPbkdf2Iterations) {
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("PbkdfSettings", "pbkdf2 needs at least %1 iterations.")
                         .arg(kMinPbkdf2Iterations));
    }
    if (iterations <= 0 && (iterTimeMs < 1 || iterTimeMs > 60000))
        return Error(ExitCode::Usage, QCoreApplication::translate(
                                          "PbkdfSettings", "--iter-time must be between 1 and 60000 ms."));
    return Status::success();
}

Status PbkdfSettings::apply(crypt_device *cd) const
{
    if (auto s = validate(); !s)
        return s;
    const QByteArray t = type.toLatin1(), h = hash.toLatin1();
    const crypt_pbkdf_type pbkdf = toCrypt(*this, t, h);
    const int rc = crypt_set_pbkdf_type(cd, &pbkdf);
    if (rc < 0)
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("PbkdfSettings",
                                                 "libcryptsetup refuses these PBKDF settings (%1): %2")
                         .arg(QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)),
                              errnoText(rc)));
    return Status::success();
}

QJsonObject PbkdfSettings::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), type}};
    if (isArgon2()) {
        o.insert(QStringLiteral("memory_kib"), memoryKib);
        o.insert(QStringLiteral("parallel"), parallel);
    } else {
        o.insert(QStringLiteral("hash"), hash);
    }
    if (iterations > 0)
        o.insert(QStringLiteral("iterations"), iterations);
    else
        o.insert(QStringLiteral("iter_time_ms"), iterTimeMs);
    return o;
}

PbkdfSettings PbkdfSettings::minimal(const QString &type)
{
    PbkdfSettings s;
    s.type = type;
    if (s.isArgon2()) {
        s.memoryKib = kMinArgonMemoryKib;
        s.parallel = 1;
        s.iterations = kMinArgonIterations;
    } else {
        s.iterations = kMinPbkdf2Iterations;
    }
    return s;
}

QJsonObject PbkdfCost::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), type},
                  {QStringLiteral("iterations"), iterations},
                  {QStringLiteral("milliseconds"), qRound(milliseconds * 10) / 10.0},
                  {QStringLiteral("measured"), measured}};
    if (type.startsWith(QLatin1String("argon2"))) {
        o.insert(QStringLiteral("memory_kib"), memoryKib);
        o.insert(QStringLiteral("parallel"), parallel);
    }
    return o;
}

Result<PbkdfCost> calibratePbkdf(const PbkdfSettings &settings)
{
    if (auto s = settings.validate(); !s)
        return s.error();
    PbkdfCost cost;
    cost.type = settings.type;
    cost.parallel = settings.isArgon2() ? settings.parallel : 0;
    cost.memoryKib = settings.isArgon2() ? settings.memoryKib : 0;
    if (settings.iterations > 0) {
        cost.iterations = settings.iterations;
        auto ms = timeOneDerivation(settings);
        if (!ms)
            return ms.error();
        cost.milliseconds = *ms;
        cost.measured = true;
        return cost;
    }
    crypt_device *cd = nullptr;
    if (const int rc = crypt_init(&cd, nullptr); rc < 0)
        return Error(ExitCode::Failure, QCoreApplication::translate(
                                            "PbkdfSettings", "libcryptsetup could not start a benchmark: %1")
                                            .arg(errnoText(rc)));
    const QByteArray t = settings.type.toLatin1(), h = settings.hash.toLatin1();
    crypt_pbkdf_type pbkdf = toCrypt(settings, t, h);
    const char password[] = "strongroom-calibration";
    const char salt[32] = {1};
    const int rc = crypt_benchmark_pbkdf(cd, &pbkdf, password, sizeof password - 1, salt, sizeof salt, 64,
                                         nullptr, nullptr);
    crypt_free(cd);
    if (rc < 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("PbkdfSettings", "The %1 benchmark failed: %2")
                         .arg(settings.type, errnoText(rc)));
    cost.iterations = int(pbkdf.iterations);
    cost.memoryKib = settings.isArgon2() ? int(pbkdf.max_memory_kb) : 0;
    cost.parallel = settings.isArgon2() ? int(pbkdf.parallel_threads) : 0;
    cost.milliseconds = pbkdf.time_ms;
    return cost;
}

} // namespace strongroom
