// Bech32 as age uses it for recipients ("age1...") and identities ("AGE-SECRET-KEY-1..."): BIP 173's
// valid test vectors decode and encode back, its invalid ones (characters out of range, mixed case,
// no or an empty human-readable part, a short or wrong checksum, a checksum over the upper-case
// form) and any character outside ASCII are refused; keys made by age-keygen decode to 32 bytes
// and encode back to the same text in the same case; one changed character fails the checksum.
#include "age/Bech32.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace strongroom::age;

class TestBech32 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bip173ValidVectorsDecodeAndEncodeBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hrp");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("upper case") << "A12UEL5L" << "a" << QByteArray();
        QTest::newRow("lower case") << "a12uel5l" << "a" << QByteArray();
        QTest::newRow("83-character prefix with a 1 in it")
            << "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs"
            << "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio"
            << QByteArray();
        QTest::newRow("every data character")
            << "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw" << "abcdef"
            << QByteArray::fromHex("00443214c74254b635cf84653a56d7c675be77df");
        QTest::newRow("prefix 1, zeros")
            << QStringLiteral("11") + QString(82, QLatin1Char('q')) + QStringLiteral("c8247j") << "1"
            << QByteArray(51, '\0');
        QTest::newRow("question mark prefix") << "?1ezyfcl" << "?" << QByteArray();
    }
    void bip173ValidVectorsDecodeAndEncodeBack()
    {
        QFETCH(QString, text);
        QFETCH(QString, hrp);
        QFETCH(QByteArray, data);
        const auto decoded = decodeBech32(text);
        QVERIFY(decoded.has_value());
        QCOMPARE(decoded->hrp, hrp);
        QCOMPARE(decoded->data.toHex(), data.toHex());
        const bool upper = text == text.toUpper() && text != text.toLower();
        QCOMPARE(encodeBech32(upper ? hrp.toUpper() : hrp, decoded->data), text);
    }

    void invalidTextsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("space in the prefix") << QString(QChar(0x20)) + QStringLiteral("1nwldj5");
        QTest::newRow("DEL in the prefix") << QString(QChar(0x7f)) + QStringLiteral("1axkwrx");
        QTest::newRow("0x80 in the prefix") << QString(QChar(0x80)) + QStringLiteral("1eym55h");
        QTest::newRow("no separator") << "pzry9x0s0muk";
        QTest::newRow("empty prefix") << "1pzry9x0s0muk";
        QTest::newRow("b is no data character") << "x1b4n0q5v";
        QTest::newRow("checksum too short") << "li1dgmt3";
        QTest::newRow("0xff in the checksum") << QStringLiteral("de1lg7wt") + QChar(0xff);
        QTest::newRow("checksum over the upper-case prefix") << "A1G7SGD8";
        QTest::newRow("empty prefix, 10a06t8") << "10a06t8";
        QTest::newRow("empty prefix, 1qzzfhee") << "1qzzfhee";
        QTest::newRow("mixed case") << "A12uEL5L";
        QTest::newRow("a euro sign for the prefix") << QStringLiteral("\u20ac1ezyfcl");
        QTest::newRow("a Cyrillic a in the prefix") << QStringLiteral("\u04301"
                                                                      "2uel5l");
        QTest::newRow("empty") << QString();
    }
    void invalidTextsAreRefused()
    {
        QFETCH(QString, text);
        const auto decoded = decodeBech32(text);
        QVERIFY2(!decoded.has_value(), qPrintable(decoded ? decoded->hrp : QString()));
    }

    void keysFromAgeKeygenRoundTrip()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("age-keygen")).isEmpty())
            QSKIP("age-keygen is not installed; not checked: Bech32 of real age keys");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("id.txt"));
        QCOMPARE(QProcess::execute(QStringLiteral("age-keygen"), {QStringLiteral("-o"), file}), 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString recipient, identity;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("# public key: "))
                recipient = QString::fromLatin1(line.mid(14));
            else if (line.startsWith("AGE-SECRET-KEY-1"))
                identity = QString::fromLatin1(line);
        }
        const auto r = decodeBech32(recipient);
        QVERIFY2(r.has_value(), qPrintable(recipient));
        QCOMPARE(r->hrp, QStringLiteral("age"));
        QCOMPARE(r->data.size(), 32);
        QCOMPARE(encodeBech32(QStringLiteral("age"), r->data), recipient);
        const auto i = decodeBech32(identity);
        QVERIFY(i.has_value());
        QCOMPARE(i->hrp, QStringLiteral("age-secret-key-"));
        QCOMPARE(i->data.size(), 32);
        QCOMPARE(encodeBech32(QStringLiteral("AGE-SECRET-KEY-"), i->data), identity);

        // Any one character changed fails the checksum.
        for (int at = 4; at < recipient.size(); ++at) {
            QString changed = recipient;
            changed[at] = changed.at(at) == QLatin1Char('q') ? QLatin1Char('p') : QLatin1Char('q');
            QVERIFY2(!decodeBech32(changed).has_value(), qPrintable(changed));
        }
    }
};

QTEST_GUILESS_MAIN(TestBech32)

#include "TestBech32.moc"
