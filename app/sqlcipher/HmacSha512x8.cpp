#include "sqlcipher/HmacSha512x8.h"

#include <cstring>
#include <openssl/crypto.h>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define STRONGROOM_HAVE_AVX512_LANES 1
#define STRONGROOM_AVX512 __attribute__((target("avx512f,avx512bw")))
#endif

namespace strongroom {

namespace {

constexpr size_t kSha512Block = 128;

#if defined(STRONGROOM_HAVE_AVX512_LANES)

// FIPS 180-4, 4.2.3 and 5.3.5.
constexpr uint64_t kSha512RoundConstants[80] = {
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
    0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
    0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
    0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
    0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
    0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
    0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
    0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
    0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817};

constexpr uint64_t kSha512Initial[8] = {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b,
                                        0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f,
                                        0x1f83d9abfb41bd6b, 0x5be0cd19137e2179};

// Ternary-logic truth tables: x ^ y ^ z, x ? y : z (Ch), majority (Maj).
constexpr int kXor3 = 0x96;
constexpr int kChoose = 0xca;
constexpr int kMajority = 0xe8;

STRONGROOM_AVX512 inline __m512i sha512Add(__m512i x, __m512i y)
{
    return _mm512_add_epi64(x, y);
}

STRONGROOM_AVX512 inline void sha512Compress8(__m512i state[8], __m512i w[16])
{
    __m512i a = state[0], b = state[1], c = state[2], d = state[3];
    __m512i e = state[4], f = state[5], g = state[6], h = state[7];
#pragma GCC unroll 16
    for (int t = 0; t < 80; ++t) {
        if (t >= 16) {
            const __m512i w2 = w[(t - 2) & 15];
            const __m512i w15 = w[(t - 15) & 15];
            const __m512i sigma1 = _mm512_ternarylogic_epi64(
                _mm512_ror_epi64(w2, 19), _mm512_ror_epi64(w2, 61), _mm512_srli_epi64(w2, 6), kXor3);
            const __m512i sigma0 = _mm512_ternarylogic_epi64(
                _mm512_ror_epi64(w15, 1), _mm512_ror_epi64(w15, 8), _mm512_srli_epi64(w15, 7), kXor3);
            w[t & 15] = sha512Add(sha512Add(sigma1, w[(t - 7) & 15]), sha512Add(sigma0, w[t & 15]));
        }
        const __m512i sum1 = _mm512_ternarylogic_epi64(_mm512_ror_epi64(e, 14), _mm512_ror_epi64(e, 18),
                                                       _mm512_ror_epi64(e, 41), kXor3);
        const __m512i sum0 = _mm512_ternarylogic_epi64(_mm512_ror_epi64(a, 28), _mm512_ror_epi64(a, 34),
                                                       _mm512_ror_epi64(a, 39), kXor3);
        const __m512i t1 =
            sha512Add(sha512Add(h, sum1),
                      sha512Add(_mm512_ternarylogic_epi64(e, f, g, kChoose),
                                sha512Add(_mm512_set1_epi64(qint64(kSha512RoundConstants[t])), w[t & 15])));
        const __m512i t2 = sha512Add(sum0, _mm512_ternarylogic_epi64(a, b, c, kMajority));
        h = g;
        g = f;
        f = e;
        e = sha512Add(d, t1);
        d = c;
        c = b;
        b = a;
        a = sha512Add(t1, t2);
    }
    state[0] = sha512Add(state[0], a);
    state[1] = sha512Add(state[1], b);
    state[2] = sha512Add(state[2], c);
    state[3] = sha512Add(state[3], d);
    state[4] = sha512Add(state[4], e);
    state[5] = sha512Add(state[5], f);
    state[6] = sha512Add(state[6], g);
    state[7] = sha512Add(state[7], h);
}

// The 16 big-endian words of one block of each lane: lane i's block starts at base + offsets[i].
STRONGROOM_AVX512 inline void sha512LoadBlocks(__m512i w[16], const unsigned char *base, __m512i offsets)
{
    // Reverses the bytes of every 64-bit word (the shuffle works within 128-bit lanes).
    alignas(64) static const unsigned char reverse[64] = {
        7,  6,  5,  4,  3,  2,  1,  0,  15, 14, 13, 12, 11, 10, 9,  8,  7,  6,  5,  4,  3,  2,
        1,  0,  15, 14, 13, 12, 11, 10, 9,  8,  7,  6,  5,  4,  3,  2,  1,  0,  15, 14, 13, 12,
        11, 10, 9,  8,  7,  6,  5,  4,  3,  2,  1,  0,  15, 14, 13, 12, 11, 10, 9,  8};
    const __m512i swap = _mm512_load_si512(reverse);
    for (int j = 0; j < 16; ++j) {
        const __m512i words = _mm512_i64gather_epi64(offsets, base + 8 * j, 1);
        w[j] = _mm512_shuffle_epi8(words, swap);
    }
}

STRONGROOM_AVX512 void sha512Broadcast(__m512i state[8], const uint64_t words[8])
{
    for (int i = 0; i < 8; ++i)
        state[i] = _mm512_set1_epi64(qint64(words[i]));
}

// The SHA-512 state after one block that is the key padded to a block and XORed with `pad`.
STRONGROOM_AVX512 void sha512PadState(const QCA::SecureArray &key, unsigned char pad, uint64_t out[8])
{
    alignas(64) unsigned char block[kSha512Block];
    std::memset(block, pad, sizeof block);
    for (int i = 0; i < key.size(); ++i)
        block[i] = static_cast<unsigned char>(key[i]) ^ pad;
    __m512i state[8];
    __m512i w[16];
    sha512Broadcast(state, kSha512Initial);
    sha512LoadBlocks(w, block, _mm512_setzero_si512());
    sha512Compress8(state, w);
    alignas(64) uint64_t lanes[8];
    for (int i = 0; i < 8; ++i) {
        _mm512_store_si512(lanes, state[i]);
        out[i] = lanes[0];
    }
    OPENSSL_cleanse(block, sizeof block);
    OPENSSL_cleanse(lanes, sizeof lanes);
    OPENSSL_cleanse(w, sizeof w);
    OPENSSL_cleanse(state, sizeof state);
}

STRONGROOM_AVX512 void hmacSha512Lanes(const uint64_t inner[8], const uint64_t outer[8],
                                       const std::array<const unsigned char *, 8> &body, size_t bodyLength,
                                       const std::array<const unsigned char *, 8> &tail, size_t tailLength,
                                       unsigned char out[8][64])
{
    __m512i state[8];
    __m512i w[16];
    sha512Broadcast(state, inner);

    alignas(64) qint64 distance[8];
    for (int i = 0; i < 8; ++i)
        distance[i] = body[i] - body[0];
    const __m512i bodyOffsets = _mm512_load_si512(distance);
    const size_t fullBlocks = bodyLength / kSha512Block;
    for (size_t block = 0; block < fullBlocks; ++block) {
        sha512LoadBlocks(w, body[0] + block * kSha512Block, bodyOffsets);
        sha512Compress8(state, w);
    }

    // The body's last bytes, the tail, 0x80, zeros and the length in bits (the key block counts).
    constexpr size_t restSize = 2 * kSha512Block;
    alignas(64) unsigned char rest[8][restSize] = {};
    const size_t bodyRest = bodyLength - fullBlocks * kSha512Block;
    const size_t used = bodyRest + tailLength;
    const size_t restBlocks = used + 1 + 16 <= kSha512Block ? 1 : 2;
    const uint64_t bits = uint64_t(kSha512Block + bodyLength + tailLength) * 8;
    for (int i = 0; i < 8; ++i) {
        std::memcpy(rest[i], body[i] + fullBlocks * kSha512Block, bodyRest);
        std::memcpy(rest[i] + bodyRest, tail[i], tailLength);
        rest[i][used] = 0x80;
        const uint64_t bigEndian = __builtin_bswap64(bits);
        std::memcpy(rest[i] + restBlocks * kSha512Block - 8, &bigEndian, 8);
    }
    for (int i = 0; i < 8; ++i)
        distance[i] = qint64(i * restSize);
    const __m512i restOffsets = _mm512_load_si512(distance);
    for (size_t block = 0; block < restBlocks; ++block) {
        sha512LoadBlocks(w, rest[0] + block * kSha512Block, restOffsets);
        sha512Compress8(state, w);
    }

    // The outer hash: the inner digest, 0x80, zeros and the length of key block plus digest.
    for (int i = 0; i < 8; ++i)
        w[i] = state[i];
    w[8] = _mm512_set1_epi64(qint64(0x8000000000000000ULL));
    for (int i = 9; i < 15; ++i)
        w[i] = _mm512_setzero_si512();
    w[15] = _mm512_set1_epi64(qint64((kSha512Block + 64) * 8));
    sha512Broadcast(state, outer);
    sha512Compress8(state, w);

    alignas(64) uint64_t words[8][8];
    for (int j = 0; j < 8; ++j)
        _mm512_store_si512(words[j], state[j]);
    for (int i = 0; i < 8; ++i) {
        for (int j = 0; j < 8; ++j) {
            const uint64_t bigEndian = __builtin_bswap64(words[j][i]);
            std::memcpy(out[i] + 8 * j, &bigEndian, 8);
        }
    }
    // The inner state is a function of the key and public bytes only, but does not need to outlive this.
    OPENSSL_cleanse(w, sizeof w);
    OPENSSL_cleanse(state, sizeof state);
}

#endif

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

HmacSha512x8::HmacSha512x8(const QCA::SecureArray &key) : m_states(int(2 * 8 * sizeof(uint64_t)), 0)
{
    Q_ASSERT(available());
    Q_ASSERT(key.size() <= int(kSha512Block));
#if defined(STRONGROOM_HAVE_AVX512_LANES)
    auto *states = reinterpret_cast<uint64_t *>(m_states.data());
    sha512PadState(key, 0x36, states);
    sha512PadState(key, 0x5c, states + 8);
#else
    Q_UNUSED(key);
#endif
}

HmacSha512x8::~HmacSha512x8() = default; // SecureArray wipes the states

void HmacSha512x8::compute(const std::array<const unsigned char *, lanes> &body, size_t bodyLength,
                           const std::array<const unsigned char *, lanes> &tail, size_t tailLength,
                           unsigned char out[lanes][digestSize]) const
{
    Q_ASSERT(tailLength <= maxTailLength);
#if defined(STRONGROOM_HAVE_AVX512_LANES)
    const auto *states = reinterpret_cast<const uint64_t *>(m_states.constData());
    hmacSha512Lanes(states, states + 8, body, bodyLength, tail, tailLength, out);
#else
    Q_UNUSED(body);
    Q_UNUSED(bodyLength);
    Q_UNUSED(tail);
    Q_UNUSED(tailLength);
    Q_UNUSED(out);
#endif
}

} // namespace strongroom
