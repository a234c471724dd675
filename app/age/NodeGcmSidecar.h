#pragma once

#include "age/AgeCrypto.h"
#include "age/PayloadStream.h"
#include "core/Result.h"
#include "core/WorkProgress.h"
#include "keys/KeyMaterial.h"

#include <QString>
#include <optional>

class QIODevice;

namespace strongroom::age {

// The encrypted backups Node.js scripts write with crypto.createCipheriv('aes-256-gcm', key, iv):
// NAME.enc (the ciphertext alone), NAME.iv (16 raw bytes or 32 hex characters) and NAME.sha256 (the
// hex SHA-256 of NAME.enc), with the key as 64 hex characters (e.g. a BACKUP_ENCRYPTION_KEY
// variable). The GCM tag was never stored, so the content's authenticity cannot be proven: only the
// checksum says the .enc file is the one that was written, and it is checked first. Decryption is
// GCM's keystream (AES-CTR from the IV's GHASH-derived counter) without the tag.

struct NodeSidecar
{
    QString enc;
    QString iv;
    QString sha256;
};

// NAME.enc (or NAME) whose NAME.iv and NAME.sha256 exist beside it.
std::optional<NodeSidecar> findNodeSidecar(const QString &input);

// The 32-byte key from 64 hex characters or x'<64 hex>'; a usage error otherwise.
Result<SymmetricKey> nodeKeyFrom(const KeyMaterial &key);

struct NodeDecryptOutcome
{
    std::optional<Error> error;
    bool cancelled = false;
    qint64 released = 0;
    bool gzipInside = false;
};

// Checks the checksum, then decrypts to `out` (null: checksum and keystream only). Progress counts the
// bytes of NAME.enc read, hashing and decrypting (twice its size in all).
NodeDecryptOutcome decryptNodeSidecar(const NodeSidecar &files, const SymmetricKey &key, QIODevice *out,
                                      const WorkProgress &progress = {});

} // namespace strongroom::age
