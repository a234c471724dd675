#include "age/PayloadStream.h"

#include "age/AgeErrors.h"
#include "core/SecureRandom.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSemaphore>
#include <QThread>
#include <vector>

namespace strongroom::age {

namespace {

// 32 chunks (2 MiB) a batch: enough to keep both cores busy between two reads, small enough that
// the memory use stays flat.
constexpr int kChunksPerBatch = 32;
constexpr char kPayloadInfo[] = "payload";

enum class ChunkState : char
{
    Pending,
    Ok,
    Failed,
    FollowedByData,
    NotMarkedLast,
    EmptyLast,
    TooShort
};

struct Batch
{
    QByteArray input;
    QByteArray output;
    qint64 firstChunk = 0;
    int chunks = 0;
    bool holdsLast = false;
    std::vector<ChunkState> states;
    QSemaphore finished;
    int tasks = 0;
};

void setNonce(std::uint8_t nonce[12], qint64 counter, bool last)
{
    for (int i = 10; i >= 0; --i) {
        nonce[i] = std::uint8_t(counter & 0xff);
        counter >>= 8;
    }
    nonce[11] = last ? 1 : 0;
}

// Reads until `size` bytes or the end; -1 on a read error.
qint64 readFull(QIODevice &in, char *data, qint64 size)
{
    qint64 got = 0;
    while (got < size) {
        const qint64 n = in.read(data + got, size - got);
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        got += n;
    }
    return got;
}

// Fills the batch with the next chunks of `in`; false on a read error. A batch holds the last chunk
// when the input ends inside it or right after it.
bool readBatch(QIODevice &in, Batch &batch, qint64 firstChunk, qint64 unit)
{
    batch.input.resize(kChunksPerBatch * unit);
    const qint64 got = readFull(in, batch.input.data(), batch.input.size());
    if (got < 0)
        return false;
    batch.input.resize(got);
    batch.firstChunk = firstChunk;
    char next = 0;
    const qint64 peeked = got < kChunksPerBatch * unit ? 0 : in.peek(&next, 1);
    if (peeked < 0)
        return false;
    batch.holdsLast = peeked == 0;
    batch.chunks = int((got + unit - 1) / unit);
    batch.states.assign(std::size_t(batch.chunks), ChunkState::Pending);
    return true;
}

QString chunkPlace(qint64 chunk)
{
    return QCoreApplication::translate("AgeFormat", "chunk %1 (plaintext byte %2)")
        .arg(chunk)
        .arg(chunk * kChunkSize);
}

} // namespace

PayloadStream::PayloadStream(int threads)
{
    m_pool.setMaxThreadCount(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()));
    m_pool.setObjectName(QStringLiteral("strongroom-age-chunks"));
}

namespace {

// Seals or opens chunks [from, to) of the batch; runs on a pool thread.
void processChunks(bool encrypt, const SymmetricKey &key, Batch &batch, int from, int to)
{
    const qint64 inUnit = encrypt ? kChunkSize : kSealedChunkSize;
    const qint64 outUnit = encrypt ? kSealedChunkSize : kChunkSize;
    for (int i = from; i < to; ++i) {
        const qint64 index = batch.firstChunk + i;
        const bool last = batch.holdsLast && i == batch.chunks - 1;
        const qint64 inSize = std::min(inUnit, qint64(batch.input.size()) - i * inUnit);
        const auto *in = reinterpret_cast<const std::uint8_t *>(batch.input.constData() + i * inUnit);
        auto *out = reinterpret_cast<std::uint8_t *>(batch.output.data() + i * outUnit);
        std::uint8_t nonce[12];
        setNonce(nonce, index, last);
        if (encrypt) {
            chachaSeal(key, nonce, in, std::size_t(inSize), out);
            batch.states[std::size_t(i)] = ChunkState::Ok;
            continue;
        }
        if (inSize < kChaChaTagSize) {
            batch.states[std::size_t(i)] = ChunkState::TooShort;
            continue;
        }
        if (last && inSize == kChaChaTagSize && index > 0) {
            batch.states[std::size_t(i)] = ChunkState::EmptyLast;
            continue;
        }
        if (chachaOpen(key, nonce, in, std::size_t(inSize), out)) {
            batch.states[std::size_t(i)] = ChunkState::Ok;
            continue;
        }
        // Only on failure: is the chunk well made but in the wrong place (data after the final
        // chunk, or a file cut right after a whole chunk)? The answer makes the message exact.
        setNonce(nonce, index, !last);
        const bool otherFlagOpens = chachaOpen(key, nonce, in, std::size_t(inSize), out);
        batch.states[std::size_t(i)] = !otherFlagOpens
                                           ? ChunkState::Failed
                                           : (last ? ChunkState::NotMarkedLast : ChunkState::FollowedByData);
    }
}

void startBatch(QThreadPool &pool, bool encrypt, const SymmetricKey &key, Batch &batch)
{
    const qint64 outUnit = encrypt ? kSealedChunkSize : kChunkSize;
    batch.output.resize(std::max<qint64>(1, batch.chunks) * outUnit);
    batch.tasks = std::max(1, std::min(pool.maxThreadCount(), batch.chunks));
    const int per = (batch.chunks + batch.tasks - 1) / std::max(1, batch.tasks);
    for (int t = 0; t < batch.tasks; ++t) {
        const int from = std::min(batch.chunks, t * per);
        const int to = std::min(batch.chunks, from + per);
        pool.start([encrypt, &key, &batch, from, to] {
            processChunks(encrypt, key, batch, from, to);
            batch.finished.release();
        });
    }
}

void waitBatch(Batch &batch)
{
    if (batch.tasks > 0)
        batch.finished.acquire(batch.tasks);
    batch.tasks = 0;
}

// Waits for any batch still in the pool's hands, whatever way the caller leaves.
struct BatchesGuard
{
    Batch &a;
    Batch &b;
    ~BatchesGuard()
    {
        waitBatch(a);
        waitBatch(b);
    }
};

Error readError(QIODevice &in)
{
    return ageError(
        AgeFailure::Io,
        QCoreApplication::translate("AgeFormat", "Reading the input failed: %1.").arg(in.errorString()));
}

Error writeError(QIODevice &out)
{
    return ageError(
        AgeFailure::Io,
        QCoreApplication::translate("AgeFormat", "Writing the output failed: %1.").arg(out.errorString()));
}

} // namespace

