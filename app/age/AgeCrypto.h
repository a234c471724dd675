#pragma once

#include "core/Sha256.h" // Sha256Stream, used with these primitives

#include <QByteArray>
#include <QByteArrayView>
#include <array>
#include <cstdint>
#include <optional>

namespace strongroom::age {

// The primitives the age format is built from, on OpenSSL 3's libcrypto (EVP), each a plain function
// of bytes. Secrets passed in are not copied anywhere else; secrets returned live in SecretBytes,
// which wipes itself.

// A fixed-size secret (file key, wrap key, X25519 scalar) wiped when it goes out of scope.
template <std::size_t N> class SecretBytes
{
public:
    SecretBytes() { m_bytes.fill(0); }
    ~SecretBytes() { wipe(); }
    SecretBytes(const SecretBytes &other) : m_bytes(other.m_bytes) {}
    SecretBytes &operator=(const SecretBytes &other)
    {
        m_bytes = other.m_bytes;
        return *this;
    }
    static constexpr std::size_t size() { return N; }
    std::uint8_t *data() { return m_bytes.data(); }
    const std::uint8_t *data() const { return m_bytes.data(); }
    QByteArrayView view() const { return QByteArrayView(m_bytes.data(), qsizetype(N)); }
    void wipe();

private:
    std::array<std::uint8_t, N> m_bytes;
};

void wipeBytes(void *data, std::size_t size);
template <std::size_t N> void SecretBytes<N>::wipe()
{
    wipeBytes(m_bytes.data(), N);
}

using FileKey = SecretBytes<16>;
using SymmetricKey = SecretBytes<32>;
using X25519Scalar = SecretBytes<32>;
using X25519Point = std::array<std::uint8_t, 32>;

constexpr int kChaChaTagSize = 16;
// The wrap keys of recipient stanzas are used once, with an all-zero nonce.
inline constexpr std::uint8_t kZeroNonce[12] = {};

// X25519(scalar, point) of RFC 7748; nullopt when OpenSSL refuses the point. The all-zero result
// (a low-order point) is returned as it is: the caller decides to refuse it.
std::optional<SymmetricKey> x25519(const X25519Scalar &scalar, const X25519Point &point);
// X25519(scalar, basepoint).
X25519Point x25519PublicKey(const X25519Scalar &scalar);

// HKDF-SHA-256 (extract with salt, expand with info) to 32 bytes.
SymmetricKey hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info);
// HMAC-SHA-256 of `data` under `key`.
std::array<std::uint8_t, 32> hmacSha256(QByteArrayView key, QByteArrayView data);
// scrypt(N = 2^logN, r = 8, p = 1) to 32 bytes, with OpenSSL's memory limit raised to what logN needs;
// nullopt when the derivation fails (e.g. out of memory).
std::optional<SymmetricKey> scrypt(QByteArrayView passphrase, QByteArrayView salt, int logN);

// ChaCha20-Poly1305 (RFC 7539) with a 12-byte nonce and no associated data. seal writes
// size + 16 bytes to `out`; open writes size - 16 bytes and returns false when the tag does not
// verify (nothing in `out` may then be used). `out` may equal `in`.
void chachaSeal(const SymmetricKey &key, const std::uint8_t nonce[12], const std::uint8_t *in,
                std::size_t size, std::uint8_t *out);
bool chachaOpen(const SymmetricKey &key, const std::uint8_t nonce[12], const std::uint8_t *in,
                std::size_t size, std::uint8_t *out);

// Constant-time comparison of two equally long byte strings.
bool equalConstantTime(const void *a, const void *b, std::size_t size);

} // namespace strongroom::age
