#include "age/IdentityFile.h"

#include "age/AgeCrypto.h"
#include "age/AgeErrors.h"
#include "age/AgeFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

namespace strongroom::age {

namespace {

constexpr qint64 kMaxKeyFileSize = 1 << 20;

// The lines that carry keys: without comments, blank lines and surrounding whitespace.
QList<QPair<int, QByteArray>> keyLines(QByteArrayView text)
{
    QList<QPair<int, QByteArray>> lines;
    int number = 0;
    for (qsizetype at = 0; at < text.size();) {
        qsizetype end = text.indexOf('\n', at);
        if (end < 0)
            end = text.size();
        const QByteArrayView trimmed = text.sliced(at, end - at).trimmed();
        at = end + 1;
        ++number;
        if (trimmed.isEmpty() || trimmed.startsWith('#'))
            continue;
        lines.append({number, trimmed.toByteArray()});
    }
    return lines;
}

Error keyFileError(const QString &message)
{
    return Error(ExitCode::Usage, message, QStringLiteral("bad-key-file"));
}

Result<QByteArray> readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("AgeFormat", "%1: cannot read the key file (%2).")
                         .arg(path, file.errorString()));
    if (file.size() > kMaxKeyFileSize)
        return keyFileError(QCoreApplication::translate("AgeFormat",
                                                        "%1: a key file of %2 bytes is too large to be "
                                                        "one.")
                                .arg(path)
                                .arg(file.size()));
    return file.readAll();
}

} // namespace

Result<QList<X25519Identity>> parseIdentities(QByteArrayView text, const QString &where)
{
    QList<X25519Identity> identities;
    for (auto &[number, line] : keyLines(text)) {
        auto identity = X25519Identity::parse(QString::fromLatin1(line));
        wipeBytes(line.data(), std::size_t(line.size()));
        if (!identity)
            return keyFileError(QCoreApplication::translate("AgeFormat", "%1, line %2: not an age identity "
                                                                         "(AGE-SECRET-KEY-1...).")
                                    .arg(where)
                                    .arg(number));
        identities.append(*identity);
    }
    if (identities.isEmpty())
        return keyFileError(QCoreApplication::translate("AgeFormat", "%1: holds no identity.").arg(where));
    return identities;
}

Result<QList<X25519Recipient>> parseRecipients(QByteArrayView text, const QString &where)
{
    QList<X25519Recipient> recipients;
    for (const auto &[number, line] : keyLines(text)) {
        const auto recipient = X25519Recipient::parse(QString::fromLatin1(line));
        if (!recipient)
            return keyFileError(QCoreApplication::translate("AgeFormat", "%1, line %2: not an age recipient "
                                                                         "(age1...).")
                                    .arg(where)
                                    .arg(number));
        recipients.append(*recipient);
    }
    if (recipients.isEmpty())
        return keyFileError(QCoreApplication::translate("AgeFormat", "%1: holds no recipient.").arg(where));
    return recipients;
}

Result<IdentitySet> parseIdentitySet(QByteArrayView text, const QString &where)
{
    IdentitySet identities;
    for (auto &[number, line] : keyLines(text)) {
        const QString key = QString::fromLatin1(line);
        wipeBytes(line.data(), std::size_t(line.size()));
        if (auto hybrid = HybridIdentity::parse(key)) {
            identities.hybrid.append(*hybrid);
        } else if (auto identity = X25519Identity::parse(key)) {
            identities.x25519.append(*identity);
        } else {
            return keyFileError(QCoreApplication::translate("AgeFormat", "%1, line %2: not an age identity "
                                                                         "(AGE-SECRET-KEY-1... or "
                                                                         "AGE-SECRET-KEY-PQ-1...).")
                                    .arg(where)
                                    .arg(number));
        }
    }
    if (identities.x25519.isEmpty() && identities.hybrid.isEmpty())
        return keyFileError(QCoreApplication::translate("AgeFormat", "%1: holds no identity.").arg(where));
    return identities;
}

