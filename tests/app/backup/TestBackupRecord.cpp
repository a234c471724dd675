// BackupRecord, one backup of a history folder as its catalog records it, and the backup file
// names. Proven: only "STEM-backup-YYYYMMDD-HHMMSS[-N].db" is a backup name (no "/", no control
// characters, a real date), the time in a name is read as UTC whatever the machine's zone (also in
// the hour a spring-forward skips, for which the test runs in Europe/Berlin), a taken name gets "-2",
// "-3"; a catalog entry with a bad name, time or cipher settings is refused as "damaged-entry" (4)
// and a good one survives toJson/fromJson; the state shown for each kind of record.
#include "backup/BackupRecord.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <ctime>

using namespace strongroom;

namespace {
QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::UTC);
}

BackupRecord sampleRecord()
{
    BackupRecord r;
    r.fileName = QStringLiteral("shop-backup-20261204-231500.db");
    r.created = utc(2026, 12, 4, 23, 15, 0);
    r.sourcePath = QStringLiteral("/data/shop.db");
    r.size = 81920;
    r.sha256 = QString(64, QLatin1Char('a'));
    r.settings = CipherSettings::sqlcipher3();
    r.rowCounts = {{QStringLiteral("orders"), 12}, {QStringLiteral("items"), 30}};
    r.strongroomVersion = QStringLiteral("0.1.0");
    r.keyId = QStringLiteral("v2-0123456789ab");
    r.tags = {BackupRecord::preRestoreTag()};
    r.seal = QStringLiteral("c2VhbA==");
    r.sealVersion = BackupRecord::currentSealVersion;
    return r;
}
} // namespace

class TestBackupRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyBackupNamesAreBackupNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "shop-backup-20261204-231500.db" << true;
        QTest::newRow("second of the same second") << "shop-backup-20261204-231500-2.db" << true;
        QTest::newRow("stem with dots and spaces") << "my shop.v2-backup-20261204-231500.db" << true;
        QTest::newRow("stem with umlauts") << "Kundenübersicht-backup-20261204-231500.db" << true;
        QTest::newRow("a folder in it") << "../shop-backup-20261204-231500.db" << false;
        QTest::newRow("an absolute path") << "/etc/shop-backup-20261204-231500.db" << false;
        QTest::newRow("a control character") << "sh\x1b[2Jop-backup-20261204-231500.db" << false;
        QTest::newRow("a newline") << "shop\n-backup-20261204-231500.db" << false;
        QTest::newRow("no stem") << "-backup-20261204-231500.db" << false;
        QTest::newRow("month 13") << "shop-backup-20261304-231500.db" << false;
        QTest::newRow("hour 24") << "shop-backup-20261204-241500.db" << false;
        QTest::newRow("short time") << "shop-backup-20261204-2315.db" << false;
        QTest::newRow("another extension") << "shop-backup-20261204-231500.db.age" << false;
        QTest::newRow("a journal") << "shop-backup-20261204-231500.db-journal" << false;
        QTest::newRow("not a backup") << "shop.db" << false;
    }
    void onlyBackupNamesAreBackupNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(isBackupFileName(name), valid);
    }

    void namesCarryTheirUtcTime_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::newRow("a December night") << utc(2026, 12, 4, 23, 15, 0);
        QTest::newRow("the hour Berlin skips in spring") << utc(2026, 3, 29, 2, 30, 0);
        QTest::newRow("the hour Berlin has twice in autumn") << utc(2026, 10, 25, 2, 30, 0);
        QTest::newRow("new year") << utc(2027, 1, 1, 0, 0, 0);
    }
    void namesCarryTheirUtcTime()
    {
        QFETCH(QDateTime, time);
        const QString name = backupFileName(QStringLiteral("shop"), time);
        QCOMPARE(name, QStringLiteral("shop-backup-") + time.toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                           QStringLiteral(".db"));
        QVERIFY2(isBackupFileName(name), qPrintable(name));
        QCOMPARE(timeFromBackupFileName(name), time);
        QCOMPARE(timeFromBackupFileName(name).timeSpec(), Qt::UTC);
        QCOMPARE(timeFromBackupFileName(name.chopped(3) + QStringLiteral("-7.db")), time);
        // A local time is written as its UTC time.
        QCOMPARE(backupFileName(QStringLiteral("shop"), time.toLocalTime()), name);
    }

    void aTakenNameGetsTheNextNumber()
    {
        QTemporaryDir dir;
        const QDateTime t = utc(2026, 12, 4, 23, 15, 0);
        const QString first = freeBackupPath(dir.path(), QStringLiteral("shop"), t);
        QCOMPARE(first, dir.filePath(QStringLiteral("shop-backup-20261204-231500.db")));
        QVERIFY(QFile(first).open(QIODevice::WriteOnly));
        const QString second = freeBackupPath(dir.path(), QStringLiteral("shop"), t);
        QCOMPARE(second, dir.filePath(QStringLiteral("shop-backup-20261204-231500-2.db")));
        QVERIFY(QFile(second).open(QIODevice::WriteOnly));
        QCOMPARE(freeBackupPath(dir.path(), QStringLiteral("shop"), t),
                 dir.filePath(QStringLiteral("shop-backup-20261204-231500-3.db")));
        QVERIFY(isBackupFileName(QFileInfo(second).fileName()));
    }

    void theDefaultHistoryFolderIsBesideTheDatabase()
    {
        QCOMPARE(defaultHistoryFolder(QStringLiteral("/data/shop.db")), QStringLiteral("/data/backups"));
    }

    void anEntrySurvivesJsonUnchanged()
    {
        const BackupRecord r = sampleRecord();
        auto back = BackupRecord::fromJson(r.toJson());
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->fileName, r.fileName);
        QCOMPARE(back->created, r.created);
        QCOMPARE(back->sourcePath, r.sourcePath);
        QCOMPARE(back->size, r.size);
        QCOMPARE(back->sha256, r.sha256);
        QVERIFY(back->settings.has_value());
        QCOMPARE(back->settings->profileName(), QStringLiteral("sqlcipher-3"));
        QCOMPARE(back->rowCounts, r.rowCounts);
        QCOMPARE(back->strongroomVersion, r.strongroomVersion);
        QCOMPARE(back->keyId, r.keyId);
        QCOMPARE(back->tags, r.tags);
        QCOMPARE(back->seal, r.seal);
        QCOMPARE(back->sealVersion, r.sealVersion);
        QCOMPARE(back->toJson(), r.toJson());
    }

    void anEntryKeepsItsMillisecondsAndAnOldEntryItsSecondsText()
    {
        BackupRecord r = sampleRecord();
        r.created = utc(2026, 12, 4, 23, 15, 0).addMSecs(250);
        QCOMPARE(r.toJson().value(QStringLiteral("created")).toString(),
                 QStringLiteral("2026-12-04T23:15:00.250Z"));
        auto back = BackupRecord::fromJson(r.toJson());
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->created, r.created);
        QVERIFY(back->created > utc(2026, 12, 4, 23, 15, 0));

        // An entry written before milliseconds were stored serialises to the text its seal covers.
        r.created = utc(2026, 12, 4, 23, 15, 0);
        QCOMPARE(r.toJson().value(QStringLiteral("created")).toString(),
                 QStringLiteral("2026-12-04T23:15:00Z"));
    }

    void aDamagedEntryIsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("says");
        QTest::newRow("a path for a name")
            << "file" << QJsonValue(QStringLiteral("../../etc/passwd")) << "its name is not a backup's name";
        QTest::newRow("no name") << "file" << QJsonValue() << "its name is not a backup's name";
        QTest::newRow("no time") << "created" << QJsonValue(QStringLiteral("yesterday"))
                                 << "not an ISO 8601 time";
        QTest::newRow("two days ahead")
            << "created" << QJsonValue(QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate))
            << "in the future";
        QTest::newRow("a page size SQLCipher lacks")
            << "cipher_settings"
            << QJsonValue(QJsonObject{{QStringLiteral("page_size"), 1000},
                                      {QStringLiteral("kdf_iter"), 64000},
                                      {QStringLiteral("hmac_algorithm"), QStringLiteral("HMAC_SHA1")},
                                      {QStringLiteral("kdf_algorithm"), QStringLiteral("PBKDF2_HMAC_SHA1")},
                                      {QStringLiteral("plaintext_header_size"), 0}})
            << "page_size";
    }
    void aDamagedEntryIsRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, says);
        QJsonObject json = sampleRecord().toJson();
        if (value.isNull())
            json.remove(field);
        else
            json.insert(field, value);
        auto r = BackupRecord::fromJson(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ExitCode::Integrity);
        QCOMPARE(r.error().kindName(), QStringLiteral("damaged-entry"));
        QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
        QVERIFY2(!r.error().message.contains(QStringLiteral("passwd")), "a refused name is not repeated");
    }

    void aDayOfClockSkewIsTolerated()
    {
        QJsonObject json = sampleRecord().toJson();
        json.insert(QStringLiteral("created"),
                    QDateTime::currentDateTimeUtc().addSecs(20 * 3600).toString(Qt::ISODate));
        QVERIFY(BackupRecord::fromJson(json).ok());
    }

    void olderEntriesReadWithTheirDefaults()
    {
        QJsonObject json = sampleRecord().toJson();
        json.remove(QStringLiteral("pages_checked"));
        json.remove(QStringLiteral("seal_version"));
        auto r = BackupRecord::fromJson(json);
        QVERIFY(r.ok());
        QVERIFY(r->pagesChecked);
        QCOMPARE(r->sealVersion, 1); // sealed before the version existed: not a current seal
        QVERIFY(!r->isSealed());
        json.remove(QStringLiteral("seal"));
        QCOMPARE(BackupRecord::fromJson(json)->sealVersion, 0);
    }

    void theStateShownSaysHowFarTheBackupIsTrusted_data()
    {
        QTest::addColumn<bool>("catalogued");
        QTest::addColumn<QString>("refusal");
        QTest::addColumn<bool>("pagesChecked");
        QTest::addColumn<int>("sealVersion");
        QTest::addColumn<QString>("state");
        QTest::newRow("found in the folder") << false << QString() << true << 0 << "not yet verified";
        QTest::newRow("refused entry") << false << "bad time" << true << 0 << "damaged catalog entry";
        QTest::newRow("pre-restore kept as found") << true << QString() << false << 2 << "kept as found";
        QTest::newRow("sealed") << true << QString() << true << 2 << "verified";
        QTest::newRow("seal of version 1") << true << QString() << true << 1 << "unsealed";
        QTest::newRow("no seal") << true << QString() << true << 0 << "unsealed";
    }
    void theStateShownSaysHowFarTheBackupIsTrusted()
    {
        QFETCH(bool, catalogued);
        QFETCH(QString, refusal);
        QFETCH(bool, pagesChecked);
        QFETCH(int, sealVersion);
        QFETCH(QString, state);
        BackupRecord r = sampleRecord();
        r.catalogued = catalogued;
        r.refusal = refusal;
        r.pagesChecked = pagesChecked;
        r.sealVersion = sealVersion;
        if (sealVersion == 0)
            r.seal.clear();
        QCOMPARE(r.verifiedState(), state);
        QCOMPARE(r.toJson().value(QStringLiteral("verified_state")).toString(), state);
        // Only what the catalog vouches for is written for an uncatalogued file.
        QCOMPARE(r.toJson().contains(QStringLiteral("sha256")), catalogued);
    }

    void rowsAndProtection()
    {
        BackupRecord r = sampleRecord();
        QCOMPARE(r.totalRows(), 42);
        QVERIFY(r.isProtected());
        QVERIFY(r.rowsKnown());
        r.tags = {BackupRecord::damagedTag()};
        QVERIFY(!r.isProtected());
        QVERIFY2(!r.rowsKnown(), "the rows of a damaged database were not all counted");
        r.tags.clear();
        r.catalogued = false;
        QVERIFY(!r.rowsKnown());
    }
};

int main(int argc, char *argv[])
{
    // The spring-forward and autumn rows mean something only where the clocks change.
    qputenv("TZ", "Europe/Berlin");
    ::tzset();
    QCoreApplication app(argc, argv);
    TestBackupRecord test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestBackupRecord.moc"