Result<PayloadResult> PayloadStream::encrypt(QIODevice &in, QIODevice &out, const FileKey &fileKey,
                                             const WorkProgress &progress)
{
    std::uint8_t nonce[kNonceSize];
    securerandom::fill(nonce, sizeof nonce);
    const SymmetricKey key = hkdfSha256(
        fileKey.view(), QByteArrayView(reinterpret_cast<const char *>(nonce), kNonceSize), kPayloadInfo);
    if (out.write(reinterpret_cast<const char *>(nonce), kNonceSize) != kNonceSize)
        return writeError(out);

    Batch first, second;
    BatchesGuard guard{first, second};
    Batch *current = &first, *next = &second;
    PayloadResult result;
    if (!readBatch(in, *current, 0, kChunkSize))
        return readError(in);
    // An empty input is one empty final chunk.
    if (current->chunks == 0)
        current->chunks = 1, current->states.assign(1, ChunkState::Pending);
    startBatch(m_pool, true, key, *current);
    while (true) {
        const bool more = !current->holdsLast;
        if (more && !readBatch(in, *next, current->firstChunk + current->chunks, kChunkSize))
            return readError(in);
        if (more && next->chunks == 0)
            return ageError(AgeFailure::Io,
                            QCoreApplication::translate("AgeFormat", "The input became shorter "
                                                                     "while it was read."));
        waitBatch(*current);
        if (more)
            startBatch(m_pool, true, key, *next);
        const qint64 sealed = qint64(current->input.size()) + qint64(current->chunks) * kChaChaTagSize;
        if (out.write(current->output.constData(), sealed) != sealed)
            return writeError(out);
        result.plaintextBytes += current->input.size();
        if (!progress.keepGoing(result.plaintextBytes)) {
            result.cancelled = true;
            return result;
        }
        if (!more)
            return result;
        std::swap(current, next);
    }
}

