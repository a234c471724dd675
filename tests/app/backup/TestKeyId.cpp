// Key ids, the short public names that tell an admin which backups share a key: version 2 ids are
// "v2-" and the first 6 bytes of PBKDF2-HMAC-SHA512 (256,000 iterations) of the key, salted with
// the catalog's random salt; version 1 ids used one fixed salt and are still recognised. Checked
// against python3's hashlib, so the ids stay readable by any implementation; a different key, salt
// or version never matches, and a missing key or salt is refused.
#include "backup/KeyId.h"
#include "support/ReferencePbkdf2.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;

namespace {
KeyMaterial key(const QByteArray &secret)
{
    return KeyMaterial(QCA::SecureArray(secret));
}

const QByteArray kSalt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
} // namespace

class TestKeyId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version2IdsArePbkdf2OfTheKeyWithTheCatalogsSalt_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("passphrase") << QByteArray("correct horse battery staple");
        QTest::newRow("raw key") << QByteArray(
            "x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'");
    }
    void version2IdsArePbkdf2OfTheKeyWithTheCatalogsSalt()
    {
        QFETCH(QByteArray, secret);
        const QByteArray reference = referencePbkdf2(QStringLiteral("sha512"), secret,
                                                     QByteArray("strongroom key id v2") + kSalt, 256000, 6);
        if (reference.isEmpty())
            QSKIP("python3 with hashlib did not run; not checked: key ids against an independent PBKDF2");
        auto id = backupKeyId(key(secret), kSalt);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        QCOMPARE(id.value(), QStringLiteral("v2-") + QString::fromLatin1(reference.toHex()));
        QVERIFY(QRegularExpression(QStringLiteral("^v2-[0-9a-f]{12}$")).match(id.value()).hasMatch());
    }

    void version1IdsWithTheFixedSaltAreStillRecognised()
    {
        const QByteArray secret("correct horse battery staple");
        const QByteArray v1 =
            referencePbkdf2(QStringLiteral("sha512"), secret, "strongroom key id v1", 256000, 6);
        if (v1.isEmpty())
            QSKIP("python3 with hashlib did not run; not checked: version 1 ids");
        const QString id = QString::fromLatin1(v1.toHex());
        auto matches = keyIdMatches(key(secret), id, {});
        QVERIFY2(matches.ok(), qPrintable(matches.error().message));
        QVERIFY(matches.value());
        auto other = keyIdMatches(key("another key"), id, {});
        QVERIFY(other.ok());
        QVERIFY(!other.value());
    }

    void anIdMatchesOnlyItsKeyAndItsCatalog()
    {
        const QByteArray otherSalt = QByteArray::fromHex("ffeeddccbbaa99887766554433221100");
        auto id = backupKeyId(key("pw"), kSalt);
        QVERIFY(id.ok());
        QCOMPARE(backupKeyId(key("pw"), kSalt).value(), id.value()); // deterministic
        QVERIFY(keyIdMatches(key("pw"), id.value(), kSalt).value());
        QVERIFY(!keyIdMatches(key("pW"), id.value(), kSalt).value());
        QVERIFY(!keyIdMatches(key("pw"), id.value(), otherSalt).value());
        QVERIFY(backupKeyId(key("pw"), otherSalt).value() != id.value());
        // The same digits without "v2-" are read as a version 1 id, which they are not.
        QVERIFY(!keyIdMatches(key("pw"), id.value().mid(3), kSalt).value());
    }

    void aLongerSaltCountsWhole()
    {
        const QByteArray longer = kSalt + QByteArray("more");
        QVERIFY(backupKeyId(key("pw"), longer).value() != backupKeyId(key("pw"), kSalt).value());
    }

    void aMissingKeyOrSaltIsRefused()
    {
        auto noKey = backupKeyId(KeyMaterial(), kSalt);
        QVERIFY(!noKey.ok());
        QCOMPARE(noKey.error().code, ExitCode::Usage);
        auto shortSalt = backupKeyId(key("pw"), kSalt.left(keyIdSaltSize - 1));
        QVERIFY(!shortSalt.ok());
        QCOMPARE(shortSalt.error().code, ExitCode::Failure);
        QVERIFY(!keyIdMatches(key("pw"), QStringLiteral("v2-0123456789ab"), {}).ok());
    }

    void newSaltsAreRandomAndOfTheDocumentedSize()
    {
        QSet<QByteArray> salts;
        for (int i = 0; i < 20; ++i) {
            auto salt = newKeyIdSalt();
            QVERIFY(salt.ok());
            QCOMPARE(salt.value().size(), keyIdSaltSize);
            salts.insert(salt.value());
        }
        QCOMPARE(salts.size(), 20);
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    TestKeyId test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeyId.moc"
