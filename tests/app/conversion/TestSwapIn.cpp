// swapInKeepingOriginal, the commit point of every conversion: the new file takes the original's
// name, owner and mode; the original stays complete under its kept name (the very same inode, by a
// hard link), its -wal moves with it and its -shm goes, so its log can never be applied to the new
// file. When a step fails, everything is as it was: the original, its -wal, no kept name.
#include "conversion/SwapIn.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace strongroom;

namespace {
QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

struct stat statOf(const QString &path)
{
    struct stat st{};
    ::stat(QFile::encodeName(path).constData(), &st);
    return st;
}
} // namespace

class TestSwapIn : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db, m_temp, m_kept;

private Q_SLOTS:
    void init()
    {
        const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(QDir().mkpath(folder));
        m_db = folder + QStringLiteral("/shop.db");
        m_temp = folder + QStringLiteral("/.strongroom-tmp-rekey-1-abc-shop.db");
        m_kept = folder + QStringLiteral("/shop.db.before-rekey-20261204-231500");
        write(m_db, "original");
        QVERIFY(::chmod(QFile::encodeName(m_db).constData(), 0640) == 0);
        write(m_temp, "converted");
        QVERIFY(::chmod(QFile::encodeName(m_temp).constData(), 0600) == 0);
    }

    void theNewFileTakesThePlaceAndTheModeAndTheOriginalIsKeptAsItWas()
    {
        const struct stat original = statOf(m_db);
        auto outcome = swapInKeepingOriginal(m_temp, m_db, m_kept);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
        QCOMPARE(outcome->keptOriginal, m_kept);
        QVERIFY(outcome->keptOriginalWal.isEmpty());
        QCOMPARE(contentOf(m_db), QByteArray("converted"));
        QCOMPARE(statOf(m_db).st_mode & 07777, mode_t(0640));
        QCOMPARE(contentOf(m_kept), QByteArray("original"));
        // The original was never copied: the kept name is the same inode, and it has one name again.
        QCOMPARE(statOf(m_kept).st_ino, original.st_ino);
        QCOMPARE(statOf(m_kept).st_nlink, nlink_t(1));
        QVERIFY(!QFile::exists(m_temp));
    }

    void theOriginalsLogGoesWithItAndItsSharedMemoryGoes()
    {
        write(m_db + QStringLiteral("-wal"), "frames of the original");
        write(m_db + QStringLiteral("-shm"), "index");
        auto outcome = swapInKeepingOriginal(m_temp, m_db, m_kept);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
        QCOMPARE(outcome->keptOriginalWal, m_kept + QStringLiteral("-wal"));
        QCOMPARE(contentOf(outcome->keptOriginalWal), QByteArray("frames of the original"));
        QVERIFY2(!QFile::exists(m_db + QStringLiteral("-wal")), "the new file must not meet the old log");
        QVERIFY(!QFile::exists(m_db + QStringLiteral("-shm")));
        QCOMPARE(contentOf(m_db), QByteArray("converted"));
    }

    void aTakenKeptNameChangesNothing()
    {
        write(m_kept, "someone else's file");
        auto outcome = swapInKeepingOriginal(m_temp, m_db, m_kept);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, ExitCode::Failure);
        QVERIFY2(outcome.error().message.contains(QStringLiteral("Nothing was changed")),
                 qPrintable(outcome.error().message));
        QCOMPARE(contentOf(m_db), QByteArray("original"));
        QCOMPARE(contentOf(m_kept), QByteArray("someone else's file"));
        QCOMPARE(contentOf(m_temp), QByteArray("converted"));
    }

    void aFailedRenameUndoesTheKeptNameAndMovesTheLogBack()
    {
        // A folder where the new file should be: rename(2) of a folder onto a file fails, after the
        // original got its second name and its -wal moved aside.
        QVERIFY(QFile::remove(m_temp));
        QVERIFY(QDir().mkdir(m_temp));
        write(m_db + QStringLiteral("-wal"), "frames of the original");
        auto outcome = swapInKeepingOriginal(m_temp, m_db, m_kept);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().message.contains(QStringLiteral("The original is unchanged")),
                 qPrintable(outcome.error().message));
        QCOMPARE(contentOf(m_db), QByteArray("original"));
        QCOMPARE(statOf(m_db).st_nlink, nlink_t(1));
        QCOMPARE(contentOf(m_db + QStringLiteral("-wal")), QByteArray("frames of the original"));
        QVERIFY(!QFile::exists(m_kept));
        QVERIFY(!QFile::exists(m_kept + QStringLiteral("-wal")));
        QDir(m_temp).removeRecursively();
    }

    void aMissingOriginalChangesNothing()
    {
        QVERIFY(QFile::remove(m_db));
        auto outcome = swapInKeepingOriginal(m_temp, m_db, m_kept);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().message.contains(QStringLiteral("Nothing was changed")),
                 qPrintable(outcome.error().message));
        QVERIFY(!QFile::exists(m_db));
        QVERIFY(!QFile::exists(m_kept));
        QCOMPARE(contentOf(m_temp), QByteArray("converted"));
    }
};

QTEST_GUILESS_MAIN(TestSwapIn)

#include "TestSwapIn.moc"
