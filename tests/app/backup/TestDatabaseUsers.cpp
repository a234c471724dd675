// DatabaseUsers, how a restore finds out that another program still holds the database it would
// replace. With the real `sqlcipher` shell as that program: a shell with the file open is found by
// its pid, a WAL connection and a writer in the middle of a transaction are seen by their locks,
// and once the shell has gone nobody is left; the message names the processes.
#include "../sqlcipher/DbFixtures.h"
#include "backup/DatabaseUsers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace strongroom;

namespace {
QByteArray commandOf(pid_t pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    return comm.open(QIODevice::ReadOnly) ? comm.readAll().trimmed() : QByteArray();
}
} // namespace

class TestDatabaseUsers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString database(const QByteArray &journalMode)
    {
        const QString path = m_dir.filePath(QStringLiteral("u%1.db").arg(++m_files));
        dbfixtures::makeWithShell(path, "PRAGMA key = 'pw';\nPRAGMA journal_mode = " + journalMode +
                                            ";\nCREATE TABLE t(x);\nINSERT INTO t VALUES (1);\n");
        return path;
    }

private Q_SLOTS:
    void aFileNobodyHoldsHasNoUsers()
    {
        const DatabaseUsers users = DatabaseUsers::of(database("delete"));
        QVERIFY(!users.any());
        QCOMPARE(users.describe(), QStringLiteral("nobody"));
        QVERIFY(!DatabaseUsers::of(m_dir.filePath(QStringLiteral("missing.db"))).any());
    }

    void aProgramWithTheFileOpenIsFoundByItsPid()
    {
        const QString path = database("delete");
        dbfixtures::HeldShell shell(path, "PRAGMA key = 'pw';\nSELECT count(*) FROM t;\n");
        const DatabaseUsers users = DatabaseUsers::of(path);
        QVERIFY(users.any());
        QCOMPARE(users.pids.size(), 1);
        QCOMPARE(commandOf(users.pids.first()), QByteArray("sqlcipher"));
        QVERIFY2(!users.locked, "an idle rollback-mode reader holds no lock");
        QCOMPARE(users.describe(), QStringLiteral("process(es) %1").arg(users.pids.first()));
        shell.finish();
        QVERIFY(!DatabaseUsers::of(path).any());
    }

    void aWriterInTheMiddleOfATransactionHoldsALock()
    {
        const QString path = database("delete");
        dbfixtures::HeldShell writer(path,
                                     "PRAGMA key = 'pw';\nBEGIN IMMEDIATE;\nINSERT INTO t VALUES (2);\n");
        const DatabaseUsers users = DatabaseUsers::of(path);
        QVERIFY(users.locked);
        QCOMPARE(users.pids.size(), 1);
        writer.finish();
        QVERIFY(!DatabaseUsers::of(path).any());
    }

    void anOpenWalConnectionHoldsItsSharedMemoryLock()
    {
        const QString path = database("wal");
        dbfixtures::HeldShell reader(path, "PRAGMA key = 'pw';\nSELECT count(*) FROM t;\n");
        QVERIFY(QFile::exists(path + QStringLiteral("-shm")));
        const DatabaseUsers users = DatabaseUsers::of(path);
        QVERIFY2(users.locked, "every open WAL connection holds the -shm's DMS byte");
        QVERIFY(!users.pids.isEmpty());
        reader.finish();
        QVERIFY(!DatabaseUsers::of(path).any());
    }

    void aLockWhoseHolderCannotBeSeenIsStillReported()
    {
        DatabaseUsers users;
        users.locked = true;
        QVERIFY(users.any());
        QCOMPARE(users.describe(), QStringLiteral("another process (it holds a lock)"));
        users.pids = {12, 345};
        QCOMPARE(users.describe(), QStringLiteral("process(es) 12, 345"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUsers)

#include "TestDatabaseUsers.moc"
