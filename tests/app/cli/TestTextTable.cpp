#include "cli/TextTable.h"
#include "core/LabelledLines.h"

#include <QTest>

using namespace strongroom;
using namespace strongroom::cli;

// The CLI's tables and labelled lines line up whatever the language: every column is as wide as its
// widest cell or title, so a German title longer than the values ("Schlüssel-ID" over "v2-ab12")
// moves the next column instead of running into it.
class TestTextTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsAreAsWideAsTheirWidestCellOrTitle_data()
    {
        QTest::addColumn<QString>("keyTitle");
        QTest::addColumn<QString>("expected");
        QTest::newRow("English titles, values wider") << QStringLiteral("Key")
                                                      << QStringLiteral("Name        Key      Rows\n"
                                                                        "shop.db     v2-ab12    20\n"
                                                                        "archive.db  v2-cd34  1000\n");
        QTest::newRow("German title wider than its values")
            << QStringLiteral("Schlüssel-ID")
            << QStringLiteral("Name        Schlüssel-ID  Rows\n"
                              "shop.db     v2-ab12         20\n"
                              "archive.db  v2-cd34       1000\n");
    }
    void columnsAreAsWideAsTheirWidestCellOrTitle()
    {
        QFETCH(QString, keyTitle);
        QFETCH(QString, expected);
        TextTable table({{QStringLiteral("Name"), TextTable::Align::Left},
                         {keyTitle, TextTable::Align::Left},
                         {QStringLiteral("Rows"), TextTable::Align::Right}});
        table.addRow({QStringLiteral("shop.db"), QStringLiteral("v2-ab12"), QStringLiteral("20")});
        table.addRow({QStringLiteral("archive.db"), QStringLiteral("v2-cd34"), QStringLiteral("1000")});
        QCOMPARE(table.render(), expected);
        QCOMPARE(table.lines().join(QLatin1Char('\n')) + QLatin1Char('\n'), expected);
    }

    // A left-aligned last column leaves no trailing spaces; a short row is padded with empty cells.
    void noTrailingSpacesAndMissingCellsAreEmpty()
    {
        TextTable table({{QStringLiteral("A"), TextTable::Align::Left},
                         {QStringLiteral("Long title"), TextTable::Align::Left}});
        table.addRow({QStringLiteral("x")});
        table.addRow({QStringLiteral("yy"), QStringLiteral("z"), QStringLiteral("ignored")});
        QCOMPARE(table.lines(), (QStringList{QStringLiteral("A   Long title"), QStringLiteral("x"),
                                             QStringLiteral("yy  z")}));
    }

    void labelledValuesStartInOneColumn()
    {
        QCOMPARE(labelledLines({{QStringLiteral("Datei"), QStringLiteral("a.db")},
                                {QStringLiteral("Letzte Sicherung"), QStringLiteral("keine")}}),
                 QStringLiteral("Datei             a.db\n"
                                "Letzte Sicherung  keine\n"));
    }
};

QTEST_GUILESS_MAIN(TestTextTable)
#include "TestTextTable.moc"
