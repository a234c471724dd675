#include "age/HybridKeys.h"

#include "age/AgeBase64.h"
#include "age/Bech32.h"
#include "core/SecureRandom.h"
#include "core/Sha256.h"

#include <QCoreApplication>
#include <QtEndian>
#include <cstring>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/evp.h>

namespace strongroom::age {

namespace {

const QString kHybridRecipientHrp = QStringLiteral("age1pq");
const QString kHybridIdentityHrp = QStringLiteral("AGE-SECRET-KEY-PQ-");
constexpr char kHybridType[] = "mlkem768x25519";
constexpr char kHybridInfo[] = "age-encryption.org/mlkem768x25519";
constexpr char kMlKem[] = "ML-KEM-768";
constexpr qsizetype kMlKemPublicKeySize = 1184;
constexpr qsizetype kMlKemCiphertextSize = 1088;
// X-Wing's domain separator, "\.//^\", last in the SHA3-256 combiner's input.
constexpr char kXWingLabel[] = "\x5c\x2e\x2f\x2f\x5e\x5c";
// HPKE's identifiers: KEM MLKEM768-X25519, KDF HKDF-SHA256, AEAD ChaCha20Poly1305.
constexpr quint16 kKemId = 0x647a;
constexpr quint16 kKdfId = 0x0001;
constexpr quint16 kAeadId = 0x0003;

struct HybridPkeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct HybridPkeyCtxFree
{
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};
struct HybridMdCtxFree
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using HybridPkey = std::unique_ptr<EVP_PKEY, HybridPkeyFree>;
using HybridPkeyCtx = std::unique_ptr<EVP_PKEY_CTX, HybridPkeyCtxFree>;

const unsigned char *hybridBytes(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

// SHA3-256 (32 bytes) or SHAKE256 (`length` bytes) of `data`; the caller wipes a secret result.
QByteArray sha3(const char *name, QByteArrayView data, int length)
{
    std::unique_ptr<EVP_MD_CTX, HybridMdCtxFree> ctx(EVP_MD_CTX_new());
    std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md(EVP_MD_fetch(nullptr, name, nullptr), EVP_MD_free);
    QByteArray out(length, Qt::Uninitialized);
    unsigned int written = 0;
    const bool xof = md && (EVP_MD_get_flags(md.get()) & EVP_MD_FLAG_XOF) != 0;
    if (!ctx || !md || EVP_DigestInit_ex(ctx.get(), md.get(), nullptr) != 1 ||
        EVP_DigestUpdate(ctx.get(), data.data(), std::size_t(data.size())) != 1 ||
        (xof ? EVP_DigestFinalXOF(ctx.get(), reinterpret_cast<unsigned char *>(out.data()),
                                  std::size_t(length))
             : EVP_DigestFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &written)) != 1)
        std::abort(); // SHA-3 is part of every OpenSSL 3 default provider
    return out;
}

// An ML-KEM-768 encapsulation key, checked as FIPS 203 requires; null when it is not one.
HybridPkey mlkemPublicKey(QByteArrayView encoded)
{
    return HybridPkey(EVP_PKEY_new_raw_public_key_ex(nullptr, kMlKem, nullptr, hybridBytes(encoded),
                                                     std::size_t(encoded.size())));
}

// The decapsulation keys a 32-byte seed expands to: SHAKE256(seed, 96) gives ML-KEM-768's (d || z)
// and the X25519 scalar.
struct ExpandedSeed
{
    HybridPkey mlkem;
    X25519Scalar x25519;
    QByteArray publicKey; // the 1216-byte recipient
};

std::optional<ExpandedSeed> expandSeed(const SymmetricKey &seed)
{
    QByteArray expanded = sha3("SHAKE256", seed.view(), 96);
    ExpandedSeed keys;
    std::memcpy(keys.x25519.data(), expanded.constData() + 64, 32);
    HybridPkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, kMlKem, nullptr));
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_ML_KEM_SEED, expanded.data(), 64),
        OSSL_PARAM_construct_end()};
    EVP_PKEY *generated = nullptr;
    const bool ok = ctx && EVP_PKEY_keygen_init(ctx.get()) == 1 &&
                    EVP_PKEY_CTX_set_params(ctx.get(), params) == 1 &&
                    EVP_PKEY_generate(ctx.get(), &generated) == 1;
    wipeBytes(expanded.data(), std::size_t(expanded.size()));
    keys.mlkem.reset(generated);
    if (!ok)
        return std::nullopt;
    QByteArray publicKey(kHybridPublicKeySize, Qt::Uninitialized);
    std::size_t length = 0;
    if (EVP_PKEY_get_raw_public_key(keys.mlkem.get(), reinterpret_cast<unsigned char *>(publicKey.data()),
                                    &length) != 1 &&
        EVP_PKEY_get_octet_string_param(keys.mlkem.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                        reinterpret_cast<unsigned char *>(publicKey.data()),
                                        std::size_t(kMlKemPublicKeySize), &length) != 1)
        return std::nullopt;
    if (qsizetype(length) != kMlKemPublicKeySize)
        return std::nullopt;
    const X25519Point point = x25519PublicKey(keys.x25519);
    std::memcpy(publicKey.data() + kMlKemPublicKeySize, point.data(), 32);
    keys.publicKey = publicKey;
    return keys;
}

