// PassphraseGenerator draws its words from the shipped BIP-39 list, and PassphraseStrength rates
// generated phrases by their words and typed ones conservatively.
#include "keys/PassphraseGenerator.h"
#include "keys/PassphraseStrength.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;

class TestPassphraseGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatesWordsFromTheShippedList()
    {
        const PassphraseGenerator generator;
        QCOMPARE(generator.wordCount(), 2048);
        QFile list(QStringLiteral(STRONGROOM_SOURCE_DIR "/resources/wordlists/bip39-english.txt"));
        QVERIFY(list.open(QIODevice::ReadOnly));
        const QStringList listed =
            QString::fromLatin1(list.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QSet<QString> words(listed.begin(), listed.end());
        QSet<QString> seen;
        for (int i = 0; i < 20; ++i) {
            const QCA::SecureArray phrase = generator.generate(6);
            const QStringList parts = QString::fromLatin1(phrase.toByteArray()).split(QLatin1Char('-'));
            QCOMPARE(parts.size(), 6);
            for (const QString &word : parts)
                QVERIFY2(words.contains(word), qPrintable(word));
            seen.insert(parts.join(QLatin1Char('-')));
        }
        QCOMPARE(seen.size(), 20); // 66 bits each: no repeats
        QCOMPARE(PassphraseGenerator::wordsFor(66), 6);
        QCOMPARE(PassphraseGenerator::wordsFor(10), 4);
    }

    void ratesPassphrases_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("rating");
        using R = PassphraseStrength::Rating;
        QTest::newRow("empty") << QString() << int(R::Empty);
        QTest::newRow("short word") << QStringLiteral("password") << int(R::Weak);
        QTest::newRow("run of digits") << QStringLiteral("1234567890") << int(R::Weak);
        QTest::newRow("four generated words") << QStringLiteral("orbit-velvet-lunch-acid") << int(R::Fair);
        QTest::newRow("six generated words")
            << QStringLiteral("orbit-velvet-lunch-acid-rescue-mule") << int(R::Good);
        QTest::newRow("eight generated words")
            << QStringLiteral("orbit-velvet-lunch-acid-rescue-mule-zebra-trip") << int(R::Strong);
        QTest::newRow("english sentence") << QStringLiteral("correct horse battery staple") << int(R::Good);
        QTest::newRow("mixed characters") << QStringLiteral("q7#Lp!2vX9@rT4$m") << int(R::Strong);
    }
    void ratesPassphrases()
    {
        QFETCH(QString, passphrase);
        QFETCH(int, rating);
        QCOMPARE(int(PassphraseStrength::estimate(passphrase).rating), rating);
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    TestPassphraseGenerator test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestPassphraseGenerator.moc"
