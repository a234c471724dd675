#include "sqlcipher/CipherCheckEstimate.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <vector>

namespace strongroom::ciphercheck {

namespace {

constexpr int kPageBytes = 4096;
constexpr int kSamplePages = 2048; // 8 MiB
// Used if libcrypto cannot run the measurement: a slow single core's HMAC-SHA512.
constexpr double kFallbackBytesPerSecond = 100.0 * 1024 * 1024;

double measureHmacRate()
{
    EVP_MAC *hmac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    EVP_MAC_CTX *context = hmac ? EVP_MAC_CTX_new(hmac) : nullptr;
    char digest[] = "SHA512";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    const std::vector<unsigned char> key(64, 0x5a);
    const std::vector<unsigned char> page(kPageBytes, 0xa5);
    unsigned char mac[EVP_MAX_MD_SIZE];
    size_t macLength = 0;
    bool ok = context != nullptr;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; ok && i < kSamplePages; ++i)
        ok = EVP_MAC_init(context, key.data(), key.size(), params) == 1 &&
             EVP_MAC_update(context, page.data(), page.size()) == 1 &&
             EVP_MAC_final(context, mac, &macLength, sizeof mac) == 1;
    const qint64 ns = std::max<qint64>(1, timer.nsecsElapsed());
    EVP_MAC_CTX_free(context);
    EVP_MAC_free(hmac);
    if (!ok)
        return kFallbackBytesPerSecond;
    return double(kSamplePages) * kPageBytes * 1e9 / double(ns);
}

} // namespace

double measuredHmacBytesPerSecond()
{
    static const double rate = measureHmacRate(); // thread-safe, once per process
    return rate;
}

qint64 expectedMs(qint64 fileBytes)
{
    const double assumedBytesPerSecond = measuredHmacBytesPerSecond() / 2;
    return std::max<qint64>(
        1, qint64(std::ceil(double(std::max<qint64>(0, fileBytes)) * 1000.0 / assumedBytesPerSecond)));
}

} // namespace strongroom::ciphercheck
