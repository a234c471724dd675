#include "BackupFixtures.h"
#include "backup/BackupCatalog.h"
#include "backup/FileStamp.h"
#include "backup/PreRestoreBackup.h"
#include "sqlcipher/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>
#include <sys/stat.h>

using namespace strongroom;
using namespace backupfixtures;

namespace {

KeyMaterial key()
{
    return KeyMaterial(QCA::SecureArray(liveKey()));
}

RestorePlan planFor(const QString &db)
{
    RestorePlan plan;
    plan.livePath = db;
    plan.liveExists = true;
    plan.historyFolder = defaultHistoryFolder(db);
    return plan;
}

ino_t inodeOf(const QString &path)
{
    struct stat st{};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

} // namespace

// The database a restore replaces, kept in its history as it was found (files from the sqlcipher shell).
class TestPreRestoreBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDatabaseFileItselfIsKeptWithItsChecksumAndRows()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        QVERIFY(makeDatabase(db, liveKey(), 120, "old"));
        const QByteArray bytes = readAll(db);
        Result<BackupRecord> kept = PreRestoreBackup::keep(planFor(db), key(), {});
        QVERIFY2(kept, kept ? "" : qPrintable(kept.error().message));
        const BackupCatalog catalog(defaultHistoryFolder(db));
        QCOMPARE(inodeOf(catalog.pathOf(*kept)), inodeOf(db));
        QCOMPARE(readAll(catalog.pathOf(*kept)), bytes);
        const Result<QList<BackupRecord>> entries = catalog.entries();
        QVERIFY(entries && entries->size() == 1);
        const BackupRecord &entry = entries->first();
        QCOMPARE(entry.rowCounts.value(QStringLiteral("t")), 120);
        QVERIFY(entry.tags.contains(BackupRecord::preRestoreTag()));
        QVERIFY(!entry.tags.contains(BackupRecord::damagedTag()));
        QVERIFY(!entry.pagesChecked);
        QCOMPARE(entry.verifiedState(), QStringLiteral("kept as found"));
        QCOMPARE(entry.sha256,
                 QString::fromLatin1(QCA::Hash(QStringLiteral("sha256")).hash(bytes).toByteArray().toHex()));
        QVERIFY(!entry.keyId.isEmpty());
    }

    void whatTheValidationLearnedIsUsedOnlyWhileTheFileIsUnchanged()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        QVERIFY(makeDatabase(db, liveKey(), 40, "old"));
        RestorePlan plan = planFor(db);
        plan.liveStamp = FileStamp::of(db);
        plan.liveRows = {{QStringLiteral("t"), 40}, {QStringLiteral("marker"), 1}};
        plan.liveSha256 = QByteArray(32, 'x'); // stands for the validation's hash: taken as it is
        Result<BackupRecord> unchanged = PreRestoreBackup::keep(plan, key(), {});
        QVERIFY(unchanged);
        QCOMPARE(unchanged->sha256, QString::fromLatin1(QByteArray(32, 'x').toHex()));
        PreRestoreBackup::drop(plan, *unchanged);

        // The application wrote after the validation: hashed and counted again.
        QCOMPARE(query(db, liveKey(), "INSERT INTO t(b) VALUES (x'00'); SELECT count(*) FROM t;"),
                 QByteArray("41"));
        Result<BackupRecord> changed = PreRestoreBackup::keep(plan, key(), {});
        QVERIFY(changed);
        QCOMPARE(changed->rowCounts.value(QStringLiteral("t")), 41);
        QCOMPARE(
            changed->sha256,
            QString::fromLatin1(QCA::Hash(QStringLiteral("sha256")).hash(readAll(db)).toByteArray().toHex()));
    }

    void committedFramesOfTheWalAreFoldedIntoTheKeptFile()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        QVERIFY(makeDatabase(db, liveKey(), 10, "old", "wal"));
        const KeyMaterial k = key();
        Result<std::unique_ptr<Database>> writer =
            Database::open(db, {Database::Access::ReadWrite, &k, CipherSettings{}, 1000});
        QVERIFY(writer);
        QVERIFY(writer.value()->exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(writer.value()->exec(QStringLiteral("INSERT INTO t(b) SELECT b FROM t")));
        QVERIFY(QFileInfo(db + QStringLiteral("-wal")).size() > 0);

        Result<BackupRecord> kept = PreRestoreBackup::keep(planFor(db), key(), {});
        QVERIFY2(kept, kept ? "" : qPrintable(kept.error().message));
        QCOMPARE(kept->rowCounts.value(QStringLiteral("t")), 20);
        // The kept file alone, with no -wal beside it, holds the committed rows.
        const QString alone = dir.filePath(QStringLiteral("alone.db"));
        QVERIFY(QFile::copy(BackupCatalog(defaultHistoryFolder(db)).pathOf(*kept), alone));
        QCOMPARE(query(alone, liveKey(), "SELECT count(*) FROM t;"), QByteArray("20"));
    }

    void droppingTakesTheBackupBackOnlyBeforeTheSwap_data()
    {
        QTest::addColumn<bool>("swapped");
        QTest::newRow("before the swap: the database still is that file") << false;
        QTest::newRow("after the swap: the backup is the way back") << true;
    }

    void droppingTakesTheBackupBackOnlyBeforeTheSwap()
    {
        QFETCH(bool, swapped);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        QVERIFY(makeDatabase(db, liveKey(), 30, "old"));
        const QByteArray bytes = readAll(db);
        const RestorePlan plan = planFor(db);
        Result<BackupRecord> kept = PreRestoreBackup::keep(plan, key(), {});
        QVERIFY(kept);
        if (swapped) {
            const QString restored = dir.filePath(QStringLiteral("restored.db"));
            QVERIFY(makeDatabase(restored, liveKey(), 5, "new"));
            QCOMPARE(::rename(QFile::encodeName(restored).constData(), QFile::encodeName(db).constData()), 0);
        }
        PreRestoreBackup::drop(plan, *kept);
        const BackupCatalog catalog(plan.historyFolder);
        QCOMPARE(QFileInfo::exists(catalog.pathOf(*kept)), swapped);
        QCOMPARE(catalog.entries()->size(), swapped ? 1 : 0);
        QCOMPARE(readAll(swapped ? catalog.pathOf(*kept) : db), bytes);
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer init;
    QCoreApplication app(argc, argv);
    TestPreRestoreBackup test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestPreRestoreBackup.moc"
