#include "age/AgeFile.h"
#include "age/HybridKeys.h"
#include "support/HybridSpecKeys.h"

#include <QBuffer>
#include <QTest>

using namespace strongroom;
using namespace strongroom::age;

// age 1.3's hybrid post-quantum keys (mlkem768x25519) beyond the CCTV vectors: the spec's example
// identity gives the spec's example recipient (the seed's expansion to ML-KEM-768 and X25519 keys),
// keys round-trip through their text, malformed ones are refused, and files encrypted to hybrid
// recipients open with the hybrid identity and with nothing else, and classic recipients are not mixed in.
class TestHybridKeys : public QObject
{
    Q_OBJECT

    static QByteArray encrypt(const EncryptRequest &request, const QByteArray &plaintext)
    {
        QByteArray input = plaintext, output;
        QBuffer in(&input), out(&output);
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        if (!encryptFile(in, out, request))
            return {};
        return output;
    }

    static DecryptOutcome decrypt(QByteArray file, const DecryptKeys &keys, QByteArray &plaintext)
    {
        QBuffer in(&file), out(&plaintext);
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        return decryptFile(in, &out, keys);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!hybridAvailable())
            QSKIP("This OpenSSL has no ML-KEM-768 (it needs 3.5 or later): hybrid keys cannot be tested.");
    }

    void theSpecsExampleIdentityGivesItsRecipient()
    {
        // C2SP age, "The MLKEM768-X25519 (i.e. X-Wing) hybrid post-quantum recipient type".
        const QString text = specHybridIdentity();
        const auto identity = HybridIdentity::parse(text);
        QVERIFY(identity);
        QCOMPARE(identity->toString(), text);
        QCOMPARE(identity->recipient().toString(), specHybridRecipient());
    }

    void generatedKeysRoundTripAndMalformedOnesAreRefused()
    {
        const HybridIdentity identity = HybridIdentity::generate();
        QVERIFY(identity.toString().startsWith(QLatin1String("AGE-SECRET-KEY-PQ-1")));
        const QString recipient = identity.recipient().toString();
        QVERIFY(recipient.startsWith(QLatin1String("age1pq1")));
        QCOMPARE(HybridIdentity::parse(identity.toString())->recipient().toString(), recipient);
        QCOMPARE(HybridRecipient::parse(recipient)->toString(), recipient);
        QVERIFY(!HybridRecipient::parse(recipient.toUpper()));
        QVERIFY(!HybridRecipient::parse(recipient.left(recipient.size() - 1)));
        QVERIFY(!HybridRecipient::parse(
            QStringLiteral("age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj")));
        QVERIFY(!HybridIdentity::parse(
            QStringLiteral("AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX")));
    }

    void filesToHybridRecipientsOpenWithTheHybridIdentityOnly()
    {
        const HybridIdentity hybrid = HybridIdentity::generate();
        const HybridIdentity second = HybridIdentity::generate();
        EncryptRequest request;
        request.hybridRecipients = {second.recipient(), hybrid.recipient()};
        const QByteArray plaintext = QByteArray(70000, 'q') + "end";
        const QByteArray file = encrypt(request, plaintext);
        QCOMPARE(file.count("-> mlkem768x25519 "), 2);

        DecryptKeys hybridKeys;
        hybridKeys.hybridIdentities = {hybrid};
        QByteArray opened;
        DecryptOutcome outcome = decrypt(file, hybridKeys, opened);
        QVERIFY2(!outcome.error, outcome.error ? qPrintable(outcome.error->message) : "");
        QCOMPARE(outcome.openedBy, QStringLiteral("mlkem768x25519"));
        QVERIFY(opened == plaintext);

        DecryptKeys otherKeys;
        otherKeys.hybridIdentities = {HybridIdentity::generate()};
        otherKeys.identities = {X25519Identity::generate()};
        opened.clear();
        outcome = decrypt(file, otherKeys, opened);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->code, ExitCode::WrongKey);
        QVERIFY(opened.isEmpty());
    }

    void hybridAndClassicRecipientsAreNotMixed()
    {
        // As age 1.3: a classic recipient would open the file without the post-quantum protection.
        EncryptRequest request;
        request.hybridRecipients = {HybridIdentity::generate().recipient()};
        request.recipients = {X25519Identity::generate().recipient()};
        QByteArray input("x"), output;
        QBuffer in(&input), out(&output);
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        const auto result = encryptFile(in, out, request);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ExitCode::Usage);
        QVERIFY(output.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHybridKeys)
#include "TestHybridKeys.moc"
