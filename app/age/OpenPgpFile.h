#pragma once

#include "age/PayloadStream.h"
#include "core/Result.h"
#include "core/WorkProgress.h"
#include "keys/KeyMaterial.h"

#include <QByteArrayView>
#include <optional>

class QIODevice;

namespace strongroom::age {

// OpenPGP files made by `gpg --symmetric` (any cipher gpg offers) or `gpg --encrypt` to a key in the
// user's keyring, decrypted through GPGME. The passphrase reaches gpg only through GPGME's passphrase
// callback with loopback pinentry, never a command line or the environment. A wrong passphrase, or
// no secret key for the file, is WrongKey (3); a modification detected by the MDC or a truncated or
// damaged message is Integrity (4). gpg releases plaintext before the MDC is checked at the end, so
// callers write to a temp file and rename it only on success (DecryptFileJob does).

// A binary OpenPGP message (a packet tag byte gpg writes first) or an armored one.
bool looksOpenPgp(QByteArrayView start);

struct OpenPgpOutcome
{
    std::optional<Error> error;
    bool cancelled = false;
    qint64 released = 0;
    bool symmetric = false;
    QString cipher; // "AES256", ...
};

// Reads `in` to its end; `out` null discards the plaintext (verify). `passphrase` may be null when
// the key needs none.
OpenPgpOutcome decryptOpenPgp(QIODevice &in, QIODevice *out, const KeyMaterial *passphrase,
                              const WorkProgress &progress = {});

} // namespace strongroom::age
