#include "age/X25519Keys.h"

#include "age/AgeBase64.h"
#include "age/Bech32.h"
#include "core/SecureRandom.h"
#include "core/Sha256.h"

#include <QCoreApplication>
#include <cstring>

namespace strongroom::age {

namespace {

const QString kRecipientHrp = QStringLiteral("age");
const QString kIdentityHrp = QStringLiteral("AGE-SECRET-KEY-");
constexpr char kX25519Type[] = "X25519";
constexpr char kInfo[] = "age-encryption.org/v1/X25519";

SymmetricKey wrapKey(const SymmetricKey &shared, const X25519Point &share, const X25519Point &recipient)
{
    QByteArray salt(reinterpret_cast<const char *>(share.data()), 32);
    salt.append(reinterpret_cast<const char *>(recipient.data()), 32);
    return hkdfSha256(shared.view(), salt, kInfo);
}

} // namespace

std::optional<X25519Recipient> X25519Recipient::parse(const QString &text)
{
    const auto decoded = decodeBech32(text);
    // Recipients are written in lower case; "AGE1..." is not a recipient age accepts either.
    if (!decoded || decoded->hrp != kRecipientHrp || decoded->data.size() != 32 || text != text.toLower())
        return std::nullopt;
    X25519Point point;
    std::memcpy(point.data(), decoded->data.constData(), 32);
    return X25519Recipient(point);
}

QString X25519Recipient::toString() const
{
    return encodeBech32(kRecipientHrp, QByteArrayView(m_point.data(), 32));
}

QString X25519Recipient::keyId() const
{
    const QByteArray digest = sha256(toString().toLatin1());
    return QStringLiteral("age-") + QString::fromLatin1(digest.left(8).toHex());
}

Stanza X25519Recipient::wrap(const FileKey &fileKey) const
{
    X25519Scalar ephemeral;
    std::optional<SymmetricKey> shared;
    X25519Point share{};
    // A random scalar gives an all-zero secret only for a low-order recipient, which parse() cannot
    // produce from a real key; loop rather than write an unopenable stanza.
    for (int attempt = 0; attempt < 4 && !shared; ++attempt) {
        securerandom::fill(ephemeral.data(), ephemeral.size());
        share = x25519PublicKey(ephemeral);
        shared = x25519(ephemeral, m_point);
    }
    if (!shared)
        std::abort();
    const SymmetricKey key = wrapKey(*shared, share, m_point);
    QByteArray body(fileKey.size() + kChaChaTagSize, Qt::Uninitialized);
    chachaSeal(key, kZeroNonce, fileKey.data(), fileKey.size(),
               reinterpret_cast<std::uint8_t *>(body.data()));
    return Stanza{{kX25519Type, encodeBase64Raw(QByteArrayView(share.data(), 32))}, body};
}

X25519Identity X25519Identity::generate()
{
    X25519Identity identity;
    securerandom::fill(identity.m_secret.data(), identity.m_secret.size());
    identity.m_public = x25519PublicKey(identity.m_secret);
    return identity;
}

std::optional<X25519Identity> X25519Identity::parse(const QString &text)
{
    auto decoded = decodeBech32(text);
    // Identities are written in upper case (age-keygen does); the HRP comes back lower-cased.
    if (!decoded || decoded->hrp != kIdentityHrp.toLower() || decoded->data.size() != 32) {
        if (decoded)
            wipeBytes(decoded->data.data(), std::size_t(decoded->data.size()));
        return std::nullopt;
    }
    X25519Identity identity;
    std::memcpy(identity.m_secret.data(), decoded->data.constData(), 32);
    wipeBytes(decoded->data.data(), 32);
    identity.m_public = x25519PublicKey(identity.m_secret);
    return identity;
}

QString X25519Identity::toString() const
{
    return encodeBech32(kIdentityHrp, m_secret.view());
}

X25519Identity::Unwrap X25519Identity::unwrap(const Stanza &stanza, FileKey &fileKey) const
{
    const QByteArray shareBytes = *decodeBase64Raw(stanza.arguments.at(1));
    X25519Point share;
    std::memcpy(share.data(), shareBytes.constData(), 32);
    const auto shared = x25519(m_secret, share);
    if (!shared || std::all_of(shared->data(), shared->data() + 32, [](std::uint8_t b) { return b == 0; }))
        return Unwrap::AllZeroSecret;
    const SymmetricKey key = wrapKey(*shared, share, m_public);
    if (!chachaOpen(key, kZeroNonce, reinterpret_cast<const std::uint8_t *>(stanza.body.constData()),
                    std::size_t(stanza.body.size()), fileKey.data()))
        return Unwrap::NotForThisIdentity;
    return Unwrap::Opened;
}

QString checkX25519Stanza(const Stanza &stanza)
{
    if (stanza.arguments.size() != 2)
        return QCoreApplication::translate("AgeFormat", "an X25519 stanza has %1 arguments instead of 2")
            .arg(stanza.arguments.size());
    const auto share = decodeBase64Raw(stanza.arguments.at(1));
    if (!share || share->size() != 32)
        return QCoreApplication::translate("AgeFormat",
                                           "an X25519 stanza's share is not 32 bytes in canonical "
                                           "base64");
    if (stanza.body.size() != 32)
        return QCoreApplication::translate("AgeFormat", "an X25519 stanza's body is %1 bytes instead of 32")
            .arg(stanza.body.size());
    return {};
}

} // namespace strongroom::age
