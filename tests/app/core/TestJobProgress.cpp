#include "core/JobProgress.h"
#include "support/UserLanguage.h"

#include <QCoreApplication>
#include <QTest>

using namespace strongroom;

// The amounts and rates the progress displays (the CLI's line, the console's job dialog, a job's text
// report) show are words in the user's language: German says "1 Zeile" and "3400 Zeilen", keeps the
// IEC symbols (KiB, MiB) and the numbers' C form, and the unit names in --json stay identifiers.
class TestJobProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { useGerman(false); }

    void amountsAreWordsInTheUsersLanguage_data()
    {
        QTest::addColumn<bool>("german");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<ProgressUnit>("unit");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, bool german, qint64 amount, ProgressUnit unit,
                            const char *text) {
            QTest::newRow(name) << german << amount << unit << QString::fromUtf8(text);
        };
        row("en: rows", false, 3400, ProgressUnit::Rows, "3400 rows");
        row("en: pages", false, 12, ProgressUnit::Pages, "12 pages");
        row("en: items", false, 7, ProgressUnit::Items, "7 items");
        row("en: bytes under 1 KiB", false, 512, ProgressUnit::Bytes, "512 bytes");
        row("en: MiB", false, 3 * 1024 * 1024 + 512 * 1024, ProgressUnit::Bytes, "3.5 MiB");
        row("de: one row", true, 1, ProgressUnit::Rows, "1 Zeile");
        row("de: rows", true, 3400, ProgressUnit::Rows, "3400 Zeilen");
        row("de: no rows", true, 0, ProgressUnit::Rows, "0 Zeilen");
        row("de: one page", true, 1, ProgressUnit::Pages, "1 Seite");
        row("de: pages", true, 12, ProgressUnit::Pages, "12 Seiten");
        row("de: one item", true, 1, ProgressUnit::Items, "1 Element");
        row("de: items", true, 7, ProgressUnit::Items, "7 Elemente");
        row("de: bytes under 1 KiB", true, 512, ProgressUnit::Bytes, "512 Byte");
        row("de: one byte", true, 1, ProgressUnit::Bytes, "1 Byte");
        row("de: MiB keep the IEC symbol", true, 3 * 1024 * 1024 + 512 * 1024, ProgressUnit::Bytes,
            "3.5 MiB");
        row("de: beyond an int, still the plural", true, qint64(5'000'000'000), ProgressUnit::Rows,
            "5000000000 Zeilen");
    }
    void amountsAreWordsInTheUsersLanguage()
    {
        QFETCH(bool, german);
        QFETCH(qint64, amount);
        QFETCH(ProgressUnit, unit);
        QFETCH(QString, expected);
        useGerman(german);
        QCOMPARE(formatUnits(amount, unit), expected);
    }

    // A rate is no count: no singular, "/s" after the word.
    void ratesAreWordsInTheUsersLanguage_data()
    {
        QTest::addColumn<bool>("german");
        QTest::addColumn<double>("perSecond");
        QTest::addColumn<ProgressUnit>("unit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en: rows") << false << 12000.0 << ProgressUnit::Rows << QStringLiteral("12000 rows/s");
        QTest::newRow("en: MiB") << false << 85.1 * 1024 * 1024 << ProgressUnit::Bytes
                                 << QStringLiteral("85.1 MiB/s");
        QTest::newRow("de: rows") << true << 12000.0 << ProgressUnit::Rows
                                  << QStringLiteral("12000 Zeilen/s");
        QTest::newRow("de: pages") << true << 40.0 << ProgressUnit::Pages << QStringLiteral("40 Seiten/s");
        QTest::newRow("de: items") << true << 3.0 << ProgressUnit::Items << QStringLiteral("3 Elemente/s");
        QTest::newRow("de: bytes") << true << 100.0 << ProgressUnit::Bytes << QStringLiteral("100 Byte/s");
        QTest::newRow("de: MiB") << true << 85.1 * 1024 * 1024 << ProgressUnit::Bytes
                                 << QStringLiteral("85.1 MiB/s");
    }
    void ratesAreWordsInTheUsersLanguage()
    {
        QFETCH(bool, german);
        QFETCH(double, perSecond);
        QFETCH(ProgressUnit, unit);
        QFETCH(QString, expected);
        useGerman(german);
        QCOMPARE(formatRate(perSecond, unit), expected);
    }

    // The unit's name is what --json reports carry: an identifier, English under any translator.
    void theUnitNameStaysAnIdentifierInGerman()
    {
        useGerman(true);
        QCOMPARE(progressUnitName(ProgressUnit::Rows), QStringLiteral("rows"));
        QCOMPARE(progressUnitName(ProgressUnit::Bytes), QStringLiteral("bytes"));
        QCOMPARE(progressUnitName(ProgressUnit::Pages), QStringLiteral("pages"));
        QCOMPARE(progressUnitName(ProgressUnit::Items), QStringLiteral("items"));
    }
};

QTEST_GUILESS_MAIN(TestJobProgress)
#include "TestJobProgress.moc"