// X-Wing's combiner: SHA3-256(ss_M || ss_X || ct_X || pk_X || label).
SymmetricKey combine(QByteArrayView mlkemSecret, const SymmetricKey &x25519Secret, QByteArrayView share,
                     QByteArrayView x25519Public)
{
    QByteArray input;
    input.append(mlkemSecret);
    input.append(x25519Secret.view());
    input.append(share);
    input.append(x25519Public);
    input.append(kXWingLabel, 6);
    QByteArray digest = sha3("SHA3-256", input, 32);
    SymmetricKey out;
    std::memcpy(out.data(), digest.constData(), 32);
    wipeBytes(input.data(), std::size_t(input.size()));
    wipeBytes(digest.data(), 32);
    return out;
}

// HPKE (RFC 9180) base mode with an empty PSK: the AEAD key and nonce of the first (only) message.
QByteArray suiteId()
{
    QByteArray id("HPKE");
    for (const quint16 part : {kKemId, kKdfId, kAeadId}) {
        id.append(char(part >> 8));
        id.append(char(part & 0xff));
    }
    return id;
}

QByteArray labeledExtract(QByteArrayView salt, QByteArrayView label, QByteArrayView ikm)
{
    const QByteArray input = QByteArray("HPKE-v1") + suiteId() + label.toByteArray() + ikm.toByteArray();
    const auto prk = hmacSha256(salt, input);
    return QByteArray(reinterpret_cast<const char *>(prk.data()), 32);
}

// HKDF-Expand for at most one block (L <= 32), which is all HPKE's key and nonce need.
QByteArray labeledExpand(QByteArrayView prk, QByteArrayView label, QByteArrayView info, int length)
{
    QByteArray input;
    input.append(char(length >> 8));
    input.append(char(length & 0xff));
    input += QByteArray("HPKE-v1") + suiteId() + label.toByteArray() + info.toByteArray();
    input.append(char(1));
    const auto block = hmacSha256(prk, input);
    return QByteArray(reinterpret_cast<const char *>(block.data()), length);
}

struct AeadKey
{
    SymmetricKey key;
    std::uint8_t nonce[12] = {};
};

AeadKey keySchedule(const SymmetricKey &sharedSecret)
{
    const QByteArray context = QByteArray(1, '\0') + labeledExtract({}, "psk_id_hash", {}) +
                               labeledExtract({}, "info_hash", QByteArrayView(kHybridInfo));
    QByteArray secret = labeledExtract(sharedSecret.view(), "secret", {});
    QByteArray key = labeledExpand(secret, "key", context, 32);
    const QByteArray nonce = labeledExpand(secret, "base_nonce", context, 12);
    AeadKey out;
    std::memcpy(out.key.data(), key.constData(), 32);
    std::memcpy(out.nonce, nonce.constData(), 12);
    wipeBytes(secret.data(), std::size_t(secret.size()));
    wipeBytes(key.data(), std::size_t(key.size()));
    return out;
}

