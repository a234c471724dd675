#include "pgbackup/PgBackupCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace strongroom;
using namespace strongroom::pgbackup;

// The PostgreSQL backup catalog's record of verifies (PgCheckRecord): a check written by one
// catalog object is read back by another (the file is the only state, as between processes), a
// level-3 check carries its drill into "drills" too, a catalog written before checks were kept
// shows its drills as level-3 checks, and a check of a backup without an entry writes nothing.
class TestPgBackupCatalog : public QObject
{
    Q_OBJECT

    static QString stem() { return QStringLiteral("shop-pgbackup-20261204-233000"); }

    static PgBackupEntry entry()
    {
        PgBackupEntry e;
        e.stem = stem();
        e.database = QStringLiteral("shop");
        e.created = QDateTime(QDate(2026, 12, 4), QTime(23, 30), QTimeZone::UTC);
        e.size = 1234;
        e.sha256 = QString(64, QLatin1Char('a'));
        e.tables = 4;
        e.rows = 125777;
        return e;
    }

    static PgCheckRecord check(int level, const QString &result)
    {
        PgCheckRecord c;
        c.time = QDateTime(QDate(2026, 12, 5), QTime(5, 10, 0, 250), QTimeZone::UTC);
        c.level = level;
        c.durationMs = 4321;
        c.result = result;
        c.checked = PgCheckRecord::checksOfLevel(level);
        if (result != QLatin1String("passed"))
            c.message = QStringLiteral("the dump's checksum differs");
        return c;
    }

private Q_SLOTS:
    void aCheckRecordedIsReadBackByAnotherCatalogObject_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("result");
        QTest::newRow("level 1 passed") << 1 << QStringLiteral("passed");
        QTest::newRow("level 1 damaged") << 1 << QStringLiteral("damaged");
        QTest::newRow("level 2 passed") << 2 << QStringLiteral("passed");
        QTest::newRow("level 2 damaged") << 2 << QStringLiteral("damaged");
    }

    void aCheckRecordedIsReadBackByAnotherCatalogObject()
    {
        QFETCH(int, level);
        QFETCH(QString, result);
        QTemporaryDir folder;
        QVERIFY(PgBackupCatalog(folder.path()).add(entry()));
        QVERIFY(PgBackupCatalog(folder.path()).recordCheck(stem(), check(level, result)));
        const auto entries = PgBackupCatalog(folder.path()).entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().checks.size(), 1);
        const PgCheckRecord read = entries->first().checks.first();
        QCOMPARE(read.time, check(level, result).time);
        QCOMPARE(read.level, level);
        QCOMPARE(read.durationMs, qint64(4321));
        QCOMPARE(read.result, result);
        QCOMPARE(read.checked, PgCheckRecord::checksOfLevel(level));
        QCOMPARE(read.message, check(level, result).message);
        QVERIFY(entries->first().drills.isEmpty()); // only drills are drills
        // What `pg backup list --json` shows.
        const QJsonArray checks = entries->first().toJson().value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.first()[QStringLiteral("level")].toInt(), level);
        QCOMPARE(checks.first()[QStringLiteral("result")].toString(), result);
    }

    void whatEachLevelChecksIsNamed()
    {
        QCOMPARE(PgCheckRecord::checksOfLevel(1),
                 (QStringList{QStringLiteral("checksums"), QStringLiteral("manifest"),
                              QStringLiteral("age-header")}));
        QVERIFY(PgCheckRecord::checksOfLevel(2).contains(QStringLiteral("table-of-contents")));
        QVERIFY(PgCheckRecord::checksOfLevel(2).contains(QStringLiteral("chunks")));
        QVERIFY(PgCheckRecord::checksOfLevel(3).contains(QStringLiteral("row-counts")));
    }

    void aLevelThreeCheckKeepsItsDrillWhereEarlierVersionsReadIt()
    {
        QTemporaryDir folder;
        QVERIFY(PgBackupCatalog(folder.path()).add(entry()));
        PgCheckRecord drillCheck = check(3, QStringLiteral("passed"));
        drillCheck.server = QStringLiteral("temporary cluster");
        const PgDrillRecord drill{drillCheck.time, 4000, true, drillCheck.server};
        QVERIFY(PgBackupCatalog(folder.path()).recordCheck(stem(), drillCheck, drill));
        const auto entries = PgBackupCatalog(folder.path()).entries();
        QVERIFY(entries);
        QCOMPARE(entries->first().drills.size(), 1);
        QVERIFY(entries->first().drills.first().countsEqual);
        QCOMPARE(entries->first().checks.size(), 1); // the drill is not counted twice
        QCOMPARE(entries->first().checks.first().level, 3);
        QCOMPARE(entries->first().checks.first().server, QStringLiteral("temporary cluster"));
    }

    void aCatalogWrittenBeforeChecksShowsItsDrillsAsLevelThreeChecks()
    {
        QTemporaryDir folder;
        // As `pg backup` and `pg verify --level 3` wrote it before checks were kept.
        const QByteArray old = R"({"format": 1, "backups": [{"stem": "shop-pgbackup-20261204-233000",
            "database": "shop", "created": "2026-12-04T23:30:00.000Z", "size": 1234,
            "sha256": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "tables": 4,
            "rows": 125777, "key_ids": ["k1"], "passphrase": false, "globals": false,
            "drills": [{"time": "2026-12-04T23:40:00Z", "duration_ms": 9000, "counts_equal": true,
                        "server": "temporary cluster"},
                       {"time": "2026-12-05T01:00:00Z", "duration_ms": 8000, "counts_equal": false,
                        "server": "db.example"}]}]})";
        QFile file(PgBackupCatalog(folder.path()).path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(old);
        file.close();
        auto entries = PgBackupCatalog(folder.path()).entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        const QList<PgCheckRecord> checks = entries->first().checks;
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(0).level, 3);
        QCOMPARE(checks.at(0).result, QStringLiteral("passed"));
        QCOMPARE(checks.at(0).durationMs, qint64(9000));
        QCOMPARE(checks.at(1).result, QStringLiteral("counts-differ"));
        QCOMPARE(checks.at(1).server, QStringLiteral("db.example"));

        // A level-1 check added to it: the old drills stay, the new check comes last.
        PgCheckRecord later = check(1, QStringLiteral("passed"));
        later.time = QDateTime(QDate(2026, 12, 6), QTime(3, 0), QTimeZone::UTC);
        QVERIFY(PgBackupCatalog(folder.path()).recordCheck(stem(), later));
        entries = PgBackupCatalog(folder.path()).entries();
        QVERIFY(entries);
        QCOMPARE(entries->first().drills.size(), 2);
        QCOMPARE(entries->first().checks.size(), 3);
        QCOMPARE(entries->first().checks.last().level, 1);
        QCOMPARE(entries->first().checks.last().time, later.time);
    }

    void aCheckOfABackupWithoutAnEntryWritesNothing()
    {
        QTemporaryDir folder;
        QVERIFY(PgBackupCatalog(folder.path()).recordCheck(stem(), check(1, QStringLiteral("passed"))));
        QVERIFY(!QFile::exists(PgBackupCatalog(folder.path()).path()));
        QVERIFY(PgBackupCatalog(folder.path()).add(entry()));
        QVERIFY(PgBackupCatalog(folder.path())
                    .recordCheck(QStringLiteral("other-pgbackup-20261204-233000"),
                                 check(1, QStringLiteral("passed"))));
        const auto entries = PgBackupCatalog(folder.path()).entries();
        QVERIFY(entries);
        QVERIFY(entries->first().checks.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPgBackupCatalog)
#include "TestPgBackupCatalog.moc"
