#include "bench/EvpSpeed.h"

#include "bench/MonotonicClock.h"

#include <QByteArray>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <time.h>
#include <vector>

namespace strongroom::bench {

namespace {

// How many blocks run between two looks at the clocks: a look costs about 40 ns, a block at least
// ~100 ns, so checking every 64 blocks keeps the clocks out of the figure.
constexpr int kBlocksPerCheck = 64;

qint64 threadCpuNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// Calls `block` in batches until `minWallNs` passed or `cancelled`; fills the timing of `speed`.
template <typename Block>
void timeBlocks(EvpSpeed &speed, size_t blockBytes, qint64 minWallNs, const std::function<bool()> &cancelled,
                Block &&block)
{
    const qint64 wallStart = monotonicNs();
    const qint64 cpuStart = threadCpuNs();
    qint64 blocks = 0;
    while (monotonicNs() - wallStart < minWallNs && !(cancelled && cancelled())) {
        for (int i = 0; i < kBlocksPerCheck; ++i)
            block();
        blocks += kBlocksPerCheck;
    }
    speed.cpuSeconds = double(threadCpuNs() - cpuStart) / 1e9;
    speed.wallSeconds = double(monotonicNs() - wallStart) / 1e9;
    speed.blocks = blocks;
    speed.bytesPerCpuSecond =
        speed.cpuSeconds > 0 ? double(blocks) * double(blockBytes) / speed.cpuSeconds : 0;
}

EvpSpeed cipherSpeed(const EvpSpeedSpec &spec, qint64 minWallNs, const std::function<bool()> &cancelled)
{
    EvpSpeed speed;
    EVP_CIPHER *cipher = EVP_CIPHER_fetch(nullptr, spec.name, nullptr);
    if (!cipher)
        return speed;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    unsigned char iv[EVP_MAX_IV_LENGTH] = {};
    const int encrypt = spec.decrypt ? 0 : 1;
    EVP_CipherInit_ex(ctx, cipher, nullptr, nullptr, iv, encrypt);
    EVP_CIPHER_CTX_set_padding(ctx, 0);
    // A fixed key with distinct halves: XTS refuses identical ones (openssl speed draws a random key).
    std::vector<unsigned char> key(size_t(EVP_CIPHER_CTX_get_key_length(ctx)));
    for (size_t i = 0; i < key.size(); ++i)
        key[i] = static_cast<unsigned char>(i * 7 + 1);
    EVP_CipherInit_ex(ctx, nullptr, nullptr, key.data(), nullptr, -1);
    std::vector<unsigned char> buffer(spec.blockBytes + EVP_MAX_BLOCK_LENGTH, 0x33);
    const int length = int(spec.blockBytes);
    timeBlocks(speed, spec.blockBytes, minWallNs, cancelled, [&] {
        int outLength = 0;
        const int rc = spec.decrypt
                           ? EVP_DecryptUpdate(ctx, buffer.data(), &outLength, buffer.data(), length)
                           : EVP_EncryptUpdate(ctx, buffer.data(), &outLength, buffer.data(), length);
        if (rc != 1) // as openssl speed: a counter that ran over starts again from the IV
            EVP_CipherInit_ex(ctx, nullptr, nullptr, nullptr, iv, -1);
    });
    EVP_CIPHER_CTX_free(ctx);
    EVP_CIPHER_free(cipher);
    return speed;
}

EvpSpeed hmacSpeed(const EvpSpeedSpec &spec, qint64 minWallNs, const std::function<bool()> &cancelled)
{
    EvpSpeed speed;
    EVP_MAC *mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (!mac)
        return speed;
    EVP_MAC_CTX *ctx = EVP_MAC_CTX_new(mac);
    QByteArray digest(spec.name);
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", digest.data(), 0),
                                 OSSL_PARAM_construct_end()};
    const std::vector<unsigned char> key(64, 0x5a);
    if (!ctx || EVP_MAC_init(ctx, key.data(), key.size(), params) != 1) {
        EVP_MAC_CTX_free(ctx);
        EVP_MAC_free(mac);
        return speed;
    }
    const std::vector<unsigned char> buffer(spec.blockBytes, 0x33);
    unsigned char out[EVP_MAX_MD_SIZE];
    timeBlocks(speed, spec.blockBytes, minWallNs, cancelled, [&] {
        size_t outLength = 0;
        EVP_MAC_init(ctx, nullptr, 0, nullptr);
        EVP_MAC_update(ctx, buffer.data(), buffer.size());
        EVP_MAC_final(ctx, out, &outLength, sizeof out);
    });
    EVP_MAC_CTX_free(ctx);
    EVP_MAC_free(mac);
    return speed;
}

EvpSpeed digestSpeed(const EvpSpeedSpec &spec, qint64 minWallNs, const std::function<bool()> &cancelled)
{
    EvpSpeed speed;
    EVP_MD *md = EVP_MD_fetch(nullptr, spec.name, nullptr);
    if (!md)
        return speed;
    const std::vector<unsigned char> buffer(spec.blockBytes, 0x33);
    unsigned char out[EVP_MAX_MD_SIZE];
    timeBlocks(speed, spec.blockBytes, minWallNs, cancelled, [&] {
        unsigned int outLength = 0;
        EVP_Digest(buffer.data(), buffer.size(), out, &outLength, md, nullptr);
    });
    EVP_MD_free(md);
    return speed;
}

} // namespace

EvpSpeed measureEvpSpeed(const EvpSpeedSpec &spec, qint64 minWallNs, const std::function<bool()> &cancelled)
{
    switch (spec.kind) {
    case EvpKind::Cipher:
        return cipherSpeed(spec, minWallNs, cancelled);
    case EvpKind::Hmac:
        return hmacSpeed(spec, minWallNs, cancelled);
    case EvpKind::Digest:
        return digestSpeed(spec, minWallNs, cancelled);
    }
    return {};
}

} // namespace strongroom::bench