bool isAllZeroSecret(const SymmetricKey &key)
{
    std::uint8_t any = 0;
    for (std::size_t i = 0; i < key.size(); ++i)
        any |= key.data()[i];
    return any == 0;
}

} // namespace

bool hybridAvailable()
{
    std::unique_ptr<EVP_KEYMGMT, decltype(&EVP_KEYMGMT_free)> mgmt(
        EVP_KEYMGMT_fetch(nullptr, kMlKem, nullptr), EVP_KEYMGMT_free);
    return mgmt != nullptr;
}

std::optional<HybridRecipient> HybridRecipient::parse(const QString &text)
{
    const auto decoded = decodeBech32(text);
    if (!decoded || decoded->hrp != kHybridRecipientHrp || decoded->data.size() != kHybridPublicKeySize ||
        text != text.toLower())
        return std::nullopt;
    if (!mlkemPublicKey(QByteArrayView(decoded->data).first(kMlKemPublicKeySize)))
        return std::nullopt;
    return HybridRecipient(decoded->data);
}

QString HybridRecipient::toString() const
{
    return encodeBech32(kHybridRecipientHrp, m_publicKey);
}

QString HybridRecipient::keyId() const
{
    const QByteArray digest = sha256(toString().toLatin1());
    return QStringLiteral("age-") + QString::fromLatin1(digest.left(8).toHex());
}

Stanza HybridRecipient::wrap(const FileKey &fileKey) const
{
    const QByteArrayView mlkemPublic = QByteArrayView(m_publicKey).first(kMlKemPublicKeySize);
    X25519Point x25519Public;
    std::memcpy(x25519Public.data(), m_publicKey.constData() + kMlKemPublicKeySize, 32);
    HybridPkey recipient = mlkemPublicKey(mlkemPublic);
    HybridPkeyCtx ctx(recipient ? EVP_PKEY_CTX_new_from_pkey(nullptr, recipient.get(), nullptr) : nullptr);
    QByteArray enc(kHybridEncSize, Qt::Uninitialized);
    QByteArray mlkemSecret(32, Qt::Uninitialized);
    std::size_t ctLength = std::size_t(kMlKemCiphertextSize), ssLength = 32;
    if (!ctx || EVP_PKEY_encapsulate_init(ctx.get(), nullptr) != 1 ||
        EVP_PKEY_encapsulate(ctx.get(), reinterpret_cast<unsigned char *>(enc.data()), &ctLength,
                             reinterpret_cast<unsigned char *>(mlkemSecret.data()), &ssLength) != 1 ||
        qsizetype(ctLength) != kMlKemCiphertextSize || ssLength != 32)
        std::abort(); // parse() checked the key; only a failed allocation ends here
    X25519Scalar ephemeral;
    std::optional<SymmetricKey> x25519Secret;
    X25519Point share{};
    for (int attempt = 0; attempt < 4 && (!x25519Secret || isAllZeroSecret(*x25519Secret)); ++attempt) {
        securerandom::fill(ephemeral.data(), ephemeral.size());
        share = x25519PublicKey(ephemeral);
        x25519Secret = x25519(ephemeral, x25519Public);
    }
    if (!x25519Secret || isAllZeroSecret(*x25519Secret))
        std::abort();
    std::memcpy(enc.data() + kMlKemCiphertextSize, share.data(), 32);
    const SymmetricKey shared = combine(mlkemSecret, *x25519Secret, QByteArrayView(share.data(), 32),
                                        QByteArrayView(x25519Public.data(), 32));
    wipeBytes(mlkemSecret.data(), 32);
    const AeadKey aead = keySchedule(shared);
    QByteArray body(fileKey.size() + kChaChaTagSize, Qt::Uninitialized);
    chachaSeal(aead.key, aead.nonce, fileKey.data(), fileKey.size(),
               reinterpret_cast<std::uint8_t *>(body.data()));
    return Stanza{{kHybridType, encodeBase64Raw(enc)}, body};
}

