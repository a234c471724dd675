#include "age/AgeFile.h"

#include "age/AgeArmor.h"
#include "age/AgeErrors.h"
#include "age/ScryptPassphrase.h"
#include "core/SecureRandom.h"

#include <QCoreApplication>
#include <QIODevice>
#include <cstring>

namespace strongroom::age {

namespace {

constexpr char kHeaderInfo[] = "header";
constexpr qint64 kSniffSize = 1024;

QByteArrayView passphraseBytes(const KeyMaterial &key)
{
    return QByteArrayView(key.data(), key.size());
}

Error headerRuleError(const QString &what)
{
    return ageError(AgeFailure::Header,
                    QCoreApplication::translate("AgeFormat", "The age header is damaged: %1.").arg(what));
}

} // namespace

std::array<std::uint8_t, 32> computeHeaderMac(const FileKey &fileKey, const QByteArray &macInput)
{
    const SymmetricKey macKey = hkdfSha256(fileKey.view(), {}, kHeaderInfo);
    return hmacSha256(macKey.view(), macInput);
}

bool verifyHeaderMac(const Header &header, const FileKey &fileKey)
{
    const auto mac = computeHeaderMac(fileKey, header.macInput);
    return equalConstantTime(mac.data(), header.mac.data(), mac.size());
}

AgeShape shapeOf(QByteArrayView start)
{
    // A proper prefix of the version line (an empty or cut file) is a damaged age file, not another format.
    const QByteArrayView prefix(kVersionPrefix);
    if (start.startsWith(prefix) || (start.size() < prefix.size() && prefix.startsWith(start)))
        return AgeShape::Binary;
    if (looksArmored(start))
        return AgeShape::Armored;
    return AgeShape::Other;
}

QString describeContent(QByteArrayView start)
{
    const auto starts = [&](const char *magic, qsizetype size) {
        return start.size() >= size && std::memcmp(start.data(), magic, std::size_t(size)) == 0;
    };
    if (starts("\x1f\x8b", 2))
        return QCoreApplication::translate("AgeFormat", "a gzip stream");
    if (starts("\x28\xb5\x2f\xfd", 4))
        return QCoreApplication::translate("AgeFormat", "a zstd stream");
    if (starts("\xfd"
               "7zXZ",
               6))
        return QCoreApplication::translate("AgeFormat", "an xz stream");
    if (starts("SQLite format 3", 16))
        return QCoreApplication::translate("AgeFormat", "a plain SQLite database");
    if (starts("LUKS\xba\xbe", 6))
        return QCoreApplication::translate("AgeFormat", "a LUKS volume");
    if (start.startsWith("-----BEGIN PGP"))
        return QCoreApplication::translate("AgeFormat", "an armored OpenPGP message");
    if (!start.isEmpty() && (quint8(start[0]) & 0x80) && (quint8(start[0]) & 0x3f) >> 2 == 3)
        return QCoreApplication::translate("AgeFormat", "an OpenPGP message (gpg --symmetric?)");
    if (!start.isEmpty() &&
        (quint8(start[0]) == 0x8c || quint8(start[0]) == 0x85 || quint8(start[0]) == 0x84 ||
         quint8(start[0]) == 0xc3 || quint8(start[0]) == 0xc1))
        return QCoreApplication::translate("AgeFormat", "an OpenPGP message");
    const bool text = std::all_of(start.begin(), start.end(), [](char c) {
        const auto u = quint8(c);
        return u >= 0x20 || c == '\n' || c == '\r' || c == '\t';
    });
    if (start.isEmpty())
        return QCoreApplication::translate("AgeFormat", "an empty file");
    return text ? QCoreApplication::translate("AgeFormat", "text")
                : QCoreApplication::translate("AgeFormat", "binary data of an unknown kind");
}

Result<PayloadResult> encryptFile(QIODevice &in, QIODevice &out, const EncryptRequest &request,
                                  const WorkProgress &progress)
{
    const bool anyRecipient = !request.recipients.isEmpty() || !request.hybridRecipients.isEmpty();
    if (anyRecipient == request.passphrase.has_value())
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("AgeFormat", "Encrypt to recipients or to a "
                                                              "passphrase, exactly one of the two."));
    // As age 1.3 does: a file for post-quantum recipients would lose that protection if a classic
    // recipient could open it too.
    if (!request.recipients.isEmpty() && !request.hybridRecipients.isEmpty())
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("AgeFormat", "Hybrid post-quantum recipients (age1pq1...) "
                                                              "cannot be mixed with X25519 recipients "
                                                              "(age1...) in one file: the classic ones "
                                                              "would open it without the post-quantum "
                                                              "protection."));
    FileKey fileKey;
    securerandom::fill(fileKey.data(), fileKey.size());
    QList<Stanza> stanzas;
    if (request.passphrase) {
        const int logN = request.scryptLogN > 0 ? request.scryptLogN : calibratedScryptLogN();
        progress.beginUnstoppable(expectedScryptMs(logN));
        stanzas.append(scryptWrap(fileKey, passphraseBytes(*request.passphrase), logN));
        progress.endUnstoppable();
        // The derivation could not be interrupted; a cancel asked meanwhile counts now, before
        // anything is written.
        if (!progress.keepGoing(0)) {
            PayloadResult cancelled;
            cancelled.cancelled = true;
            return cancelled;
        }
    }
    for (const HybridRecipient &recipient : request.hybridRecipients)
        stanzas.append(recipient.wrap(fileKey));
    for (const X25519Recipient &recipient : request.recipients)
        stanzas.append(recipient.wrap(fileKey));
    const QByteArray withoutMac = encodeHeaderWithoutMac(stanzas);
    const QByteArray header = encodeHeader(stanzas, computeHeaderMac(fileKey, withoutMac));

    std::optional<ArmorWriter> armor;
    if (request.armor)
        armor.emplace(out);
    QIODevice &target = armor ? static_cast<QIODevice &>(*armor) : out;
    if (target.write(header) != header.size())
        return ageError(AgeFailure::Io,
                        QCoreApplication::translate("AgeFormat", "Writing the output failed: %1.")
                            .arg(out.errorString()));
    PayloadStream stream;
    auto result = stream.encrypt(in, target, fileKey, progress);
    if (result && !result->cancelled && armor && !armor->finish())
        return ageError(AgeFailure::Io,
                        QCoreApplication::translate("AgeFormat", "Writing the output failed: %1.")
                            .arg(out.errorString()));
    return result;
}

