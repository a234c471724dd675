#include "age/AgeArmor.h"
#include "age/AgeFile.h"
#include "age/X25519Keys.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QTest>
#include <QtEndian>

using namespace strongroom;
using namespace strongroom::age;

// Every one of the C2SP CCTV age vectors (tests/data/age-cctv, 143 files, see its LICENSE) gives the
// outcome the vector states: success with the payload's SHA-256, or the failure class it names
// (header, armor, HMAC, no match, payload), where a payload failure must still have released exactly
// the plaintext before the bad chunk; every header that parses re-encodes to its exact bytes. The 19
// vectors of age 1.3's ML-KEM-768 hybrid recipients (mlkem768x25519) run like the others.
class TestAgeVectors : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca; // passphrases live in QCA's secure memory

    struct Vector
    {
        QString expect;
        QByteArray payloadSha256;
        QStringList identities;
        QByteArrayList passphrases;
        bool armored = false;
        QByteArray file;
    };

    static QString vectorDir()
    {
        return qEnvironmentVariable("STRONGROOM_SOURCE_DIR") + QStringLiteral("/tests/data/age-cctv");
    }

    static Vector load(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        const QByteArray all = file.readAll();
        const qsizetype split = all.indexOf("\n\n");
        Vector vector;
        bool compressed = false;
        for (const QByteArray &line : all.left(split).split('\n')) {
            const qsizetype colon = line.indexOf(": ");
            const QByteArray key = line.left(colon), value = line.mid(colon + 2);
            if (key == "expect")
                vector.expect = QString::fromLatin1(value);
            else if (key == "payload")
                vector.payloadSha256 = value;
            else if (key == "identity")
                vector.identities << QString::fromLatin1(value);
            else if (key == "passphrase")
                vector.passphrases << value;
            else if (key == "armored")
                vector.armored = value == "yes";
            else if (key == "compressed")
                compressed = value == "zlib";
        }
        vector.file = all.mid(split + 2);
        if (compressed) {
            // qUncompress wants the expected size in front, big endian; the largest vector is 17 MB.
            QByteArray sized(4, '\0');
            qToBigEndian<quint32>(32u << 20, sized.data());
            vector.file = qUncompress(sized + vector.file);
        }
        return vector;
    }

    static QString kindFor(const QString &expect)
    {
        if (expect == QLatin1String("header failure"))
            return QStringLiteral("header");
        if (expect == QLatin1String("armor failure"))
            return QStringLiteral("armor");
        if (expect == QLatin1String("HMAC failure"))
            return QStringLiteral("header-mac");
        if (expect == QLatin1String("no match"))
            return QStringLiteral("no-identity-matched");
        if (expect == QLatin1String("payload failure"))
            return QStringLiteral("payload");
        return {};
    }

private Q_SLOTS:
    void everyVectorGivesItsStatedOutcome_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList names = QDir(vectorDir()).entryList(QDir::Files, QDir::Name);
        int vectors = 0;
        for (const QString &name : names) {
            if (name == QLatin1String("LICENSE"))
                continue;
            QTest::newRow(qPrintable(name)) << QDir(vectorDir()).filePath(name);
            ++vectors;
        }
        QCOMPARE(vectors, 143);
    }

    void everyVectorGivesItsStatedOutcome()
    {
        QFETCH(QString, path);
        const Vector vector = load(path);
        QVERIFY2(!vector.file.isNull(), "the vector did not decompress");
        DecryptKeys keys;
        for (const QString &identity : vector.identities) {
            if (identity.startsWith(QLatin1String("AGE-SECRET-KEY-PQ-"))) {
                const auto hybrid = HybridIdentity::parse(identity);
                QVERIFY2(hybrid, qPrintable(QStringLiteral("hybrid identity does not parse: ") + identity));
                keys.hybridIdentities.append(*hybrid);
                continue;
            }
            const auto parsed = X25519Identity::parse(identity);
            QVERIFY2(parsed, qPrintable(QStringLiteral("identity does not parse: ") + identity));
            keys.identities.append(*parsed);
        }
        // Only scrypt_double names two passphrases, and its header fails before either is tried.
        if (!vector.passphrases.isEmpty())
            keys.passphrase = KeyMaterial(QCA::SecureArray(vector.passphrases.first()));

        QByteArray input = vector.file;
        QBuffer in(&input);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray plaintext;
        QBuffer out(&plaintext);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const DecryptOutcome outcome = decryptFile(in, &out, keys);

        const QString expectedKind = kindFor(vector.expect);
        if (vector.expect == QLatin1String("success")) {
            QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->message : QString()));
            QCOMPARE(outcome.armored, vector.armored);
        } else {
            QVERIFY2(!expectedKind.isEmpty(),
                     qPrintable(QStringLiteral("unknown expectation ") + vector.expect));
            QVERIFY2(outcome.error, "decryption succeeded but should have failed");
            QCOMPARE(outcome.error->kindName(), expectedKind);
        }
        QCOMPARE(outcome.released, plaintext.size());

        // Every header that parses re-encodes to exactly the bytes it was read from: the encoder
        // writes canonical headers (the CCTV README's header round trip).
        if (expectedKind != QLatin1String("header") && expectedKind != QLatin1String("armor")) {
            QBuffer again(&input);
            QVERIFY(again.open(QIODevice::ReadOnly));
            std::optional<ArmorReader> armor;
            if (vector.armored)
                armor.emplace(again);
            Result<Header> header = readHeader(armor ? static_cast<QIODevice &>(*armor) : again);
            QVERIFY(header);
            QCOMPARE(encodeHeaderWithoutMac(header->stanzas), header->macInput);
        }
        if (vector.expect == QLatin1String("success") || vector.expect == QLatin1String("payload failure"))
            QCOMPARE(QCryptographicHash::hash(plaintext, QCryptographicHash::Sha256).toHex(),
                     vector.payloadSha256);
        else
            QCOMPARE(plaintext.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAgeVectors)
#include "TestAgeVectors.moc"
