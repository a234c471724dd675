#include "sqlcipher/HmacSha512x8.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;

// The eight-lane HMAC-SHA512 against QCA's (libcrypto's) one message at a time, on random messages
// of the lengths where SHA-512's padding changes shape and of SQLCipher's page bodies. Every case runs
// on both builds of the one algorithm: the portable one on every machine, so a CI machine without
// AVX-512 still tests the lanes' logic, and the AVX-512 one where the CPU has it (the rows say when not).
class TestHmacSha512x8 : public QObject
{
    Q_OBJECT

private:
    QCA::Initializer m_qca;

    static QByteArray randomBytes(qsizetype n)
    {
        QByteArray bytes(n, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(QRandomGenerator::global()->generate() & 0xff);
        return bytes;
    }

    static bool usableHere(HmacSha512x8::Engine engine)
    {
        return engine == HmacSha512x8::Engine::Portable || HmacSha512x8::available();
    }

    static void addEngineColumn() { QTest::addColumn<HmacSha512x8::Engine>("engine"); }

private slots:
    void initTestCase()
    {
        QVERIFY(QCA::isSupported("hmac(sha512)"));
        qInfo("AVX-512F/BW on this CPU: %s", HmacSha512x8::available() ? "yes" : "no");
    }

    void everyLaneEqualsLibcryptosHmac_data()
    {
        addEngineColumn();
        QTest::addColumn<int>("keyLength");
        QTest::addColumn<int>("bodyLength");
        QTest::addColumn<int>("tailLength");
        const std::pair<HmacSha512x8::Engine, const char *> engines[] = {
            {HmacSha512x8::Engine::Portable, "portable"}, {HmacSha512x8::Engine::Avx512, "AVX-512"}};
        for (const auto &[engine, name] : engines) {
            const auto row = [&](const char *what) -> QTestData & {
                return QTest::addRow("%s, %s", name, what) << engine;
            };
            row("empty message") << 32 << 0 << 0;
            row("one byte") << 32 << 1 << 0;
            row("padding just fits one block") << 32 << 100 << 11;
            row("padding spills into a second block") << 32 << 100 << 12;
            row("one whole block") << 32 << 128 << 0;
            row("tail only") << 32 << 0 << 64;
            row("SQLCipher 4 page body, 4 KiB") << 32 << 4032 << 4;
            row("SQLCipher 4 page body, 1 KiB") << 32 << 960 << 4;
            row("SQLCipher 4 page body, 64 KiB") << 32 << 65472 << 4;
            row("one-byte key") << 1 << 4032 << 4;
            row("key of a whole block") << 128 << 4032 << 4;
        }
    }

    void everyLaneEqualsLibcryptosHmac()
    {
        QFETCH(HmacSha512x8::Engine, engine);
        QFETCH(int, keyLength);
        QFETCH(int, bodyLength);
        QFETCH(int, tailLength);
        if (!usableHere(engine))
            QSKIP("This CPU has no AVX-512F/BW: the AVX-512 build is not run here (the portable build of "
                  "the same algorithm is).");
        const QCA::SecureArray key(randomBytes(keyLength));
        const HmacSha512x8 mac(key, engine);
        // Bodies at uneven distances in one buffer, as pages of a mapped file are (and at no common
        // alignment), tails each in a buffer of its own.
        const QByteArray buffer = randomBytes(8 * (bodyLength + 37) + 64);
        std::array<const unsigned char *, 8> bodies{};
        std::array<const unsigned char *, 8> tails{};
        QList<QByteArray> tailBytes;
        for (int i = 0; i < 8; ++i) {
            bodies[size_t(i)] = reinterpret_cast<const unsigned char *>(buffer.constData()) + 3 +
                                qsizetype(i) * (bodyLength + 37 - (i % 3) * 5);
            tailBytes.append(randomBytes(tailLength));
        }
        for (int i = 0; i < 8; ++i)
            tails[size_t(i)] = reinterpret_cast<const unsigned char *>(tailBytes[i].constData());
        unsigned char out[8][64];
        mac.compute(bodies, size_t(bodyLength), tails, size_t(tailLength), out);
        for (int i = 0; i < 8; ++i) {
            QCA::MessageAuthenticationCode reference(QStringLiteral("hmac(sha512)"), QCA::SymmetricKey(key));
            reference.update(QCA::MemoryRegion(
                QByteArray(reinterpret_cast<const char *>(bodies[size_t(i)]), bodyLength) + tailBytes[i]));
            const QByteArray expected = reference.final().toByteArray();
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(out[i]), 64).toHex(), expected.toHex());
        }
    }

    void lanesThatRepeatOneMessageGiveOneMac_data()
    {
        addEngineColumn();
        QTest::newRow("portable") << HmacSha512x8::Engine::Portable;
        QTest::newRow("AVX-512") << HmacSha512x8::Engine::Avx512;
    }

    void lanesThatRepeatOneMessageGiveOneMac()
    {
        QFETCH(HmacSha512x8::Engine, engine);
        if (!usableHere(engine))
            QSKIP("This CPU has no AVX-512F/BW: the AVX-512 build is not run here (the portable build of "
                  "the same algorithm is).");
        const QCA::SecureArray key(randomBytes(32));
        const QByteArray body = randomBytes(4032);
        const QByteArray tail("\x07\x00\x00\x00", 4);
        std::array<const unsigned char *, 8> bodies{};
        std::array<const unsigned char *, 8> tails{};
        bodies.fill(reinterpret_cast<const unsigned char *>(body.constData()));
        tails.fill(reinterpret_cast<const unsigned char *>(tail.constData()));
        unsigned char out[8][64];
        HmacSha512x8(key, engine).compute(bodies, 4032, tails, 4, out);
        for (int i = 1; i < 8; ++i)
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(out[i]), 64),
                     QByteArray(reinterpret_cast<const char *>(out[0]), 64));
    }
};

QTEST_GUILESS_MAIN(TestHmacSha512x8)
#include "TestHmacSha512x8.moc"
