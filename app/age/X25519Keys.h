#pragma once

#include "age/AgeCrypto.h"
#include "age/AgeHeader.h"

#include <QString>
#include <optional>

namespace strongroom::age {

// The native X25519 recipient type (C2SP age, "The X25519 recipient type"): the public key as
// "age1..." and the secret as "AGE-SECRET-KEY-1...", both Bech32.
class X25519Recipient
{
public:
    explicit X25519Recipient(const X25519Point &point) : m_point(point) {}
    static std::optional<X25519Recipient> parse(const QString &text);

    QString toString() const;
    const X25519Point &point() const { return m_point; }
    // A short name for the key pair in lists and on recovery sheets: "age-" and the first 16 hex
    // digits of the SHA-256 of the recipient's text. Public: it is derived from the recipient.
    QString keyId() const;

    // A stanza "-> X25519 <ephemeral share>" whose body wraps the file key for this recipient.
    Stanza wrap(const FileKey &fileKey) const;

private:
    X25519Point m_point;
};

class X25519Identity
{
public:
    static X25519Identity generate();
    static std::optional<X25519Identity> parse(const QString &text);

    // The Bech32 secret; the caller keeps it out of logs and wipes its copy.
    QString toString() const;
    X25519Recipient recipient() const { return X25519Recipient(m_public); }

    enum class Unwrap
    {
        NotForThisIdentity,
        Opened,
        AllZeroSecret
    };
    // Tries one X25519 stanza already checked by checkX25519Stanza.
    Unwrap unwrap(const Stanza &stanza, FileKey &fileKey) const;

private:
    X25519Scalar m_secret;
    X25519Point m_public{};
};

// The structural rules of an X25519 stanza, checked before any decryption: exactly two arguments,
// the share canonical base64 of 32 bytes, the body exactly 32 bytes. Returns what is wrong, or empty.
QString checkX25519Stanza(const Stanza &stanza);

} // namespace strongroom::age
