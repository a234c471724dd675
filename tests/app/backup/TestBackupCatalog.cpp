#include "backup/BackupCatalog.h"
#include "backup/KeyId.h"

#include <QFile>
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
        const Result<QString> a = backupKeyId(key("correct horse"));
        const Result<QString> again = backupKeyId(key("correct horse"));
        const Result<QString> b = backupKeyId(key("correct horsf"));
        QVERIFY(a && again && b);
        QCOMPARE(a.value(), again.value());
        QVERIFY(a.value() != b.value());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{12}$")).match(a.value()).hasMatch());
    }

    void keyIdIsNotAPlainHashOfTheKey()
    {
        // PBKDF2-HMAC-SHA512, 256,000 iterations: neither SHA-256 nor SHA-512 of the key.
        const QByteArray secret("correct horse");
        const Result<QString> id = backupKeyId(key("correct horse"));
        QVERIFY(id);
        for (const char *algorithm : {"sha256", "sha512", "sha1"}) {
            const QString plain = QCA::Hash(QString::fromLatin1(algorithm)).hashToString(secret);
            QVERIFY(!plain.startsWith(id.value()));
        }
    }

    void entriesRoundTripThroughTheCatalogFile()
    {
        QTemporaryDir dir;
        BackupCatalog catalog(dir.path());
        BackupRecord r = record(QStringLiteral("db-backup-20250101-000000.db"),
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
        QVERIFY(catalog.add(record(known, QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::UTC), QStringLiteral("/x/db.db"))));
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
             {std::tuple{QStringLiteral("a.db"), t0, db}, std::tuple{QStringLiteral("b.db"), t0.addDays(2), db},
              std::tuple{QStringLiteral("c.db"), t0.addDays(5), dir.filePath(QStringLiteral("other.db"))},
              std::tuple{QStringLiteral("gone.db"), t0.addDays(9), db}}) {
            if (name != QLatin1String("gone.db"))
                touch(QDir(history).filePath(name));
            QVERIFY(catalog.add(record(name, time, source)));
        }
        const std::optional<LastBackup> last = lastBackupOf(db);
        QVERIFY(last);
        QCOMPARE(last->time, t0.addDays(2));
        QCOMPARE(last->path, QDir(history).filePath(QStringLiteral("b.db")));
        QVERIFY(!lastBackupOf(dir.filePath(QStringLiteral("never.db"))));
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
};

int main(int argc, char *argv[])
{
    QCA::Initializer init;
    QCoreApplication app(argc, argv);
    TestBackupCatalog test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestBackupCatalog.moc"
