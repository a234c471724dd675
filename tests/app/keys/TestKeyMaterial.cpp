// KeyMaterial, every key Strongroom holds: x'<64 hex>' and x'<96 hex>' (key and salt) are raw keys
// exactly as SQLCipher's PRAGMA key reads them, anything else a passphrase; wipe() leaves nothing,
// and a copy keeps its own bytes when the original is wiped (each holder wipes its own).
#include "keys/KeyMaterial.h"

#include <QTest>
#include <QtCrypto>

using namespace strongroom;

namespace {
QByteArray hex(int digits, char c = 'a')
{
    return QByteArray(digits, c);
}
} // namespace

class TestKeyMaterial : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rawKeysAreRecognisedExactlyAsSqlCipherReadsThem_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<bool>("raw");
        QTest::newRow("64 hex digits") << "x'" + hex(64) + "'" << true;
        QTest::newRow("96 hex digits: key and salt") << "x'" + hex(96) + "'" << true;
        QTest::newRow("upper-case X and digits") << "X'" + hex(64, 'F') + "'" << true;
        QTest::newRow("mixed digits")
            << QByteArray("x'2DD29CA851E7B56E4697b0e1f08507293d761a05ce4d1b628663f411a8086d99'") << true;
        QTest::newRow("63 hex digits") << "x'" + hex(63) + "'" << false;
        QTest::newRow("65 hex digits") << "x'" + hex(65) + "'" << false;
        QTest::newRow("80 hex digits") << "x'" + hex(80) + "'" << false;
        QTest::newRow("97 hex digits") << "x'" + hex(97) + "'" << false;
        QTest::newRow("a non-hex digit") << "x'" + hex(63) + "g'" << false;
        QTest::newRow("no closing quote") << "x'" + hex(64) + "a" << false;
        QTest::newRow("double quotes") << "x\"" + hex(64) + "\"" << false;
        QTest::newRow("no x") << "'" + hex(64) + "'a" << false;
        QTest::newRow("hex digits alone") << hex(67) << false;
        QTest::newRow("a passphrase") << QByteArray("correct horse battery staple") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }
    void rawKeysAreRecognisedExactlyAsSqlCipherReadsThem()
    {
        QFETCH(QByteArray, secret);
        QFETCH(bool, raw);
        QCOMPARE(KeyMaterial::looksRaw(QCA::SecureArray(secret)), raw);
        const KeyMaterial key{QCA::SecureArray(secret)};
        QCOMPARE(key.kind(), raw ? KeyKind::Raw : KeyKind::Passphrase);
        QCOMPARE(key.kindName(), raw ? QStringLiteral("raw") : QStringLiteral("passphrase"));
        QCOMPARE(key.size(), int(secret.size()));
        QCOMPARE(key.isEmpty(), secret.isEmpty());
        QCOMPARE(QByteArray(key.data(), key.size()), secret);
    }

    void theBytesAreKeptAsGivenIncludingNulsAndNewlines()
    {
        const QByteArray secret("pass\0word\n", 10);
        const KeyMaterial key{QCA::SecureArray(secret)};
        QCOMPARE(key.size(), 10);
        QCOMPARE(key.secret().toByteArray(), secret);
    }

    void wipeLeavesAnEmptyKey()
    {
        KeyMaterial key{QCA::SecureArray(QByteArray("x'" + hex(64) + "'"))};
        key.wipe();
        QVERIFY(key.isEmpty());
        QCOMPARE(key.size(), 0);
        key.wipe(); // twice is harmless
        QVERIFY(key.isEmpty());
    }

    void aCopyKeepsItsBytesWhenTheOriginalIsWiped()
    {
        KeyMaterial original{QCA::SecureArray(QByteArray("secret"))};
        const KeyMaterial copy = original;
        original.wipe();
        QVERIFY(original.isEmpty());
        QCOMPARE(copy.secret().toByteArray(), QByteArray("secret"));
    }

    void aDefaultKeyIsAnEmptyPassphrase()
    {
        const KeyMaterial key;
        QVERIFY(key.isEmpty());
        QCOMPARE(key.kind(), KeyKind::Passphrase);
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    TestKeyMaterial test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeyMaterial.moc"