Result<PayloadResult> PayloadStream::decrypt(QIODevice &in, QIODevice *out, const FileKey &fileKey,
                                             const WorkProgress &progress, qint64 &released)
{
    released = 0;
    char nonce[kNonceSize];
    const qint64 got = readFull(in, nonce, kNonceSize);
    if (got < 0)
        return readError(in);
    if (got < kNonceSize)
        return ageError(AgeFailure::Header,
                        QCoreApplication::translate("AgeFormat",
                                                    "The file is truncated: it ends inside the payload "
                                                    "nonce, right after the header."));
    const SymmetricKey key = hkdfSha256(fileKey.view(), QByteArrayView(nonce, kNonceSize), kPayloadInfo);

    Batch first, second;
    BatchesGuard guard{first, second};
    Batch *current = &first, *next = &second;
    PayloadResult result;
    qint64 consumed = kNonceSize;
    if (!readBatch(in, *current, 0, kSealedChunkSize))
        return readError(in);
    if (current->chunks == 0)
        return ageError(AgeFailure::Payload,
                        QCoreApplication::translate("AgeFormat", "The payload is truncated: "
                                                                 "it has no chunk at all."));
    startBatch(m_pool, false, key, *current);
    while (true) {
        const bool more = !current->holdsLast;
        if (more && !readBatch(in, *next, current->firstChunk + current->chunks, kSealedChunkSize))
            return readError(in);
        waitBatch(*current);
        int good = 0;
        while (good < current->chunks && current->states[std::size_t(good)] == ChunkState::Ok)
            ++good;
        const bool failed = good < current->chunks;
        if (more && !failed && next->chunks > 0)
            startBatch(m_pool, false, key, *next);
        // Whole chunks before a failing one are released, as the spec's streaming reader does; so is a
        // chunk that authenticates in the wrong place (data after the final chunk, or the file cut
        // right after a whole chunk): its bytes are genuine, what comes after it is the error. A short
        // chunk is always read as the final one, so one that is not marked so is released by no reader.
        const ChunkState failure = failed ? current->states[std::size_t(good)] : ChunkState::Ok;
        const bool wholeChunk = qint64(current->input.size()) - good * kSealedChunkSize >= kSealedChunkSize;
        const int releasedChunks =
            failure == ChunkState::FollowedByData || (failure == ChunkState::NotMarkedLast && wholeChunk)
                ? good + 1
                : good;
        qint64 plain = 0;
        for (int i = 0; i < releasedChunks; ++i)
            plain += std::min(kSealedChunkSize, qint64(current->input.size()) - i * kSealedChunkSize) -
                     kChaChaTagSize;
        if (out && plain > 0 && out->write(current->output.constData(), plain) != plain)
            return writeError(*out);
        released += plain;
        result.plaintextBytes += plain;
        if (failed) {
            const qint64 chunk = current->firstChunk + good;
            QString what;
            switch (current->states[std::size_t(good)]) {
            case ChunkState::FollowedByData:
                what =
                    QCoreApplication::translate("AgeFormat", "The payload has trailing data: %1 is the final "
                                                             "chunk, but more data follows it.");
                break;
            case ChunkState::NotMarkedLast:
                what = QCoreApplication::translate("AgeFormat",
                                                   "The payload is truncated: the file ends after %1, "
                                                   "which is not the final chunk.");
                break;
            case ChunkState::EmptyLast:
                what = QCoreApplication::translate("AgeFormat",
                                                   "The payload is damaged: %1 is an empty final chunk, "
                                                   "which only an empty file may have.");
                break;
            case ChunkState::TooShort:
                what = QCoreApplication::translate("AgeFormat",
                                                   "The payload is truncated: %1 is shorter than its "
                                                   "16-byte tag.");
                break;
            default:
                what = QCoreApplication::translate(
                    "AgeFormat", "The payload is damaged: %1 does not authenticate (the file was "
                                 "changed, cut short, or has data appended).");
                break;
            }
            return ageError(AgeFailure::Payload, what.arg(chunkPlace(chunk)));
        }
        consumed += current->input.size();
        if (!progress.keepGoing(consumed)) {
            result.cancelled = true;
            return result;
        }
        if (!more)
            return result;
        if (next->chunks == 0)
            return ageError(AgeFailure::Io,
                            QCoreApplication::translate("AgeFormat", "The input became shorter "
                                                                     "while it was read."));
        std::swap(current, next);
    }
}

Status PayloadStream::checkEnds(QIODevice &in, qint64 payloadSize, const FileKey &fileKey)
{
    const qint64 start = in.pos();
    const qint64 sealed = payloadSize - kNonceSize;
    char nonce[kNonceSize];
    if (sealed < kChaChaTagSize || in.read(nonce, kNonceSize) != kNonceSize)
        return ageError(
            AgeFailure::Payload,
            QCoreApplication::translate("AgeFormat", "The payload is truncated: it has no chunk at all."));
    const SymmetricKey key = hkdfSha256(fileKey.view(), QByteArrayView(nonce, kNonceSize), kPayloadInfo);
    const qint64 chunks = (sealed + kSealedChunkSize - 1) / kSealedChunkSize;
    QByteArray chunk(kSealedChunkSize, Qt::Uninitialized);
    for (const qint64 index : {qint64(0), chunks - 1}) {
        const qint64 size = std::min(kSealedChunkSize, sealed - index * kSealedChunkSize);
        if (!in.seek(start + kNonceSize + index * kSealedChunkSize) || in.read(chunk.data(), size) != size)
            return readError(in);
        std::uint8_t chunkNonce[12];
        setNonce(chunkNonce, index, index == chunks - 1);
        auto *bytes = reinterpret_cast<std::uint8_t *>(chunk.data());
        if (!chachaOpen(key, chunkNonce, bytes, std::size_t(size), bytes))
            return ageError(AgeFailure::Payload,
                            QCoreApplication::translate("AgeFormat", "The payload is damaged: "
                                                                     "%1 does not authenticate.")
                                .arg(chunkPlace(index)));
    }
    wipeBytes(chunk.data(), std::size_t(chunk.size()));
    return Status::success();
}

} // namespace strongroom::age