Result<FileKey> unwrapFileKey(const Header &header, const DecryptKeys &keys, QString *openedBy,
                              const WorkProgress &progress)
{
    // Every stanza of a known type is checked before anything is decrypted, so a malformed one fails
    // the same way whichever identity is tried.
    bool hasScrypt = false;
    for (const Stanza &stanza : header.stanzas) {
        QString problem;
        if (stanza.type() == "X25519")
            problem = checkX25519Stanza(stanza);
        else if (stanza.type() == "mlkem768x25519")
            problem = checkHybridStanza(stanza);
        else if (stanza.type() == "scrypt") {
            problem = checkScryptStanza(stanza);
            hasScrypt = true;
        }
        if (!problem.isEmpty())
            return headerRuleError(problem);
    }
    if (hasScrypt && header.stanzas.size() != 1)
        return headerRuleError(
            QCoreApplication::translate("AgeFormat", "a scrypt stanza is not alone in the header"));

    FileKey fileKey;
    for (const Stanza &stanza : header.stanzas) {
        if (stanza.type() == "X25519") {
            for (const X25519Identity &identity : keys.identities) {
                switch (identity.unwrap(stanza, fileKey)) {
                case X25519Identity::Unwrap::Opened:
                    if (openedBy)
                        *openedBy = QStringLiteral("X25519");
                    return fileKey;
                case X25519Identity::Unwrap::AllZeroSecret:
                    return headerRuleError(QCoreApplication::translate(
                        "AgeFormat", "an X25519 stanza's share gives the all-zero shared secret"));
                case X25519Identity::Unwrap::NotForThisIdentity:
                    break;
                }
            }
        } else if (stanza.type() == "mlkem768x25519") {
            for (const HybridIdentity &identity : keys.hybridIdentities) {
                switch (identity.unwrap(stanza, fileKey)) {
                case HybridIdentity::Unwrap::Opened:
                    if (openedBy)
                        *openedBy = QStringLiteral("mlkem768x25519");
                    return fileKey;
                case HybridIdentity::Unwrap::AllZeroSecret:
                    return headerRuleError(QCoreApplication::translate(
                        "AgeFormat",
                        "a mlkem768x25519 stanza's X25519 share gives the all-zero shared secret"));
                case HybridIdentity::Unwrap::NotForThisIdentity:
                    break;
                }
            }
        } else if (stanza.type() == "scrypt" && keys.passphrase) {
            progress.beginUnstoppable(expectedScryptMs(scryptLogNOf(stanza)));
            const bool opened = scryptUnwrap(stanza, passphraseBytes(*keys.passphrase), fileKey);
            progress.endUnstoppable();
            if (opened) {
                if (openedBy)
                    *openedBy = QStringLiteral("scrypt");
                return fileKey;
            }
        }
    }
    QString what;
    if (hasScrypt && !keys.passphrase)
        what = QCoreApplication::translate("AgeFormat",
                                           "No identity matched: the file is encrypted with a "
                                           "passphrase; give it with --passphrase-stdin or a key option.");
    else if (hasScrypt)
        what = QCoreApplication::translate("AgeFormat", "No identity matched: the passphrase is wrong.");
    else
        what =
            QCoreApplication::translate("AgeFormat",
                                        "No identity matched: none of the %n identities given opens "
                                        "any of the file's %1 recipient stanzas.",
                                        nullptr, int(keys.identities.size() + keys.hybridIdentities.size()))
                .arg(header.stanzas.size());
    return ageError(AgeFailure::NoIdentityMatched, what);
}

