#include "core/Sha256.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace strongroom;

// The one SHA-256 facade against the FIPS 180-4 example vectors, fed whole and in uneven pieces, so a
// streaming bug (a lost or repeated piece, a final called on the wrong state) shows as a wrong digest;
// and sha256HexOf, the one loop that hashes a file: the whole message's digest for sizes around its
// 1 MiB block, progress in bytes read, a cancel as the Cancelled outcome, a failed read as an error.
class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void digestsEqualTheStandardsVectors_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("empty") << QByteArray()
                               << QByteArray(
                                      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray(
                                    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("448 bits, two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("one million a")
            << QByteArray(1000000, 'a')
            << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    void digestsEqualTheStandardsVectors()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, hex);
        QCOMPARE(sha256Hex(message), QString::fromLatin1(hex));
        QCOMPARE(sha256(message), QByteArray::fromHex(hex));

        // Pieces of 1, 2, 3, ... bytes: every split point a block boundary can fall on.
        Sha256Stream stream;
        qsizetype at = 0;
        for (qsizetype piece = 1; at < message.size(); ++piece) {
            const qsizetype n = std::min(piece % 200 + 1, message.size() - at);
            stream.update(QByteArrayView(message).sliced(at, n));
            at += n;
        }
        stream.update(QByteArrayView()); // an empty piece changes nothing
        QCOMPARE(stream.finalHex(), hex);
    }

    void aDevicesDigestIsTheWholeMessagesWithProgressPerBlock_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("blocks");
        QTest::newRow("empty") << qint64(0) << 0;
        QTest::newRow("one byte") << qint64(1) << 1;
        QTest::newRow("a block less one byte") << qint64((1 << 20) - 1) << 1;
        QTest::newRow("one block") << qint64(1 << 20) << 1;
        QTest::newRow("a block and one byte") << qint64((1 << 20) + 1) << 2;
        QTest::newRow("three blocks and five bytes") << qint64((3 << 20) + 5) << 4;
    }

    void aDevicesDigestIsTheWholeMessagesWithProgressPerBlock()
    {
        QFETCH(qint64, size);
        QFETCH(int, blocks);
        QByteArray message(size, Qt::Uninitialized);
        for (qint64 i = 0; i < size; ++i)
            message[i] = char(i * 31 % 251);
        QBuffer device(&message);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QList<qint64> reported;
        const Result<QByteArray> hex =
            sha256HexOf(device, WorkProgress(WorkProgress::Hooks{
                                    [&](qint64 done, qint64) { reported.append(done); }, {}, {}, {}}));
        QVERIFY(hex.ok());
        QCOMPARE(hex.value(), sha256(message).toHex());
        QCOMPARE(reported.size(), blocks);
        QCOMPARE(reported.isEmpty() ? 0 : reported.last(), size);
    }

    void aCancelEndsTheReadingAsTheCancelledOutcome()
    {
        QByteArray message(3 << 20, 'x');
        QBuffer device(&message);
        QVERIFY(device.open(QIODevice::ReadOnly));
        int asked = 0;
        const Result<QByteArray> hex =
            sha256HexOf(device, WorkProgress::cancelledWhen([&] { return ++asked == 2; }));
        QVERIFY(hex.cancelled());
        QCOMPARE(asked, 2);
        QCOMPARE(device.pos(), qint64(2 << 20)); // no block read after the cancel
    }

    void aFailedReadIsAnErrorNotACancel()
    {
        QFile notOpen(QStringLiteral("/nonexistent/strongroom-test"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("device not open")));
        const Result<QByteArray> hex = sha256HexOf(notOpen);
        QVERIFY(!hex.ok());
        QVERIFY(!hex.cancelled());
        QCOMPARE(hex.error().code, ExitCode::Failure);
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "TestSha256.moc"
