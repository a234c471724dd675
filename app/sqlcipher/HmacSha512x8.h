#pragma once

#include <QtCrypto>
#include <array>
#include <cstddef>
#include <cstdint>

namespace strongroom {

// HMAC-SHA512 of eight messages of the same shape at once, one message per 64-bit lane of AVX-512
// registers. SHA-512 has no hardware instructions on x86, and one message at a time through
// libcrypto runs at about 0.8 GB/s here; the pages of a SQLCipher 4 file are all the same shape, so
// eight of them can go through the rounds side by side. libcrypto has no multi-buffer SHA-512 and
// Debian packages none (isa-l_crypto, which has one, is not in Debian).
//
// Message i is body[i] (bodyLength bytes, the same for all eight) followed by tail[i] (tailLength
// bytes, at most 64). The algorithm is written once (HmacSha512Lanes.inc) and built twice: on AVX-512
// registers, which production uses on CPUs with AVX-512F and AVX-512BW (check available() first), and
// on eight plain integers (Engine::Portable), which is slower than libcrypto one message at a time and
// exists so that every machine's tests check the lanes' logic, not only those with AVX-512.
class HmacSha512x8
{
public:
    enum class Engine
    {
        Avx512,
        Portable
    };

    static constexpr int lanes = 8;
    static constexpr int digestSize = 64;
    static constexpr size_t maxTailLength = 64;

    // AVX-512F and AVX-512BW on this CPU and this build. (PageAuthenticator::Lanes::One runs the
    // one-at-a-time path on any machine.)
    static bool available();

    // A key of at most 128 bytes (SQLCipher's page HMAC keys are 32). Engine::Avx512 needs available().
    explicit HmacSha512x8(const QCA::SecureArray &key, Engine engine = Engine::Avx512);
    ~HmacSha512x8();
    HmacSha512x8(const HmacSha512x8 &) = delete;
    HmacSha512x8 &operator=(const HmacSha512x8 &) = delete;

    // The eight MACs into out[i]. bodyLength must be below 2^60 bytes.
    void compute(const std::array<const unsigned char *, lanes> &body, size_t bodyLength,
                 const std::array<const unsigned char *, lanes> &tail, size_t tailLength,
                 unsigned char out[lanes][digestSize]) const;

private:
    Engine m_engine;
    // The SHA-512 states after the key's inner and outer pad blocks: as secret as the key.
    QCA::SecureArray m_states;
};

} // namespace strongroom
