#include "backup/BackupCatalog.h"
#include "backup/KeyId.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;

namespace {

KeyMaterial key(const char *text)
{
    return KeyMaterial(QCA::SecureArray(QByteArray(text)));
}

BackupRecord record(const QString &name, const QDateTime &time, const QString &source)
{
    BackupRecord r;
    r.fileName = name;
    r.created = time;
    r.sourcePath = source;
    r.size = 4;
    r.sha256 = QStringLiteral("00");
    r.settings = CipherSettings::sqlcipher4();
    r.rowCounts = {{QStringLiteral("t"), 3}};
    r.keyId = QStringLiteral("abcdef012345");
    return r;
}

QJsonObject withSetting(const char *field, const QJsonValue &value)
{
    QJsonObject settings = CipherSettings::sqlcipher4().toJson();
    settings.insert(QLatin1String(field), value);
    return settings;
}

void writeCatalog(const QString &folder, const QJsonObject &entry)
{
    QFile f(QDir(folder).filePath(BackupCatalog::catalogFileName()));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(
                QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("backups"), QJsonArray{entry}}})
                .toJson());
}

void touch(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("data");
}

} // namespace

class TestBackupCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyIdIsStableShortAndDiffersBetweenKeys()
    {
        const QByteArray salt(keyIdSaltSize, 'S');
        const Result<QString> a = backupKeyId(key("correct horse"), salt);
        const Result<QString> again = backupKeyId(key("correct horse"), salt);
        const Result<QString> b = backupKeyId(key("correct horsf"), salt);
        QVERIFY(a && again && b);
        QCOMPARE(a.value(), again.value());
        QVERIFY(a.value() != b.value());
        QVERIFY(QRegularExpression(QStringLiteral("^v2-[0-9a-f]{12}$")).match(a.value()).hasMatch());
    }

    void keyIdIsNotAPlainHashOfTheKey()
    {
        // PBKDF2-HMAC-SHA512, 256,000 iterations: neither SHA-256 nor SHA-512 of the key.
        const QByteArray secret("correct horse");
        const Result<QString> id = backupKeyId(key("correct horse"), QByteArray(keyIdSaltSize, 'S'));
        QVERIFY(id);
        for (const char *algorithm : {"sha256", "sha512", "sha1"}) {
            const QString plain = QCA::Hash(QString::fromLatin1(algorithm)).hashToString(secret);
            QVERIFY(!plain.startsWith(id.value().mid(3)));
        }
    }

    void eachCatalogHasItsOwnKeyIdSalt()
    {
        // One dictionary run against one catalog's ids tests nothing about another catalog's.
        QTemporaryDir a, b;
        const Result<QByteArray> saltA = BackupCatalog(a.path()).keyIdSalt();
        const Result<QByteArray> saltB = BackupCatalog(b.path()).keyIdSalt();
        QVERIFY(saltA && saltB);
        QVERIFY(saltA->size() >= keyIdSaltSize);
        QVERIFY(saltA.value() != saltB.value());
        // Kept: the same salt on the next call, and in the catalog file.
        QCOMPARE(BackupCatalog(a.path()).keyIdSalt().value(), saltA.value());
        QCOMPARE(BackupCatalog(a.path()).read()->keyIdSalt, saltA.value());
        const Result<QString> idA = backupKeyId(key("correct horse"), saltA.value());
        const Result<QString> idB = backupKeyId(key("correct horse"), saltB.value());
        QVERIFY(idA && idB);
        QVERIFY(idA.value() != idB.value());
        QVERIFY(keyIdMatches(key("correct horse"), idA.value(), saltA.value()).value());
        QVERIFY(!keyIdMatches(key("correct horse"), idA.value(), saltB.value()).value());
        QVERIFY(!keyIdMatches(key("correct horsf"), idA.value(), saltA.value()).value());
        // Adding entries keeps the salt.
        touch(QDir(a.path()).filePath(QStringLiteral("db-backup-20250101-000000.db")));
        QVERIFY(BackupCatalog(a.path()).add(record(QStringLiteral("db-backup-20250101-000000.db"),
                                                   QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::UTC),
                                                   QStringLiteral("/x/db.db"))));
        QCOMPARE(BackupCatalog(a.path()).keyIdSalt().value(), saltA.value());
    }

    void oldKeyIdsWithTheFixedSaltAreStillRecognised()
    {
        // The id "correct horse" had before per-catalog salts: PBKDF2-HMAC-SHA512, 256,000 iterations,
        // salt "strongroom key id v1", 6 bytes (computed independently, with Python's hashlib).
        const QString oldId = QStringLiteral("b0976b4d9cd0");
        const QByteArray anySalt(keyIdSaltSize, 'S');
        QVERIFY(keyIdMatches(key("correct horse"), oldId, anySalt).value());
        QVERIFY(!keyIdMatches(key("correct horsf"), oldId, anySalt).value());
        // New ids are told apart from old ones by their prefix.
        QVERIFY(backupKeyId(key("correct horse"), anySalt).value().startsWith(QStringLiteral("v2-")));
        QVERIFY(!oldId.startsWith(QStringLiteral("v2-")));
    }

    void entriesRoundTripThroughTheCatalogFile()
    {
        QTemporaryDir dir;
        BackupCatalog catalog(dir.path());
        BackupRecord r =
            record(QStringLiteral("db-backup-20250101-000000.db"),
                   QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::UTC), QStringLiteral("/data/db.db"));
        r.tags = {BackupRecord::preRestoreTag()};
        QVERIFY(catalog.add(r));
        const Result<QList<BackupRecord>> entries = catalog.entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        const BackupRecord &back = entries->first();
        QCOMPARE(back.fileName, r.fileName);
        QCOMPARE(back.created, r.created);
        QCOMPARE(back.settings, r.settings);
        QCOMPARE(back.rowCounts, r.rowCounts);
        QCOMPARE(back.keyId, r.keyId);
        QVERIFY(back.isProtected());
        // Adding the same file again replaces its entry.
        QVERIFY(catalog.add(r));
        QCOMPARE(catalog.entries()->size(), 1);
    }

    void filesWithoutAnEntryAreListedAsNotYetVerified()
    {
        QTemporaryDir dir;
        BackupCatalog catalog(dir.path());
        const QString known = QStringLiteral("db-backup-20250101-000000.db");
        touch(dir.filePath(known));
        QVERIFY(catalog.add(record(known, QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::UTC),
                                   QStringLiteral("/x/db.db"))));
        touch(dir.filePath(QStringLiteral("db-backup-20250301-101500.db")));
        touch(dir.filePath(QStringLiteral("downloaded.sqlite")));
        touch(dir.filePath(QStringLiteral("downloaded.sqlite-wal")));
        touch(dir.filePath(QStringLiteral(".strongroom-tmp-backup-1-x-db.db")));
        const Result<QList<BackupRecord>> listed = catalog.list();
        QVERIFY(listed);
        QStringList names;
        for (const BackupRecord &r : listed.value())
            names.append(r.fileName + (r.catalogued ? QString() : QStringLiteral(" (unverified)")));
        QVERIFY(names.contains(known));
        QVERIFY(names.contains(QStringLiteral("db-backup-20250301-101500.db (unverified)")));
        QVERIFY(names.contains(QStringLiteral("downloaded.sqlite (unverified)")));
        QCOMPARE(names.size(), 3);
        // The time of a hand-copied backup comes from its name.
        // Newest first: the downloaded file (by its modification time, now), then the hand-copied one.
        QCOMPARE(listed->at(0).fileName, QStringLiteral("downloaded.sqlite"));
        QCOMPARE(listed->at(1).fileName, QStringLiteral("db-backup-20250301-101500.db"));
        QCOMPARE(listed->at(1).created, QDateTime(QDate(2025, 3, 1), QTime(10, 15), QTimeZone::UTC));
        QCOMPARE(listed->at(1).verifiedState(), QStringLiteral("not yet verified"));
    }

    void lastBackupIsTheNewestOfThatDatabase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("db.db"));
        const QString history = defaultHistoryFolder(db);
        QVERIFY(QDir().mkpath(history));
        BackupCatalog catalog(history);
        const QDateTime t0(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::UTC);
        for (const auto &[name, time, source] :
             {std::tuple{QStringLiteral("db-backup-20250101-000000.db"), t0, db},
              std::tuple{QStringLiteral("db-backup-20250103-000000.db"), t0.addDays(2), db},
              std::tuple{QStringLiteral("other-backup-20250106-000000.db"), t0.addDays(5),
                         dir.filePath(QStringLiteral("other.db"))},
              std::tuple{QStringLiteral("db-backup-20250110-000000.db"), t0.addDays(9), db}}) {
            if (name != QLatin1String("db-backup-20250110-000000.db"))
                touch(QDir(history).filePath(name));
            QVERIFY(catalog.add(record(name, time, source)));
        }
        const std::optional<LastBackup> last = lastBackupOf(db);
        QVERIFY(last);
        QCOMPARE(last->time, t0.addDays(2));
        QCOMPARE(last->path, QDir(history).filePath(QStringLiteral("db-backup-20250103-000000.db")));
        QVERIFY(!lastBackupOf(dir.filePath(QStringLiteral("never.db"))));
    }

    void entriesThatFailTheirChecksAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("hmac_algorithm with a statement")
            << "cipher_settings"
            << QJsonValue(
                   withSetting("hmac_algorithm", QStringLiteral("HMAC_SHA512; ATTACH 'x.db' AS x KEY ''")))
            << "hmac_algorithm";
        QTest::newRow("page_size not a power of two")
            << "cipher_settings" << QJsonValue(withSetting("page_size", 1000)) << "page_size";
        QTest::newRow("a name with a slash")
            << "file" << QJsonValue(QStringLiteral("../db-backup-20250101-000000.db")) << "name";
        QTest::newRow("a name that is no backup name")
            << "file" << QJsonValue(QStringLiteral("shop.db")) << "name";
        QTest::newRow("the parent folder") << "file" << QJsonValue(QStringLiteral("..")) << "name";
        QTest::newRow("the folder itself") << "file" << QJsonValue(QStringLiteral(".")) << "name";
        QTest::newRow("a time two days ahead")
            << "created" << QJsonValue(QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate))
            << "future";
        QTest::newRow("no time") << "created" << QJsonValue(QStringLiteral("yesterday")) << "time";
    }

    void entriesThatFailTheirChecksAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString name = QStringLiteral("db-backup-20250101-000000.db");
        touch(dir.filePath(name));
        QJsonObject stored = record(name, QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::UTC),
                                    QStringLiteral("/x/db.db"))
                                 .toJson();
        stored.insert(field, value);
        writeCatalog(dir.path(), stored);
        BackupCatalog catalog(dir.path());

        const Result<BackupCatalog::Contents> contents = catalog.read();
        QVERIFY(contents);
        QVERIFY(contents->entries.isEmpty());
        QCOMPARE(contents->refused.size(), 1);
        QCOMPARE(contents->refused.first().reason.code, ExitCode::Integrity);
        QCOMPARE(contents->refused.first().reason.kind, BackupCatalog::damagedEntryKind());
        QVERIFY2(contents->refused.first().reason.message.contains(reason),
                 qPrintable(contents->refused.first().reason.message));

        if (field != QLatin1String("file")) {
            // Its file is listed as having a damaged entry, and verify/compare/restore stop on it.
            const Result<QList<BackupRecord>> listed = catalog.list();
            QVERIFY(listed);
            QCOMPARE(listed->size(), 1);
            QVERIFY(!listed->first().catalogued);
            QCOMPARE(listed->first().verifiedState(), QStringLiteral("damaged catalog entry"));
            QVERIFY(listed->first().refusal.contains(reason));
            const Result<std::optional<BackupRecord>> entry = catalog.entryFor(name);
            QVERIFY(!entry);
            QCOMPARE(entry.error().kind, BackupCatalog::damagedEntryKind());
        }

        // Writing the catalog keeps the refused entry as it was: it is evidence.
        const QString other = QStringLiteral("db-backup-20250201-000000.db");
        QVERIFY(catalog.add(record(other, QDateTime(QDate(2025, 2, 1), QTime(0, 0), QTimeZone::UTC),
                                   QStringLiteral("/x/db.db"))));
        const Result<BackupCatalog::Contents> after = catalog.read();
        QCOMPARE(after->entries.size(), 1);
        QCOMPARE(after->refused.size(), 1);
        QCOMPARE(after->refused.first().stored, stored);
    }

    void aDamagedCatalogIsAnIntegrityError()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(BackupCatalog::catalogFileName()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        const Result<QList<BackupRecord>> entries = BackupCatalog(dir.path()).entries();
        QVERIFY(!entries);
        QCOMPARE(entries.error().code, ExitCode::Integrity);
        QVERIFY(entries.error().message.contains(BackupCatalog::catalogFileName()));
    }

    // Full checks (drills, by hand or scheduled) are kept beside the entries: through later adds and
    // the removal of the backup they checked, the newest 50, and the newest is what status reads.
    void drillsAreKeptThroughAddsAndRemovals()
    {
        QTemporaryDir dir;
        BackupCatalog catalog(dir.path());
        QVERIFY(!catalog.newestDrill().isValid());
        const QDateTime t0(QDate(2026, 11, 1), QTime(2, 0), QTimeZone::UTC);
        const QString name = QStringLiteral("app-backup-20261101-020000.db");
        QVERIFY(catalog.add(record(name, t0, QStringLiteral("/srv/app.db"))));
        for (int i = 0; i < BackupCatalog::kMaxDrills + 5; ++i)
            QVERIFY(catalog.recordDrill(name, t0.addSecs(3600 * (i + 1))));
        QVERIFY(catalog.add(record(QStringLiteral("app-backup-20261102-020000.db"), t0.addDays(1),
                                   QStringLiteral("/srv/app.db"))));
        QVERIFY(catalog.remove({name}));
        const Result<BackupCatalog::Contents> contents = catalog.read();
        QVERIFY(contents);
        QCOMPARE(contents->entries.size(), 1);
        QCOMPARE(contents->drills.size(), BackupCatalog::kMaxDrills);
        QCOMPARE(contents->drills.first().time, t0.addSecs(3600 * 6));
        QCOMPARE(contents->drills.last().fileName, name);
        QCOMPARE(catalog.newestDrill(), t0.addSecs(3600 * (BackupCatalog::kMaxDrills + 5)));
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer init;
    QCoreApplication app(argc, argv);
    TestBackupCatalog test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestBackupCatalog.moc"
