#include "sqlcipher/HmacSha512x8.h"

#include <cstring>
#include <openssl/crypto.h>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define STRONGROOM_HAVE_AVX512_LANES 1
#endif

namespace strongroom {

namespace {

constexpr size_t kSha512Block = 128;

// Eight lanes in AVX-512 registers: what production runs.
#if defined(STRONGROOM_HAVE_AVX512_LANES)
namespace avx512 {
#define LANES_TARGET __attribute__((target("avx512f,avx512bw")))
using Vec = __m512i;
LANES_TARGET inline Vec add(Vec x, Vec y)
{
    return _mm512_add_epi64(x, y);
}
template <int N> LANES_TARGET inline Vec ror(Vec x)
{
    return _mm512_ror_epi64(x, N);
}
template <int N> LANES_TARGET inline Vec shr(Vec x)
{
    return _mm512_srli_epi64(x, N);
}
// Ternary-logic truth tables: x ^ y ^ z, x ? y : z (Ch), majority (Maj).
LANES_TARGET inline Vec xor3(Vec x, Vec y, Vec z)
{
    return _mm512_ternarylogic_epi64(x, y, z, 0x96);
}
LANES_TARGET inline Vec choose(Vec x, Vec y, Vec z)
{
    return _mm512_ternarylogic_epi64(x, y, z, 0xca);
}
LANES_TARGET inline Vec majority(Vec x, Vec y, Vec z)
{
    return _mm512_ternarylogic_epi64(x, y, z, 0xe8);
}
LANES_TARGET inline Vec broadcast(uint64_t word)
{
    return _mm512_set1_epi64(qint64(word));
}
LANES_TARGET inline Vec zero()
{
    return _mm512_setzero_si512();
}
LANES_TARGET inline Vec offsetsOf(const qint64 distance[8])
{
    return _mm512_loadu_si512(distance);
}
LANES_TARGET inline Vec loadBigEndian(const unsigned char *base, Vec offsets)
{
    // Reverses the bytes of every 64-bit word (the shuffle works within 128-bit lanes).
    alignas(64) static const unsigned char reverse[64] = {
        7,  6,  5,  4,  3,  2,  1,  0,  15, 14, 13, 12, 11, 10, 9,  8,  7,  6,  5,  4,  3,  2,
        1,  0,  15, 14, 13, 12, 11, 10, 9,  8,  7,  6,  5,  4,  3,  2,  1,  0,  15, 14, 13, 12,
        11, 10, 9,  8,  7,  6,  5,  4,  3,  2,  1,  0,  15, 14, 13, 12, 11, 10, 9,  8};
    return _mm512_shuffle_epi8(_mm512_i64gather_epi64(offsets, base, 1), _mm512_load_si512(reverse));
}
LANES_TARGET inline void store(Vec x, uint64_t out[8])
{
    _mm512_storeu_si512(out, x);
}
#include "sqlcipher/HmacSha512Lanes.inc"
#undef LANES_TARGET
} // namespace avx512
#endif

// The same eight lanes as plain integers, for any CPU: the tests run the shared algorithm through
// it where AVX-512 is missing. Slower than libcrypto's one message at a time, so never used in production.
namespace portable {
#define LANES_TARGET
struct Vec
{
    uint64_t lane[8];
};
template <typename F> inline Vec eachLane(F f)
{
    Vec r;
    for (int i = 0; i < 8; ++i)
        r.lane[i] = f(i);
    return r;
}
inline Vec add(Vec x, Vec y)
{
    return eachLane([&](int i) { return x.lane[i] + y.lane[i]; });
}
template <int N> inline Vec ror(Vec x)
{
    return eachLane([&](int i) { return (x.lane[i] >> N) | (x.lane[i] << (64 - N)); });
}
template <int N> inline Vec shr(Vec x)
{
    return eachLane([&](int i) { return x.lane[i] >> N; });
}
inline Vec xor3(Vec x, Vec y, Vec z)
{
    return eachLane([&](int i) { return x.lane[i] ^ y.lane[i] ^ z.lane[i]; });
}
inline Vec choose(Vec x, Vec y, Vec z)
{
    return eachLane([&](int i) { return (x.lane[i] & y.lane[i]) ^ (~x.lane[i] & z.lane[i]); });
}
inline Vec majority(Vec x, Vec y, Vec z)
{
    return eachLane(
        [&](int i) { return (x.lane[i] & y.lane[i]) ^ (x.lane[i] & z.lane[i]) ^ (y.lane[i] & z.lane[i]); });
}
inline Vec broadcast(uint64_t word)
{
    return eachLane([&](int) { return word; });
}
inline Vec zero()
{
    return broadcast(0);
}
inline Vec offsetsOf(const qint64 distance[8])
{
    return eachLane([&](int i) { return uint64_t(distance[i]); });
}
inline Vec loadBigEndian(const unsigned char *base, Vec offsets)
{
    return eachLane([&](int i) {
        uint64_t word;
        std::memcpy(&word, base + qint64(offsets.lane[i]), 8);
        return __builtin_bswap64(word);
    });
}
inline void store(Vec x, uint64_t out[8])
{
    std::memcpy(out, x.lane, sizeof x.lane);
}
#include "sqlcipher/HmacSha512Lanes.inc"
#undef LANES_TARGET
} // namespace portable

} // namespace

bool HmacSha512x8::available()
{
#if defined(STRONGROOM_HAVE_AVX512_LANES)
    // libgcc also checks that the kernel saves the AVX-512 registers.
    static const bool supported = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw");
    return supported;
#else
    return false;
#endif
}

HmacSha512x8::HmacSha512x8(const QCA::SecureArray &key, Engine engine)
    : m_engine(engine), m_states(int(2 * 8 * sizeof(uint64_t)), 0)
{
    Q_ASSERT(engine == Engine::Portable || available());
    Q_ASSERT(key.size() <= int(kSha512Block));
    auto *states = reinterpret_cast<uint64_t *>(m_states.data());
#if defined(STRONGROOM_HAVE_AVX512_LANES)
    if (engine == Engine::Avx512) {
        avx512::sha512PadState(key, 0x36, states);
        avx512::sha512PadState(key, 0x5c, states + 8);
        return;
    }
#endif
    portable::sha512PadState(key, 0x36, states);
    portable::sha512PadState(key, 0x5c, states + 8);
}

HmacSha512x8::~HmacSha512x8() = default; // SecureArray wipes the states

void HmacSha512x8::compute(const std::array<const unsigned char *, lanes> &body, size_t bodyLength,
                           const std::array<const unsigned char *, lanes> &tail, size_t tailLength,
                           unsigned char out[lanes][digestSize]) const
{
    Q_ASSERT(tailLength <= maxTailLength);
    const auto *states = reinterpret_cast<const uint64_t *>(m_states.constData());
#if defined(STRONGROOM_HAVE_AVX512_LANES)
    if (m_engine == Engine::Avx512) {
        avx512::hmacSha512Lanes(states, states + 8, body, bodyLength, tail, tailLength, out);
        return;
    }
#endif
    portable::hmacSha512Lanes(states, states + 8, body, bodyLength, tail, tailLength, out);
}

} // namespace strongroom
