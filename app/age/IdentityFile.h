#pragma once

#include "age/HybridKeys.h"
#include "age/X25519Keys.h"
#include "core/Result.h"
#include "keys/KeyMaterial.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace strongroom::age {

// The text files age reads keys from: one key a line, '#' comments and blank lines ignored (as
// age-keygen writes them). An identity file may itself be an age file encrypted with a passphrase
// (age -p, binary or armored); readIdentityFile asks for the passphrase only then.

// `where` names the file in messages. Secrets are never quoted back.
Result<QList<X25519Identity>> parseIdentities(QByteArrayView text, const QString &where);
Result<QList<X25519Recipient>> parseRecipients(QByteArrayView text, const QString &where);

// True when the bytes are an (encrypted) age file rather than a plain identity list.
bool isEncryptedIdentityFile(QByteArrayView start);

// Reads `path` (at most 1 MiB); an encrypted one is decrypted in memory with `passphrase`
// (missing: a WrongKey error saying a passphrase is needed).
Result<QList<X25519Identity>> readIdentityFile(const QString &path, const KeyMaterial *passphrase);
Result<QList<X25519Recipient>> readRecipientsFile(const QString &path);

// The same for files that may also hold age 1.3's hybrid post-quantum keys (AGE-SECRET-KEY-PQ-1...,
// age1pq1...), as `file` and `key rewrap` read them.
struct IdentitySet
{
    QList<X25519Identity> x25519;
    QList<HybridIdentity> hybrid;
};
struct RecipientSet
{
    QList<X25519Recipient> x25519;
    QList<HybridRecipient> hybrid;
};
Result<IdentitySet> parseIdentitySet(QByteArrayView text, const QString &where);
Result<RecipientSet> parseRecipientSet(QByteArrayView text, const QString &where);
Result<IdentitySet> readIdentitySet(const QString &path, const KeyMaterial *passphrase);
Result<RecipientSet> readRecipientSet(const QString &path);

// The text of a new identity file as age-keygen writes it: created date, public key, secret.
QByteArray identityFileText(const X25519Identity &identity, const QDateTime &created);

// The date of its "# created: ..." comment (age-keygen's and identityFileText's), or invalid.
QDateTime identityFileCreated(QByteArrayView text);

} // namespace strongroom::age
