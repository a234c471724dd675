#pragma once

#include "age/AgeCrypto.h"
#include "age/AgeHeader.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace strongroom::age {

// The hybrid post-quantum recipient type of age 1.3 (C2SP age, "The MLKEM768-X25519 (i.e. X-Wing)
// hybrid post-quantum recipient type"): the file key is sealed with HPKE base mode (RFC 9180) whose
// KEM is MLKEM768-X25519 (X-Wing: ML-KEM-768 of FIPS 203 and X25519, their secrets combined with
// SHA3-256), KDF HKDF-SHA256, AEAD ChaCha20Poly1305, info "age-encryption.org/mlkem768x25519". The
// identity is a 32-byte seed ("AGE-SECRET-KEY-PQ-1..."), the recipient the 1216-byte public key
// ("age1pq1..."). ML-KEM-768 comes from OpenSSL (3.5 and later).

constexpr qsizetype kHybridPublicKeySize = 1216; // ML-KEM-768 encapsulation key (1184) + X25519 (32)
constexpr qsizetype kHybridEncSize = 1120;       // ML-KEM-768 ciphertext (1088) + X25519 share (32)

// Whether this OpenSSL offers ML-KEM-768 (3.5 and later).
bool hybridAvailable();

class HybridRecipient
{
public:
    static std::optional<HybridRecipient> parse(const QString &text);
    QString toString() const;
    QString keyId() const;
    // A stanza "-> mlkem768x25519 <enc>" sealing the file key for this recipient.
    Stanza wrap(const FileKey &fileKey) const;
    const QByteArray &publicKey() const { return m_publicKey; }

private:
    explicit HybridRecipient(QByteArray publicKey) : m_publicKey(std::move(publicKey)) {}
    friend class HybridIdentity;
    QByteArray m_publicKey;
};

class HybridIdentity
{
public:
    static HybridIdentity generate();
    static std::optional<HybridIdentity> parse(const QString &text);
    QString toString() const;
    HybridRecipient recipient() const { return HybridRecipient(m_publicKey); }

    enum class Unwrap
    {
        NotForThisIdentity,
        Opened,
        AllZeroSecret
    };
    // Tries one mlkem768x25519 stanza already checked by checkHybridStanza.
    Unwrap unwrap(const Stanza &stanza, FileKey &fileKey) const;

private:
    HybridIdentity() = default;
    bool expand(); // the public key from the seed
    SymmetricKey m_seed;
    QByteArray m_publicKey;
};

// The structural rules of a mlkem768x25519 stanza: exactly two arguments, enc canonical base64 of
// 1120 bytes, a 32-byte body. Returns what is wrong, or empty.
QString checkHybridStanza(const Stanza &stanza);

} // namespace strongroom::age
