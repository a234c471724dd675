#pragma once

#include "age/AgeCrypto.h"
#include "core/Result.h"
#include "core/WorkProgress.h"

#include <QThreadPool>
#include <functional>

class QIODevice;

namespace strongroom::age {

// The age payload (C2SP age, "Payload"): a 16-byte nonce, then STREAM chunks of 64 KiB of plaintext,
// each sealed with ChaCha20-Poly1305 under HKDF(file key, nonce, "payload") and the nonce
// counter(11 bytes, big endian) || last-flag. The last chunk may be short but is never empty unless
// the whole payload is; nothing may follow it.
//
// Chunks' nonces do not depend on each other, so a batch of chunks is sealed or opened by the
// threads of a pool of the stream's own (as JobRunner keeps its own) while the calling thread reads
// the next batch and writes the previous one. At most two batches (4 MiB in, 4 MiB out) are in
// memory, whatever the file's size. Plaintext is released in order and only up to the first chunk
// that fails to authenticate.

constexpr qint64 kChunkSize = 64 * 1024;
constexpr qint64 kSealedChunkSize = kChunkSize + kChaChaTagSize;
constexpr int kNonceSize = 16;

struct PayloadResult
{
    qint64 plaintextBytes = 0;
    bool cancelled = false;
};

class PayloadStream
{
public:
    explicit PayloadStream(int threads = 0);

    // Writes the nonce and the sealed chunks of everything `in` holds to `out`. After each batch,
    // `progress` hears the input bytes consumed so far and is asked whether to go on.
    Result<PayloadResult> encrypt(QIODevice &in, QIODevice &out, const FileKey &fileKey,
                                  const WorkProgress &progress);
    // Reads the nonce and opens every chunk of `in`; `out` may be null to verify only.
    // `released` counts the plaintext bytes handed to `out`, also when it fails part-way.
    Result<PayloadResult> decrypt(QIODevice &in, QIODevice *out, const FileKey &fileKey,
                                  const WorkProgress &progress, qint64 &released);

    // Opens only the first and the last chunk of a payload of `payloadSize` bytes (nonce included)
    // from a random-access `in` positioned at its start: cheap proof that a rewritten header's file
    // key opens the payload, without reading it all.
    static Status checkEnds(QIODevice &in, qint64 payloadSize, const FileKey &fileKey);

private:
    QThreadPool m_pool;
};

} // namespace strongroom::age
