#include "sqlcipher/AesCbcEncrypt8.h"

#include <cstring>
#include <openssl/crypto.h>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define STRONGROOM_HAVE_AESNI_LANES 1
#define STRONGROOM_AESNI __attribute__((target("aes,sse2")))
#endif

namespace strongroom {

namespace {

constexpr int kAesRounds = 14; // AES-256

#if defined(STRONGROOM_HAVE_AESNI_LANES)

// The AES-256 key schedule (FIPS 197, 5.2) as Intel's AES-NI white paper computes it.
STRONGROOM_AESNI __m128i expandEven(__m128i previous, __m128i assist)
{
    assist = _mm_shuffle_epi32(assist, 0xff);
    __m128i shifted = _mm_slli_si128(previous, 4);
    previous = _mm_xor_si128(previous, shifted);
    shifted = _mm_slli_si128(shifted, 4);
    previous = _mm_xor_si128(previous, shifted);
    shifted = _mm_slli_si128(shifted, 4);
    previous = _mm_xor_si128(previous, shifted);
    return _mm_xor_si128(previous, assist);
}

STRONGROOM_AESNI __m128i expandOdd(__m128i even, __m128i previous)
{
    const __m128i assist = _mm_shuffle_epi32(_mm_aeskeygenassist_si128(even, 0x00), 0xaa);
    __m128i shifted = _mm_slli_si128(previous, 4);
    previous = _mm_xor_si128(previous, shifted);
    shifted = _mm_slli_si128(shifted, 4);
    previous = _mm_xor_si128(previous, shifted);
    shifted = _mm_slli_si128(shifted, 4);
    previous = _mm_xor_si128(previous, shifted);
    return _mm_xor_si128(previous, assist);
}

STRONGROOM_AESNI void expandKey(const unsigned char *key, __m128i *rk)
{
    __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(key));
    __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(key + 16));
    rk[0] = a;
    rk[1] = b;
    // _mm_aeskeygenassist_si128 takes its round constant as an immediate.
#define STRONGROOM_EXPAND(i, rcon)                                                                           \
    a = expandEven(a, _mm_aeskeygenassist_si128(b, rcon));                                                   \
    rk[i] = a;                                                                                               \
    b = expandOdd(a, b);                                                                                     \
    rk[i + 1] = b;
    STRONGROOM_EXPAND(2, 0x01)
    STRONGROOM_EXPAND(4, 0x02)
    STRONGROOM_EXPAND(6, 0x04)
    STRONGROOM_EXPAND(8, 0x08)
    STRONGROOM_EXPAND(10, 0x10)
    STRONGROOM_EXPAND(12, 0x20)
    a = expandEven(a, _mm_aeskeygenassist_si128(b, 0x40));
    rk[14] = a;
#undef STRONGROOM_EXPAND
}

STRONGROOM_AESNI void encryptLanes(const __m128i *rk, const std::array<const unsigned char *, 8> &in,
                                   const std::array<const unsigned char *, 8> &iv,
                                   const std::array<unsigned char *, 8> &out, size_t size)
{
    __m128i state[8];
    for (int l = 0; l < 8; ++l)
        state[l] = _mm_loadu_si128(reinterpret_cast<const __m128i *>(iv[l]));
    for (size_t at = 0; at < size; at += 16) {
        for (int l = 0; l < 8; ++l) {
            const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in[l] + at));
            state[l] = _mm_xor_si128(_mm_xor_si128(state[l], block), rk[0]);
        }
        for (int r = 1; r < kAesRounds; ++r) {
            for (int l = 0; l < 8; ++l)
                state[l] = _mm_aesenc_si128(state[l], rk[r]);
        }
        for (int l = 0; l < 8; ++l) {
            state[l] = _mm_aesenclast_si128(state[l], rk[kAesRounds]);
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out[l] + at), state[l]);
        }
    }
}

#endif

} // namespace

bool AesCbcEncrypt8::available()
{
#if defined(STRONGROOM_HAVE_AESNI_LANES)
    static const bool supported = __builtin_cpu_supports("aes") && __builtin_cpu_supports("sse2");
    return supported;
#else
    return false;
#endif
}

AesCbcEncrypt8::AesCbcEncrypt8(const QCA::SecureArray &key) : m_roundKeys((kAesRounds + 1) * 16, 0)
{
    Q_ASSERT(available());
    Q_ASSERT(key.size() == keySize);
#if defined(STRONGROOM_HAVE_AESNI_LANES)
    __m128i rk[kAesRounds + 1];
    expandKey(reinterpret_cast<const unsigned char *>(key.constData()), rk);
    std::memcpy(m_roundKeys.data(), rk, sizeof rk);
    OPENSSL_cleanse(rk, sizeof rk);
#else
    Q_UNUSED(key);
#endif
}

AesCbcEncrypt8::~AesCbcEncrypt8() = default; // SecureArray wipes the round keys

void AesCbcEncrypt8::encrypt(const std::array<const unsigned char *, lanes> &in,
                             const std::array<const unsigned char *, lanes> &iv,
                             const std::array<unsigned char *, lanes> &out, size_t size) const
{
    Q_ASSERT(size % 16 == 0);
#if defined(STRONGROOM_HAVE_AESNI_LANES)
    __m128i rk[kAesRounds + 1];
    std::memcpy(rk, m_roundKeys.constData(), sizeof rk);
    encryptLanes(rk, in, iv, out, size);
    OPENSSL_cleanse(rk, sizeof rk);
#else
    Q_UNUSED(in);
    Q_UNUSED(iv);
    Q_UNUSED(out);
    Q_UNUSED(size);
#endif
}

} // namespace strongroom
