#include "sqlcipher/Database.h"
#include "sqlcipher/ReadSnapshot.h"

#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace strongroom;

// The one way to hold a read snapshot: writers cannot commit into a rollback-journal database
// while it is held, a WAL database's reader keeps seeing what it saw, and it ends cleanly.
class TestReadSnapshot : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Database> open(const QString &path, Database::Access access = Database::Access::ReadWrite)
    {
        Result<std::unique_ptr<Database>> db = Database::open(path, {access});
        if (!db)
            qWarning("%s", qPrintable(db.error().message));
        return db ? std::move(db.value()) : nullptr;
    }

    static qint64 rows(Database &db)
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM t")).toLongLong();
    }

private Q_SLOTS:
    void aRollbackJournalWriterCannotCommitWhileItIsHeld()
    {
        const QString path = m_dir.filePath(QStringLiteral("delete.db"));
        auto writer = open(path, Database::Access::Create);
        QVERIFY(writer);
        QVERIFY(writer->exec(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);")));
        auto reader = open(path);
        QVERIFY(reader);
        {
            const ReadSnapshot snapshot(*reader);
            QVERIFY(snapshot.status());
            QVERIFY(!sqlite3_get_autocommit(reader->handle()));
            const Status blocked = writer->exec(QStringLiteral("INSERT INTO t VALUES (2)"));
            QVERIFY(!blocked);
            QCOMPARE(blocked.error().code, ExitCode::Busy);
            QCOMPARE(rows(*reader), 1);
        }
        QVERIFY(sqlite3_get_autocommit(reader->handle())); // ended
        QVERIFY(writer->exec(QStringLiteral("INSERT INTO t VALUES (2)")));
        QCOMPARE(rows(*reader), 2);
    }

    void aWalReaderKeepsSeeingItsSnapshot()
    {
        const QString path = m_dir.filePath(QStringLiteral("wal.db"));
        auto writer = open(path, Database::Access::Create);
        QVERIFY(writer);
        QVERIFY(writer->exec(
            QStringLiteral("PRAGMA journal_mode = WAL; CREATE TABLE t(x); INSERT INTO t VALUES (1);")));
        auto reader = open(path);
        QVERIFY(reader);
        {
            const ReadSnapshot snapshot(*reader);
            QVERIFY(snapshot.status());
            QVERIFY(writer->exec(QStringLiteral("INSERT INTO t VALUES (2)")));
            QCOMPARE(rows(*reader), 1);
        }
        QCOMPARE(rows(*reader), 2);
    }

    void aSnapshotThatCannotBeHadLeavesNoTransactionOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.db"));
        auto writer = open(path, Database::Access::Create);
        QVERIFY(writer);
        QVERIFY(writer->exec(QStringLiteral("CREATE TABLE t(x);")));
        auto reader = open(path);
        QVERIFY(reader);
        QVERIFY(writer->exec(QStringLiteral("BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);")));
        {
            const ReadSnapshot snapshot(*reader);
            QVERIFY(!snapshot.status());
            QCOMPARE(snapshot.status().error().code, ExitCode::Busy);
            QVERIFY(sqlite3_get_autocommit(reader->handle()));
        }
        QVERIFY(writer->exec(QStringLiteral("COMMIT")));
        const ReadSnapshot again(*reader);
        QVERIFY(again.status());
    }
};

QTEST_GUILESS_MAIN(TestReadSnapshot)
#include "TestReadSnapshot.moc"