HybridIdentity HybridIdentity::generate()
{
    HybridIdentity identity;
    do {
        securerandom::fill(identity.m_seed.data(), identity.m_seed.size());
    } while (!identity.expand());
    return identity;
}

bool HybridIdentity::expand()
{
    const auto keys = expandSeed(m_seed);
    if (!keys)
        return false;
    m_publicKey = keys->publicKey;
    return true;
}

std::optional<HybridIdentity> HybridIdentity::parse(const QString &text)
{
    auto decoded = decodeBech32(text);
    if (!decoded || decoded->hrp != kHybridIdentityHrp.toLower() || decoded->data.size() != 32) {
        if (decoded)
            wipeBytes(decoded->data.data(), std::size_t(decoded->data.size()));
        return std::nullopt;
    }
    HybridIdentity identity;
    std::memcpy(identity.m_seed.data(), decoded->data.constData(), 32);
    wipeBytes(decoded->data.data(), 32);
    if (!identity.expand())
        return std::nullopt;
    return identity;
}

QString HybridIdentity::toString() const
{
    return encodeBech32(kHybridIdentityHrp, m_seed.view()).toUpper();
}

HybridIdentity::Unwrap HybridIdentity::unwrap(const Stanza &stanza, FileKey &fileKey) const
{
    const QByteArray enc = decodeBase64Raw(stanza.arguments.at(1)).value();
    const auto keys = expandSeed(m_seed);
    if (!keys)
        return Unwrap::NotForThisIdentity;
    X25519Point share;
    std::memcpy(share.data(), enc.constData() + kMlKemCiphertextSize, 32);
    // OpenSSL refuses a derivation whose result is all zero (a low-order share): the same refusal.
    const std::optional<SymmetricKey> x25519Secret = x25519(keys->x25519, share);
    if (!x25519Secret || isAllZeroSecret(*x25519Secret))
        return Unwrap::AllZeroSecret;
    // ML-KEM decapsulation never fails on a well-sized ciphertext: a wrong one gives an unrelated
    // secret (implicit rejection), and the AEAD below does not open.
    HybridPkeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, keys->mlkem.get(), nullptr));
    QByteArray mlkemSecret(32, Qt::Uninitialized);
    std::size_t ssLength = 32;
    if (!ctx || EVP_PKEY_decapsulate_init(ctx.get(), nullptr) != 1 ||
        EVP_PKEY_decapsulate(ctx.get(), reinterpret_cast<unsigned char *>(mlkemSecret.data()), &ssLength,
                             hybridBytes(enc), std::size_t(kMlKemCiphertextSize)) != 1 ||
        ssLength != 32)
        return Unwrap::NotForThisIdentity;
    const SymmetricKey shared = combine(mlkemSecret, *x25519Secret, QByteArrayView(share.data(), 32),
                                        QByteArrayView(keys->publicKey).last(32));
    wipeBytes(mlkemSecret.data(), 32);
    const AeadKey aead = keySchedule(shared);
    return chachaOpen(aead.key, aead.nonce, reinterpret_cast<const std::uint8_t *>(stanza.body.constData()),
                      std::size_t(stanza.body.size()), fileKey.data())
               ? Unwrap::Opened
               : Unwrap::NotForThisIdentity;
}

QString checkHybridStanza(const Stanza &stanza)
{
    if (stanza.arguments.size() != 2)
        return QCoreApplication::translate("AgeFormat",
                                           "a mlkem768x25519 stanza has %1 arguments instead of 2")
            .arg(stanza.arguments.size());
    const auto enc = decodeBase64Raw(stanza.arguments.at(1));
    if (!enc || enc->size() != kHybridEncSize)
        return QCoreApplication::translate(
            "AgeFormat", "a mlkem768x25519 stanza's enc is not 1120 bytes in canonical base64");
    if (stanza.body.size() != 32)
        return QCoreApplication::translate("AgeFormat",
                                           "a mlkem768x25519 stanza's body is %1 bytes instead of 32")
            .arg(stanza.body.size());
    return {};
}

} // namespace strongroom::age
