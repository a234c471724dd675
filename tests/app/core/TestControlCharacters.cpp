#include "core/ControlCharacters.h"

#include <QTest>

using namespace strongroom;

// Names read from files reach the terminal with their control characters escaped and nothing
// else changed.
class TestControlCharacters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void controlCharactersAreEscapedAndTheRestKept_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("printed");
        QTest::newRow("plain name") << QStringLiteral("customers") << QStringLiteral("customers");
        QTest::newRow("letters of other scripts")
            << QStringLiteral("Kunden_äöü_客户") << QStringLiteral("Kunden_äöü_客户");
        QTest::newRow("terminal escape sequence")
            << QStringLiteral("t\x1b]0;owned\x07\x1b[2J") << QStringLiteral("t\\x1b]0;owned\\x07\\x1b[2J");
        QTest::newRow("line breaks and tab")
            << QStringLiteral("a\nb\rc\td") << QStringLiteral("a\\nb\\rc\\td");
        QTest::newRow("NUL and DEL") << QString::fromLatin1("a\0b\x7f", 4) << QStringLiteral("a\\x00b\\x7f");
        QTest::newRow("C1 control (8-bit CSI)")
            << QStringLiteral("a\u009b31m") << QStringLiteral("a\\x9b31m");
        QTest::newRow("right-to-left override")
            << QStringLiteral("invoice\u202Efdp.exe") << QStringLiteral("invoice\\u{202E}fdp.exe");
        QTest::newRow("zero-width space")
            << QStringLiteral("ad\u200Bmin") << QStringLiteral("ad\\u{200B}min");
        QTest::newRow("backslash is kept") << QStringLiteral("C:\\temp") << QStringLiteral("C:\\temp");
    }

    void controlCharactersAreEscapedAndTheRestKept()
    {
        QFETCH(QString, name);
        QFETCH(QString, printed);
        QCOMPARE(escapeControlCharacters(name), printed);
    }
};

QTEST_GUILESS_MAIN(TestControlCharacters)
#include "TestControlCharacters.moc"
