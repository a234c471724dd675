#include "age/PayloadStream.h"
#include "core/SecureRandom.h"

#include <QBuffer>
#include <QTest>

using namespace strongroom;
using namespace strongroom::age;

// The STREAM payload on the thread pool: whatever the number of threads and wherever the size falls
// against the 64 KiB chunks and the 32-chunk batches, what is sealed opens to the same bytes, with
// exactly the chunk count and sizes the spec requires (an empty payload is one empty chunk, a payload
// of whole chunks ends in a full one); a cancel stops after the current batch; a flipped bit in any
// chunk releases exactly the chunks before it.
class TestPayloadStream : public QObject
{
    Q_OBJECT

    static QByteArray bytes(qint64 size)
    {
        QByteArray data(size, Qt::Uninitialized);
        securerandom::fill(data.data(), std::size_t(data.size()));
        return data;
    }

    static QByteArray seal(const QByteArray &plain, const FileKey &key, int threads)
    {
        QByteArray input = plain, sealed;
        QBuffer in(&input), out(&sealed);
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        PayloadStream stream(threads);
        const auto result = stream.encrypt(in, out, key, {});
        if (!result || result->plaintextBytes != plain.size())
            qFatal("sealing failed");
        return sealed;
    }

private Q_SLOTS:
    void sealedPayloadsOpenToTheSameBytes_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("threads");
        const qint64 batch = 32 * kChunkSize;
        for (const int threads : {1, 2, 3}) {
            for (const qint64 size : {qint64(0), qint64(1), kChunkSize - 1, kChunkSize, kChunkSize + 1,
                                      batch - 1, batch, batch + 1, 2 * batch + kChunkSize, 5 * batch + 17})
                QTest::newRow(qPrintable(QStringLiteral("%1 bytes, %2 threads").arg(size).arg(threads)))
                    << size << threads;
        }
    }
    void sealedPayloadsOpenToTheSameBytes()
    {
        QFETCH(qint64, size);
        QFETCH(int, threads);
        FileKey key;
        securerandom::fill(key.data(), key.size());
        const QByteArray plain = bytes(size);
        QByteArray sealed = seal(plain, key, threads);
        const qint64 chunks = std::max<qint64>(1, (size + kChunkSize - 1) / kChunkSize);
        QCOMPARE(qint64(sealed.size()), kNonceSize + size + chunks * kChaChaTagSize);

        QBuffer in(&sealed);
        in.open(QIODevice::ReadOnly);
        QByteArray opened;
        QBuffer out(&opened);
        out.open(QIODevice::WriteOnly);
        qint64 released = -1;
        PayloadStream stream(threads);
        const auto result = stream.decrypt(in, &out, key, {}, released);
        QVERIFY2(result, qPrintable(result.error().message));
        QCOMPARE(released, size);
        QVERIFY(opened == plain);
    }

    void aFlippedBitReleasesExactlyTheChunksBeforeIt_data()
    {
        QTest::addColumn<qint64>("chunk");
        for (const qint64 chunk : {0, 1, 31, 32, 33, 69})
            QTest::newRow(qPrintable(QStringLiteral("chunk %1").arg(chunk))) << chunk;
    }
    void aFlippedBitReleasesExactlyTheChunksBeforeIt()
    {
        QFETCH(qint64, chunk);
        FileKey key;
        securerandom::fill(key.data(), key.size());
        const QByteArray plain = bytes(70 * kChunkSize - 5);
        QByteArray sealed = seal(plain, key, 2);
        const qint64 at = kNonceSize + chunk * kSealedChunkSize + 100;
        sealed[at] = char(sealed[at] ^ 0x20);
        QBuffer in(&sealed);
        in.open(QIODevice::ReadOnly);
        QByteArray opened;
        QBuffer out(&opened);
        out.open(QIODevice::WriteOnly);
        qint64 released = -1;
        PayloadStream stream(2);
        const auto result = stream.decrypt(in, &out, key, {}, released);
        QVERIFY(!result);
        QCOMPARE(result.error().kindName(), QStringLiteral("payload"));
        QVERIFY2(result.error().message.contains(QStringLiteral("chunk %1 ").arg(chunk)),
                 qPrintable(result.error().message));
        QCOMPARE(released, chunk * kChunkSize);
        QVERIFY(opened == plain.left(chunk * kChunkSize));
    }

    void aCancelStopsAfterTheCurrentBatch()
    {
        FileKey key;
        securerandom::fill(key.data(), key.size());
        QByteArray input = bytes(10 * 32 * kChunkSize), sealed;
        QBuffer in(&input), out(&sealed);
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        int calls = 0;
        PayloadStream stream(2);
        const auto result =
            stream.encrypt(in, out, key, WorkProgress::cancelledWhen([&calls] { return ++calls >= 3; }));
        QVERIFY(result);
        QVERIFY(result->cancelled);
        QCOMPARE(calls, 3);
        QCOMPARE(result->plaintextBytes, 3 * 32 * kChunkSize);
    }
};

QTEST_GUILESS_MAIN(TestPayloadStream)
#include "TestPayloadStream.moc"
