// BackupComparison, the side-by-side view of `backup compare` and the Restore dialog: every table of
// either side, by name, with -1 rows (JSON null, "-" in text) where it is missing; the difference
// is backup minus live, counting a missing table as empty, so a sign means "the restore adds" (+)
// or "the restore loses" (-) rows. The text and JSON show the same numbers.
#include "backup/BackupComparison.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace strongroom;

namespace {
BackupComparison::Side side(const QString &path, qint64 size, bool exists = true)
{
    return {path, size, QDateTime(QDate(2026, 12, 4), QTime(23, 15, 30), QTimeZone::UTC), exists};
}
} // namespace

class TestBackupComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTableOfEitherSideIsListedByName()
    {
        const auto c = BackupComparison::fromCounts(
            side(QStringLiteral("/live.db"), 1), {{QStringLiteral("b"), 2}, {QStringLiteral("a"), 1}},
            side(QStringLiteral("/backup.db"), 1), {{QStringLiteral("c"), 3}, {QStringLiteral("a"), 1}});
        QStringList names;
        for (const auto &t : c.tables)
            names << t.name;
        QCOMPARE(names, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(c.tables.at(1).backupRows, -1);
        QCOMPARE(c.tables.at(2).liveRows, -1);
    }

    void theDifferenceIsBackupMinusLive_data()
    {
        QTest::addColumn<qint64>("live");
        QTest::addColumn<qint64>("backup");
        QTest::addColumn<qint64>("difference");
        QTest::newRow("the backup has more") << qint64(10) << qint64(12) << qint64(2);
        QTest::newRow("the backup has fewer") << qint64(12) << qint64(10) << qint64(-2);
        QTest::newRow("equal") << qint64(7) << qint64(7) << qint64(0);
        QTest::newRow("only in the backup") << qint64(-1) << qint64(5) << qint64(5);
        QTest::newRow("only in the live database") << qint64(5) << qint64(-1) << qint64(-5);
        QTest::newRow("empty on both sides") << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("billions") << qint64(5000000000) << qint64(1) << qint64(-4999999999);
    }
    void theDifferenceIsBackupMinusLive()
    {
        QFETCH(qint64, live);
        QFETCH(qint64, backup);
        QFETCH(qint64, difference);
        QCOMPARE((BackupComparison::Table{QStringLiteral("t"), live, backup}.difference()), difference);
    }

    void jsonHasNullForAMissingTableAndAMissingTime()
    {
        BackupComparison::Side noTime = side(QStringLiteral("/live.db"), 0, false);
        noTime.time = {};
        const auto c = BackupComparison::fromCounts(noTime, {}, side(QStringLiteral("/backup.db"), 4096),
                                                    {{QStringLiteral("t"), 3}});
        const QJsonObject json = c.toJson();
        const QJsonObject live = json.value(QStringLiteral("live")).toObject();
        QCOMPARE(live.value(QStringLiteral("exists")).toBool(true), false);
        QVERIFY(live.value(QStringLiteral("time")).isNull());
        const QJsonObject backup = json.value(QStringLiteral("backup")).toObject();
        QCOMPARE(backup.value(QStringLiteral("path")).toString(), QStringLiteral("/backup.db"));
        QCOMPARE(backup.value(QStringLiteral("size")).toInteger(), 4096);
        QCOMPARE(backup.value(QStringLiteral("time")).toString(), QStringLiteral("2026-12-04T23:15:30Z"));
        const QJsonObject t = json.value(QStringLiteral("tables")).toArray().at(0).toObject();
        QCOMPARE(t.value(QStringLiteral("name")).toString(), QStringLiteral("t"));
        QVERIFY(t.value(QStringLiteral("live_rows")).isNull());
        QCOMPARE(t.value(QStringLiteral("backup_rows")).toInteger(), 3);
        QCOMPARE(t.value(QStringLiteral("difference")).toInteger(), 3);
    }

    void theTextShowsTheSameNumbersWithSignsAndDashes()
    {
        const auto c =
            BackupComparison::fromCounts(side(QStringLiteral("/data/live.db"), 2048),
                                         {{QStringLiteral("orders"), 10}, {QStringLiteral("gone"), 4}},
                                         side(QStringLiteral("/backups/b.db"), 1024),
                                         {{QStringLiteral("orders"), 13}, {QStringLiteral("new"), 2}});
        const QStringList lines = c.toText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(0), QStringLiteral("Live:   /data/live.db  2.0 KiB  2026-12-04 23:15:30 UTC"));
        QCOMPARE(lines.at(1), QStringLiteral("Backup: /backups/b.db  1.0 KiB  2026-12-04 23:15:30 UTC"));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("Table ")) &&
                     lines.at(2).endsWith(QStringLiteral("Backup - live")),
                 qPrintable(lines.at(2)));
        const auto cells = [&](int i) { return lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
        QCOMPARE(cells(3), (QStringList{QStringLiteral("gone"), QStringLiteral("4"), QStringLiteral("-"),
                                        QStringLiteral("-4")}));
        QCOMPARE(cells(4), (QStringList{QStringLiteral("new"), QStringLiteral("-"), QStringLiteral("2"),
                                        QStringLiteral("+2")}));
        QCOMPARE(cells(5), (QStringList{QStringLiteral("orders"), QStringLiteral("10"), QStringLiteral("13"),
                                        QStringLiteral("+3")}));
        // Columns line up: every row as wide as the header.
        QCOMPARE(lines.at(3).size(), lines.at(2).size());
        QCOMPARE(lines.at(5).size(), lines.at(2).size());
    }

    void aLiveDatabaseThatDoesNotExistYetIsSaidSo()
    {
        const auto c = BackupComparison::fromCounts(side(QStringLiteral("/new/shop.db"), 0, false), {},
                                                    side(QStringLiteral("/b.db"), 10), {});
        QVERIFY2(c.toText().startsWith(QStringLiteral("Live:   /new/shop.db (does not exist yet)\n")),
                 qPrintable(c.toText()));
    }
};

QTEST_GUILESS_MAIN(TestBackupComparison)

#include "TestBackupComparison.moc"