DecryptOutcome decryptFile(QIODevice &in, QIODevice *out, const DecryptKeys &keys,
                           const WorkProgress &progress)
{
    DecryptOutcome outcome;
    const QByteArray start = in.peek(kSniffSize);
    const AgeShape shape = shapeOf(start);
    if (shape == AgeShape::Other) {
        outcome.error =
            ageError(AgeFailure::NotAgeFile,
                     QCoreApplication::translate("AgeFormat", "This is not an age file: it looks like %1.")
                         .arg(describeContent(start)));
        return outcome;
    }
    std::optional<ArmorReader> armor;
    if (shape == AgeShape::Armored)
        armor.emplace(in);
    outcome.armored = armor.has_value();
    QIODevice &source = armor ? static_cast<QIODevice &>(*armor) : in;
    // An armor violation shows up as a read error or a cut header further down; it is the real cause.
    const auto fail = [&](Error error) {
        if (armor && armor->failed())
            error = ageError(AgeFailure::Armor, armor->armorError());
        outcome.error = std::move(error);
        return outcome;
    };

    Result<Header> header = readHeader(source);
    if (!header)
        return fail(header.error());
    Result<FileKey> fileKey = unwrapFileKey(*header, keys, &outcome.openedBy, progress);
    // A scrypt derivation cannot be interrupted; a cancel asked meanwhile counts as soon as it ends.
    if (!progress.keepGoing(0)) {
        outcome.cancelled = true;
        return outcome;
    }
    if (!fileKey)
        return fail(fileKey.error());
    if (!verifyHeaderMac(*header, *fileKey))
        return fail(
            ageError(AgeFailure::HeaderMac,
                     QCoreApplication::translate("AgeFormat", "The header's MAC does not match: the header "
                                                              "was changed after the file was written.")));
    PayloadStream stream;
    auto result = stream.decrypt(source, out, *fileKey, progress, outcome.released);
    if (!result)
        return fail(result.error());
    if (armor && armor->failed())
        return fail(Error());
    outcome.cancelled = result->cancelled;
    return outcome;
}

} // namespace strongroom::age
