#pragma once

#include "age/HybridKeys.h"
#include "age/PayloadStream.h"
#include "age/X25519Keys.h"
#include "core/Result.h"
#include "keys/KeyMaterial.h"

#include <QList>
#include <functional>
#include <optional>

class QIODevice;

namespace strongroom::age {

// Encrypting and decrypting whole age files (header, MAC and payload), binary or armored, from one
// device to another without holding the file in memory.

// `progress` hears the payload's input bytes consumed and is asked whether to go on after each batch.
// A scrypt derivation cannot be stopped: it is declared through progress.beginUnstoppable (with its
// expected duration) and endUnstoppable, and a cancel asked meanwhile is honoured right after it.

struct EncryptRequest
{
    QList<X25519Recipient> recipients;
    QList<HybridRecipient> hybridRecipients; // age 1.3's post-quantum mlkem768x25519
    // A passphrase instead of recipients (scrypt must be alone in the header).
    std::optional<KeyMaterial> passphrase;
    int scryptLogN = 0; // 0: calibratedScryptLogN()
    bool armor = false;
};

Result<PayloadResult> encryptFile(QIODevice &in, QIODevice &out, const EncryptRequest &request,
                                  const WorkProgress &progress = {});

struct DecryptKeys
{
    QList<X25519Identity> identities;
    QList<HybridIdentity> hybridIdentities;
    std::optional<KeyMaterial> passphrase;
};

struct DecryptOutcome
{
    std::optional<Error> error;
    bool cancelled = false;
    bool armored = false;
    qint64 released = 0; // plaintext bytes written to the output, also on failure
    QString openedBy;    // "X25519" or "scrypt"
};

// Reads `in` to its end; `out` null verifies only. Every failure carries its AgeFailure's code and kind.
DecryptOutcome decryptFile(QIODevice &in, QIODevice *out, const DecryptKeys &keys,
                           const WorkProgress &progress = {});

// Opens the header alone: the file key, for rewriting a header or for callers that stream the payload
// themselves. Exposed for tests and the CLI's verbs. Only progress's unstoppable notices (a scrypt
// derivation) are used; the caller asks for a cancel after it returns.
Result<FileKey> unwrapFileKey(const Header &header, const DecryptKeys &keys, QString *openedBy = nullptr,
                              const WorkProgress &progress = {});

// The header MAC for a file key: computed over the header's bytes up to "---", and checked against
// a header as read.
std::array<std::uint8_t, 32> computeHeaderMac(const FileKey &fileKey, const QByteArray &macInput);
bool verifyHeaderMac(const Header &header, const FileKey &fileKey);

// What a file's first bytes say it is: an age file, armored age, or something else (described).
enum class AgeShape
{
    Binary,
    Armored,
    Other
};
AgeShape shapeOf(QByteArrayView start);
// A short description for "not an age file" messages: "a gzip stream", "text", "an OpenPGP message"...
QString describeContent(QByteArrayView start);

} // namespace strongroom::age
