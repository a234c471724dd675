#include "age/AgeCrypto.h"

#include <memory>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>

namespace strongroom::age {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};
struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
struct KdfFree
{
    void operator()(EVP_KDF *kdf) const { EVP_KDF_free(kdf); }
};
struct KdfCtxFree
{
    void operator()(EVP_KDF_CTX *ctx) const { EVP_KDF_CTX_free(ctx); }
};

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

} // namespace

void wipeBytes(void *data, std::size_t size)
{
    OPENSSL_cleanse(data, size);
}

bool equalConstantTime(const void *a, const void *b, std::size_t size)
{
    return CRYPTO_memcmp(a, b, size) == 0;
}

std::optional<SymmetricKey> x25519(const X25519Scalar &scalar, const X25519Point &point)
{
    std::unique_ptr<EVP_PKEY, PkeyFree> own(
        EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, scalar.data(), scalar.size()));
    std::unique_ptr<EVP_PKEY, PkeyFree> peer(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, point.data(), point.size()));
    if (!own || !peer)
        return std::nullopt;
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new(own.get(), nullptr));
    SymmetricKey shared;
    std::size_t length = shared.size();
    // OpenSSL itself refuses an all-zero shared secret (a low-order point): derive then fails.
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) <= 0 ||
        EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) <= 0 ||
        EVP_PKEY_derive(ctx.get(), shared.data(), &length) <= 0 || length != shared.size())
        return std::nullopt;
    return shared;
}

X25519Point x25519PublicKey(const X25519Scalar &scalar)
{
    X25519Point point{};
    std::unique_ptr<EVP_PKEY, PkeyFree> own(
        EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, scalar.data(), scalar.size()));
    std::size_t length = point.size();
    if (!own || EVP_PKEY_get_raw_public_key(own.get(), point.data(), &length) <= 0)
        point.fill(0);
    return point;
}

SymmetricKey hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info)
{
    SymmetricKey out;
    std::unique_ptr<EVP_KDF, KdfFree> kdf(EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_HKDF, nullptr));
    std::unique_ptr<EVP_KDF_CTX, KdfCtxFree> ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    char digest[] = "SHA256";
    OSSL_PARAM params[5];
    int n = 0;
    params[n++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<char *>(ikm.data()),
                                                    std::size_t(ikm.size()));
    // An absent salt is HashLen zero bytes (RFC 5869), which is what HMAC makes of an empty key too.
    if (!salt.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.data()),
                                                        std::size_t(salt.size()));
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char *>(info.data()),
                                                    std::size_t(info.size()));
    params[n] = OSSL_PARAM_construct_end();
    if (!ctx || EVP_KDF_derive(ctx.get(), out.data(), out.size(), params) <= 0)
        std::abort(); // HKDF-SHA-256 is part of every OpenSSL 3 default provider
    return out;
}

std::array<std::uint8_t, 32> hmacSha256(QByteArrayView key, QByteArrayView data)
{
    std::array<std::uint8_t, 32> mac{};
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.data(), int(key.size()), bytes(data), std::size_t(data.size()), mac.data(),
              &length))
        std::abort();
    return mac;
}

std::optional<SymmetricKey> scrypt(QByteArrayView passphrase, QByteArrayView salt, int logN)
{
    if (logN < 1 || logN > 30)
        return std::nullopt;
    const std::uint64_t n = std::uint64_t(1) << logN;
    const std::uint64_t r = 8;
    // OpenSSL's default limit (32 MiB) stops at logN 15; scrypt needs 128 * r * (N + p + 1) bytes.
    const std::uint64_t maxMemory = 128 * r * (n + 2) + (std::uint64_t(1) << 20);
    SymmetricKey out;
    if (EVP_PBE_scrypt(passphrase.data(), std::size_t(passphrase.size()), bytes(salt),
                       std::size_t(salt.size()), n, r, 1, maxMemory, out.data(), out.size()) != 1)
        return std::nullopt;
    return out;
}

namespace {

const EVP_CIPHER *chachaCipher()
{
    // Fetched once: an implicit fetch on every chunk would take a global lock each time.
    static EVP_CIPHER *cipher = EVP_CIPHER_fetch(nullptr, "ChaCha20-Poly1305", nullptr);
    return cipher;
}

bool chachaRun(bool encrypt, const SymmetricKey &key, const std::uint8_t nonce[12], const std::uint8_t *in,
               std::size_t size, std::uint8_t *out, std::uint8_t *tag)
{
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx(EVP_CIPHER_CTX_new());
    if (!ctx || !chachaCipher() ||
        EVP_CipherInit_ex2(ctx.get(), chachaCipher(), key.data(), nonce, encrypt ? 1 : 0, nullptr) != 1)
        std::abort();
    int length = 0;
    if (size > 0 && EVP_CipherUpdate(ctx.get(), out, &length, in, int(size)) != 1)
        return false;
    if (!encrypt && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, kChaChaTagSize, tag) != 1)
        return false;
    int finalLength = 0;
    if (EVP_CipherFinal_ex(ctx.get(), out + length, &finalLength) != 1)
        return false;
    if (encrypt && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, kChaChaTagSize, tag) != 1)
        std::abort();
    return true;
}

} // namespace

void chachaSeal(const SymmetricKey &key, const std::uint8_t nonce[12], const std::uint8_t *in,
                std::size_t size, std::uint8_t *out)
{
    chachaRun(true, key, nonce, in, size, out, out + size);
}

bool chachaOpen(const SymmetricKey &key, const std::uint8_t nonce[12], const std::uint8_t *in,
                std::size_t size, std::uint8_t *out)
{
    if (size < std::size_t(kChaChaTagSize))
        return false;
    std::uint8_t tag[kChaChaTagSize];
    std::memcpy(tag, in + size - kChaChaTagSize, kChaChaTagSize);
    const bool ok = chachaRun(false, key, nonce, in, size - kChaChaTagSize, out, tag);
    if (!ok)
        wipeBytes(out, size - kChaChaTagSize);
    return ok;
}

} // namespace strongroom::age
