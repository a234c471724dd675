#include "DbFixtures.h"
#include "sqlcipher/WalFrames.h"

#include <QTemporaryDir>
#include <QTest>

using namespace strongroom;

// The committed frames of -wal files the `sqlcipher` shell left behind (killed before it could
// checkpoint): the database's size after the last commit and one frame per page, the newest; a
// frame whose checksum breaks ends the log there, as SQLite's recovery ends it.
class TestWalFrames : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // A WAL database with `commits` transactions only in its -wal, each adding a row of 3000 bytes.
    QString makeWal(const QString &name, int commits)
    {
        const QString path = m_dir.filePath(name);
        dbfixtures::makeWithShell(path,
                                  "PRAGMA key = 'w';\nPRAGMA kdf_iter = 4000;\nPRAGMA journal_mode = WAL;\n" +
                                      dbfixtures::content());
        QByteArray script = "PRAGMA key = 'w';\nPRAGMA kdf_iter = 4000;\nPRAGMA wal_autocheckpoint = 0;\n";
        for (int i = 0; i < commits; ++i)
            script += "INSERT INTO small(v) VALUES (randomblob(3000));\n";
        return runSqlCipherShellThenKill(path, script, 20000) ? path : QString();
    }

private Q_SLOTS:
    void committedFramesGiveTheNewestPageAndTheSize()
    {
        const QString path = makeWal(QStringLiteral("three.db"), 3);
        QVERIFY(!path.isEmpty());
        const qint64 filePages = QFileInfo(path).size() / 4096;
        const Result<WalFrames> frames = WalFrames::read(path + QStringLiteral("-wal"), 4096);
        QVERIFY(frames);
        // Each 3000-byte row needs a page of its own beyond the file's end.
        QVERIFY2(frames->databasePages >= filePages + 3, qPrintable(QString::number(frames->databasePages)));
        QVERIFY(frames->pageOffsets.contains(1));
        QVERIFY(frames->pageOffsets.contains(frames->databasePages));
        // Frames are 24 header bytes and a page, after a 32-byte header.
        for (const qint64 offset : frames->pageOffsets)
            QCOMPARE((offset - 32 - 24) % (24 + 4096), 0);
        // The shell reads the same size through the WAL.
        const ShellRun r =
            runSqlCipherShell(path, "PRAGMA key = 'w';\nPRAGMA kdf_iter = 4000;\nPRAGMA page_count;\n",
                              {QStringLiteral("-readonly")});
        QCOMPARE(r.out.trimmed().split('\n').last().toLongLong(), frames->databasePages);
    }

    void aBrokenFrameEndsTheLog()
    {
        const QString path = makeWal(QStringLiteral("broken.db"), 3);
        const QString wal = path + QStringLiteral("-wal");
        const Result<WalFrames> whole = WalFrames::read(wal, 4096);
        QVERIFY(whole && whole->databasePages > 0);
        // A byte of the last frame's page: its checksum fails, so its commit is not there.
        dbfixtures::flipByte(wal, QFileInfo(wal).size() - 100);
        const Result<WalFrames> broken = WalFrames::read(wal, 4096);
        QVERIFY(broken);
        QVERIFY(broken->databasePages < whole->databasePages);
        // A byte of the first frame: nothing is committed.
        dbfixtures::flipByte(wal, 32 + 24 + 100);
        const Result<WalFrames> none = WalFrames::read(wal, 4096);
        QVERIFY(none);
        QCOMPARE(none->databasePages, 0);
        QVERIFY(none->pageOffsets.isEmpty());
    }

    void noWalOrAnotherPageSizeHasNoFrames()
    {
        const Result<WalFrames> missing =
            WalFrames::read(m_dir.filePath(QStringLiteral("none.db-wal")), 4096);
        QVERIFY(missing && missing->pageOffsets.isEmpty());
        const QString path = makeWal(QStringLiteral("size.db"), 1);
        const Result<WalFrames> other = WalFrames::read(path + QStringLiteral("-wal"), 1024);
        QVERIFY(other && other->pageOffsets.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWalFrames)
#include "TestWalFrames.moc"
