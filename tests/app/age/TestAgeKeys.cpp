#include "age/AgeBase64.h"
#include "age/Bech32.h"
#include "age/IdentityFile.h"
#include "age/X25519Keys.h"

#include <QTest>

using namespace strongroom;
using namespace strongroom::age;

// Keys and their encodings: the spec's example identity gives the spec's example recipient; Bech32
// refuses mixed case, a bad checksum and a wrong HRP; identities and recipients round-trip through
// their text and through identity files (comments and blank lines ignored, a bad line named);
// base64 refuses padding and non-canonical trailing bits.
class TestAgeKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSpecsExampleIdentityGivesItsRecipient()
    {
        // C2SP age, "The X25519 recipient type".
        const auto identity = X25519Identity::parse(
            QStringLiteral("AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"));
        QVERIFY(identity);
        QCOMPARE(identity->recipient().toString(),
                 QStringLiteral("age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"));
        QCOMPARE(
            identity->toString(),
            QStringLiteral("AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"));
    }

    void malformedKeysAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("mixed case") << QStringLiteral(
            "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwJ");
        QTest::newRow("bad checksum")
            << QStringLiteral("age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwq");
        QTest::newRow("upper-case recipient")
            << QStringLiteral("AGE1ZVKYG2LQZRAA2LNJVQEJ32NKUU0UES2S82HZRYE869XEEXVN73EQUNUJWJ");
        QTest::newRow("identity as recipient")
            << QStringLiteral("AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX");
        QTest::newRow("empty") << QString();
    }
    void malformedKeysAreRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!X25519Recipient::parse(text));
    }

    void generatedKeysRoundTripThroughTheirText()
    {
        const X25519Identity identity = X25519Identity::generate();
        const auto again = X25519Identity::parse(identity.toString());
        QVERIFY(again);
        QCOMPARE(again->recipient().toString(), identity.recipient().toString());
        QVERIFY(identity.toString().startsWith(QLatin1String("AGE-SECRET-KEY-1")));
        QVERIFY(X25519Recipient::parse(identity.recipient().toString()));
        QVERIFY(identity.recipient().keyId().startsWith(QLatin1String("age-")));
        QCOMPARE(identity.recipient().keyId().size(), 20);
        const auto decoded = decodeBech32(identity.recipient().toString());
        QVERIFY(decoded);
        QCOMPARE(decoded->hrp, QStringLiteral("age"));
        QCOMPARE(encodeBech32(decoded->hrp, decoded->data), identity.recipient().toString());
    }

    void identityFilesSkipCommentsAndNameABadLine()
    {
        const X25519Identity a = X25519Identity::generate(), b = X25519Identity::generate();
        const QByteArray text = "# created: 2026-12-04\n\n" + a.toString().toLatin1() + "\n  # another\n" +
                                b.toString().toLatin1() + "\n";
        const auto identities = parseIdentities(text, QStringLiteral("keys.txt"));
        QVERIFY(identities);
        QCOMPARE(identities->size(), 2);
        const auto bad =
            parseIdentities(QByteArray(text + "AGE-SECRET-KEY-1NOPE\n"), QStringLiteral("keys.txt"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("keys.txt, line 6")));
        QVERIFY(!bad.error().message.contains(QStringLiteral("NOPE"))); // secrets are never quoted back
        QVERIFY(!parseRecipients("# nothing\n", QStringLiteral("r.txt")));
        const auto recipients =
            parseRecipients(QByteArray(a.recipient().toString().toLatin1() + "\n"), QStringLiteral("r.txt"));
        QVERIFY(recipients);
        QCOMPARE(recipients->first().toString(), a.recipient().toString());
    }

    void base64IsCanonicalAndUnpadded_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QByteArray("YWdl") << true;
        QTest::newRow("two bytes") << QByteArray("YWc") << true;
        QTest::newRow("padding") << QByteArray("YWc=") << false;
        QTest::newRow("trailing bits set") << QByteArray("YWd") << false;
        QTest::newRow("one character") << QByteArray("Y") << false;
        QTest::newRow("url alphabet") << QByteArray("YW-_") << false;
        QTest::newRow("empty") << QByteArray() << true;
    }
    void base64IsCanonicalAndUnpadded()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        const auto decoded = decodeBase64Raw(text);
        QCOMPARE(decoded.has_value(), valid);
        if (valid)
            QCOMPARE(encodeBase64Raw(*decoded), text);
    }
};

QTEST_GUILESS_MAIN(TestAgeKeys)
#include "TestAgeKeys.moc"