Result<RecipientSet> parseRecipientSet(QByteArrayView text, const QString &where)
{
    RecipientSet recipients;
    for (const auto &[number, line] : keyLines(text)) {
        const QString key = QString::fromLatin1(line);
        if (auto hybrid = HybridRecipient::parse(key)) {
            recipients.hybrid.append(*hybrid);
        } else if (auto recipient = X25519Recipient::parse(key)) {
            recipients.x25519.append(*recipient);
        } else {
            return keyFileError(QCoreApplication::translate("AgeFormat", "%1, line %2: not an age recipient "
                                                                         "(age1... or age1pq1...).")
                                    .arg(where)
                                    .arg(number));
        }
    }
    if (recipients.x25519.isEmpty() && recipients.hybrid.isEmpty())
        return keyFileError(QCoreApplication::translate("AgeFormat", "%1: holds no recipient.").arg(where));
    return recipients;
}

Result<RecipientSet> readRecipientSet(const QString &path)
{
    Result<QByteArray> content = readSmallFile(path);
    if (!content)
        return content.error();
    return parseRecipientSet(*content, path);
}

bool isEncryptedIdentityFile(QByteArrayView start)
{
    return shapeOf(start) != AgeShape::Other && !start.isEmpty();
}

namespace {

// The plain text of an identity file, decrypted in memory when it is protected; the caller wipes it.
Result<QByteArray> plainIdentityText(const QString &path, const KeyMaterial *passphrase)
{
    Result<QByteArray> content = readSmallFile(path);
    if (!content)
        return content.error();
    if (!isEncryptedIdentityFile(*content))
        return content;
    if (!passphrase)
        return Error(ExitCode::WrongKey,
                     QCoreApplication::translate("AgeFormat", "%1 is a passphrase-protected "
                                                              "identity file: give its passphrase "
                                                              "with a key option.")
                         .arg(path),
                     QStringLiteral("no-identity-matched"));
    QBuffer in(&*content);
    in.open(QIODevice::ReadOnly);
    QByteArray plain;
    plain.reserve(int(content->size()));
    QBuffer out(&plain);
    out.open(QIODevice::WriteOnly);
    DecryptKeys keys;
    keys.passphrase = *passphrase;
    const DecryptOutcome outcome = decryptFile(in, &out, keys);
    if (outcome.error) {
        wipeBytes(plain.data(), std::size_t(plain.size()));
        Error error = *outcome.error;
        error.message = path + QStringLiteral(": ") + error.message;
        return error;
    }
    return plain;
}

} // namespace

Result<QList<X25519Identity>> readIdentityFile(const QString &path, const KeyMaterial *passphrase)
{
    Result<QByteArray> text = plainIdentityText(path, passphrase);
    if (!text)
        return text.error();
    auto identities = parseIdentities(*text, path);
    wipeBytes(text->data(), std::size_t(text->size()));
    return identities;
}

Result<IdentitySet> readIdentitySet(const QString &path, const KeyMaterial *passphrase)
{
    Result<QByteArray> text = plainIdentityText(path, passphrase);
    if (!text)
        return text.error();
    auto identities = parseIdentitySet(*text, path);
    wipeBytes(text->data(), std::size_t(text->size()));
    return identities;
}

Result<QList<X25519Recipient>> readRecipientsFile(const QString &path)
{
    Result<QByteArray> content = readSmallFile(path);
    if (!content)
        return content.error();
    return parseRecipients(*content, path);
}

QByteArray identityFileText(const X25519Identity &identity, const QDateTime &created)
{
    return "# created: " + created.toUTC().toString(Qt::ISODate).toLatin1() +
           "\n# public key: " + identity.recipient().toString().toLatin1() + '\n' +
           identity.toString().toLatin1() + '\n';
}

QDateTime identityFileCreated(QByteArrayView text)
{
    // Only the comment is copied: the text also holds the secret.
    const QByteArrayView prefix("# created: ");
    const qsizetype start = text.indexOf(prefix);
    if (start < 0 || (start > 0 && text.at(start - 1) != '\n'))
        return {};
    QByteArrayView date = text.sliced(start + prefix.size());
    const qsizetype end = date.indexOf('\n');
    if (end >= 0)
        date = date.first(end);
    return QDateTime::fromString(QString::fromLatin1(date.trimmed()), Qt::ISODate).toUTC();
}

} // namespace strongroom::age
