#include "keys/PassphraseGenerator.h"

#include <QSet>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;

// Word passphrases and raw keys from QCA's random source: the shipped BIP-39 list, the asked length
// (never below 8 words), 11 bits a word, no repeats, no bias between words.
class TestPassphraseGenerator : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;

    static QStringList wordsOf(const KeyMaterial &key)
    {
        return QString::fromUtf8(key.secret().toByteArray()).split(QLatin1Char(' '));
    }

private Q_SLOTS:
    void theShippedListIsBip39EnglishWith2048UniqueWords()
    {
        const PassphraseGenerator generator;
        const QStringList &words = generator.words();
        QCOMPARE(words.size(), 2048);
        QCOMPARE(QSet<QString>(words.begin(), words.end()).size(), 2048);
        QCOMPARE(words.first(), QStringLiteral("abandon"));
        QCOMPARE(words.last(), QStringLiteral("zoo"));
        QVERIFY(std::is_sorted(words.begin(), words.end()));
    }

    void aPassphraseHasTheAskedNumberOfListedWords_data()
    {
        QTest::addColumn<int>("asked");
        QTest::addColumn<int>("expected");
        QTest::newRow("8") << 8 << 8;
        QTest::newRow("12") << 12 << 12;
        QTest::newRow("24") << 24 << 24;
        QTest::newRow("3 is raised to the minimum") << 3 << 8;
        QTest::newRow("0 is raised to the minimum") << 0 << 8;
    }

    void aPassphraseHasTheAskedNumberOfListedWords()
    {
        QFETCH(int, asked);
        QFETCH(int, expected);
        const PassphraseGenerator generator;
        const KeyMaterial phrase = generator.words(asked);
        QCOMPARE(phrase.kind(), KeyKind::Passphrase);
        const QStringList words = wordsOf(phrase);
        QCOMPARE(words.size(), expected);
        for (const QString &word : words)
            QVERIFY2(std::binary_search(generator.words().begin(), generator.words().end(), word),
                     qPrintable(word));
    }

    void eachWordAddsElevenBits()
    {
        const PassphraseGenerator generator;
        QCOMPARE(generator.entropyBits(8), 88.0);
        QCOMPARE(generator.entropyBits(12), 132.0);
    }

    void passphrasesDoNotRepeat()
    {
        const PassphraseGenerator generator;
        QSet<QByteArray> seen;
        for (int i = 0; i < 2000; ++i)
            seen.insert(generator.words(8).secret().toByteArray());
        QCOMPARE(seen.size(), 2000);
    }

    void wordsAreDrawnUniformly()
    {
        // 100 draws per word; the chi-square statistic of a uniform draw over 2048 words has mean 2047
        // and standard deviation 64. More than 6 deviations above means a biased draw.
        const int buckets = 2048;
        const int draws = 100 * buckets;
        QList<int> counts(buckets, 0);
        for (int i = 0; i < draws; ++i)
            ++counts[int(PassphraseGenerator::uniform(buckets))];
        double chiSquare = 0;
        const double expected = double(draws) / buckets;
        for (int c : std::as_const(counts))
            chiSquare += (c - expected) * (c - expected) / expected;
        QVERIFY2(chiSquare < 2047 + 6 * 64, qPrintable(QString::number(chiSquare)));
        QVERIFY2(chiSquare > 2047 - 6 * 64, qPrintable(QString::number(chiSquare)));
    }

    void uniformStaysBelowABoundThatIsNoPowerOfTwo()
    {
        QSet<quint32> seen;
        for (int i = 0; i < 3000; ++i) {
            const quint32 v = PassphraseGenerator::uniform(7);
            QVERIFY(v < 7);
            seen.insert(v);
        }
        QCOMPARE(seen.size(), 7);
    }

    void aRawKeyIs64HexDigitsAsSqlCipherReadsIt()
    {
        const KeyMaterial a = PassphraseGenerator::rawKey();
        const KeyMaterial b = PassphraseGenerator::rawKey();
        QCOMPARE(a.kind(), KeyKind::Raw);
        QCOMPARE(a.size(), 67);
        const QByteArray text = a.secret().toByteArray();
        QVERIFY(text.startsWith("x'"));
        QVERIFY(text.endsWith("'"));
        QCOMPARE(QByteArray::fromHex(text.mid(2, 64)).size(), 32);
        QVERIFY(text != b.secret().toByteArray());
    }
};

QTEST_GUILESS_MAIN(TestPassphraseGenerator)
#include "TestPassphraseGenerator.moc"
