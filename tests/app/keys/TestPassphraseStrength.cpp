#include "keys/PassphraseGenerator.h"
#include "keys/PassphraseStrength.h"

#include <QTest>
#include <QtCrypto>

using namespace strongroom;

// The strength meter's estimate: words of the list count 11 bits each, other text by its character
// classes with patterns discounted, a raw key 256 bits.
class TestPassphraseStrength : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;

private Q_SLOTS:
    void levels_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("level");
        using L = PassphraseStrength::Level;
        QTest::newRow("empty") << QString() << int(L::Empty);
        QTest::newRow("a word") << QStringLiteral("password") << int(L::VeryWeak);
        QTest::newRow("a repeated letter") << QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa") << int(L::VeryWeak);
        QTest::newRow("a sequence") << QStringLiteral("abcdefghijklmnopqrstu") << int(L::VeryWeak);
        QTest::newRow("four listed words") << QStringLiteral("abandon ability able about") << int(L::Weak);
        QTest::newRow("six listed words")
            << QStringLiteral("zoo abandon zebra ability wrist able") << int(L::Good);
        QTest::newRow("mixed 16 characters") << QStringLiteral("q8#Lr2!vT9m@Xe4$") << int(L::Strong);
        QTest::newRow("raw key") << QStringLiteral(
                                        "x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'")
                                 << int(L::Strong);
    }

    void levels()
    {
        QFETCH(QString, passphrase);
        QFETCH(int, level);
        const PassphraseGenerator generator;
        QCOMPARE(int(PassphraseStrength::estimate(passphrase, generator.words()).level), level);
    }

    void aGeneratedPassphraseCountsElevenBitsAWord()
    {
        const PassphraseGenerator generator;
        const QString phrase = QString::fromUtf8(generator.words(8).secret().toByteArray());
        const PassphraseStrength s = PassphraseStrength::estimate(phrase, generator.words());
        QCOMPARE(s.bits, 88.0);
        QCOMPARE(s.level, PassphraseStrength::Level::Strong);
    }
};

QTEST_GUILESS_MAIN(TestPassphraseStrength)
#include "TestPassphraseStrength.moc"
