// SourceLock, which holds the original still from the conversion's first read to its swap. Proven
// against the real `sqlcipher` shell as the other program: while the lock is held the shell cannot
// commit a write, and can again once it is released; a writer already at work makes acquire() Busy
// (5) up front; the lock never folds the original's -wal into it; a file on a read-only file system
// is still read, under a read transaction, and says it holds no write lock.
#include "../sqlcipher/DbFixtures.h"
#include "ConversionFixtures.h"
#include "conversion/SourceLock.h"
#include "sqlcipher/Database.h"
#include "support/TmpfsMount.h"

#include <QTemporaryDir>
#include <QtCrypto>
#include <unistd.h>

using namespace strongroom;

namespace {
const QByteArray kKey = fixtures::kRawKey;

// What another program sees when it tries to commit a row: the shell's exit code and messages.
ShellRun writeWithShell(const QString &path)
{
    return runSqlCipherShell(path, fixtures::keyPragmas(kKey) +
                                       "PRAGMA busy_timeout = 0;\n"
                                       "INSERT INTO small(v) VALUES ('intruder');\n");
}

QByteArray intruders(const QString &path)
{
    const ShellRun r = runSqlCipherShell(path, fixtures::keyPragmas(kKey) +
                                                   "SELECT count(*) FROM small WHERE v = 'intruder';\n");
    return r.exitCode == 0 ? r.out.trimmed().split('\n').last() : "error: " + r.err;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestSourceLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    KeyMaterial m_key{QCA::SecureArray(kKey)};
    int m_files = 0;

    QString encryptedDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("s%1.db").arg(++m_files));
        dbfixtures::makeWithShell(path, fixtures::keyPragmas(kKey) + dbfixtures::content());
        return path;
    }

private Q_SLOTS:
    void noOtherProgramCommitsWhileTheLockIsHeld()
    {
        const QString path = encryptedDatabase();
        {
            auto lock = SourceLock::acquire(path, &m_key, CipherSettings::sqlcipher4());
            QVERIFY2(lock.ok(), qPrintable(lock.error().message));
            QVERIFY((*lock)->holdsWriteLock());
            // Reads through the lock's connection work.
            QCOMPARE((*lock)->database().scalar(QStringLiteral("SELECT count(*) FROM big")).toInt(), 600);

            const ShellRun blocked = writeWithShell(path);
            QVERIFY2(blocked.exitCode != 0, "the shell wrote while the lock was held");
            QVERIFY2(blocked.err.contains("locked"), blocked.err.constData());
        }
        QCOMPARE(intruders(path), QByteArray("0"));
        const ShellRun after = writeWithShell(path);
        QVERIFY2(after.exitCode == 0, after.err.constData());
        QCOMPARE(intruders(path), QByteArray("1"));
    }

    void aWriterAtWorkMakesItBusy()
    {
        const QString path = encryptedDatabase();
        dbfixtures::HeldShell writer(path,
                                     fixtures::keyPragmas(kKey) +
                                         "BEGIN IMMEDIATE;\nINSERT INTO small(v) VALUES ('pending');\n");
        auto lock = SourceLock::acquire(path, &m_key, CipherSettings::sqlcipher4());
        QVERIFY(!lock.ok());
        QCOMPARE(lock.error().code, ExitCode::Busy);
        QCOMPARE(lock.error().kindName(), QStringLiteral("locked"));
        QVERIFY2(lock.error().message.startsWith(path), qPrintable(lock.error().message));
    }

    void aWrongKeyIsRefused()
    {
        const QString path = encryptedDatabase();
        const KeyMaterial wrong(QCA::SecureArray(QByteArray("not the key")));
        auto lock = SourceLock::acquire(path, &wrong, CipherSettings::sqlcipher4());
        QVERIFY(!lock.ok());
        QCOMPARE(lock.error().code, ExitCode::WrongKey);
    }

    void releasingTheLockLeavesTheOriginalsLogAlone()
    {
        // A WAL database with committed frames not yet checkpointed, copied while its writer is open.
        const QString live = m_dir.filePath(QStringLiteral("live.db"));
        const QString path = m_dir.filePath(QStringLiteral("wal.db"));
        {
            dbfixtures::HeldShell writer(live,
                                         fixtures::keyPragmas(kKey) +
                                             "PRAGMA journal_mode = WAL;\nPRAGMA wal_autocheckpoint = 0;\n" +
                                             dbfixtures::content());
            for (const char *suffix : {"", "-wal", "-shm"})
                QVERIFY(QFile::copy(live + QLatin1String(suffix), path + QLatin1String(suffix)));
            writer.finish();
        }
        const QByteArray walBefore = bytesOf(path + QStringLiteral("-wal"));
        const QByteArray mainBefore = bytesOf(path);
        QVERIFY(!walBefore.isEmpty());
        {
            auto lock = SourceLock::acquire(path, &m_key, CipherSettings::sqlcipher4());
            QVERIFY2(lock.ok(), qPrintable(lock.error().message));
            QCOMPARE((*lock)->database().scalar(QStringLiteral("SELECT count(*) FROM small")).toInt(), 3);
        }
        QCOMPARE(bytesOf(path + QStringLiteral("-wal")), walBefore);
        QCOMPARE(bytesOf(path), mainBefore);
    }

    void aFileThatCannotBeWrittenIsHeldByAReadTransaction()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a read-only tmpfs needs root; not run: the read-only fallback of SourceLock");
        TmpfsMount fs(QStringLiteral("4m"));
        if (!fs.ok())
            QSKIP("mount -t tmpfs failed (no private mount namespace?); not run: the read-only fallback");
        const QString path = fs.filePath(QStringLiteral("ro.db"));
        dbfixtures::makeWithShell(path, fixtures::keyPragmas(kKey) + dbfixtures::content());
        QVERIFY(fs.remountReadOnly());
        auto lock = SourceLock::acquire(path, &m_key, CipherSettings::sqlcipher4());
        QVERIFY2(lock.ok(), qPrintable(lock.error().message));
        QVERIFY(!(*lock)->holdsWriteLock());
        QCOMPARE((*lock)->database().scalar(QStringLiteral("SELECT count(*) FROM child")).toInt(), 2);
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    TestSourceLock test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSourceLock.moc"
