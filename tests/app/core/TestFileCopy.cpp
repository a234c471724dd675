#include "core/FileCopy.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <unistd.h>

using namespace strongroom;

// The one range copy: the bytes arrive where asked, on one file system (the kernel's copy) and across
// two (tmpfs to the build folder, where the kernel refuses and the buffered copy takes over), and a
// source shorter than asked is reported as such, not as an error.
class TestFileCopy : public QObject
{
    Q_OBJECT

private:
    static QByteArray randomBytes(qsizetype n)
    {
        QByteArray bytes(n, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), n / 4);
        return bytes;
    }

    static int openFile(const QString &path, int flags)
    {
        return ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC, 0600);
    }

    static QString folderOf(const QString &where, QTemporaryDir &dir)
    {
        return where == QLatin1String("tmpfs") ? QStringLiteral("/dev/shm") : dir.path();
    }

private slots:
    void copiesTheRangeToThePlaceAsked_data()
    {
        QTest::addColumn<QString>("sourceOn");
        QTest::addColumn<qint64>("fromOffset");
        QTest::addColumn<qint64>("toOffset");
        QTest::addColumn<qint64>("size");
        QTest::newRow("same file system, whole file, appended")
            << "disk" << qint64(0) << qint64(-1) << qint64(9 << 20);
        QTest::newRow("same file system, middle, at an offset")
            << "disk" << qint64(4093) << qint64(12345) << qint64(100000);
        QTest::newRow("tmpfs to disk, whole file, appended")
            << "tmpfs" << qint64(0) << qint64(-1) << qint64(9 << 20);
        QTest::newRow("tmpfs to disk, middle, at an offset")
            << "tmpfs" << qint64(7) << qint64(4096) << qint64(5 << 20);
    }

    void copiesTheRangeToThePlaceAsked()
    {
        QFETCH(QString, sourceOn);
        QFETCH(qint64, fromOffset);
        QFETCH(qint64, toOffset);
        QFETCH(qint64, size);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        if (sourceOn == QLatin1String("tmpfs") && !QFileInfo(QStringLiteral("/dev/shm")).isWritable())
            QSKIP("/dev/shm is not writable here: the copy across file systems is not tested.");
        QTemporaryDir sourceDir(folderOf(sourceOn, dir) + QStringLiteral("/filecopy-XXXXXX"));
        QVERIFY(sourceDir.isValid());
        const QByteArray bytes = randomBytes(fromOffset + size + 1000);
        const QString sourcePath = sourceDir.filePath(QStringLiteral("source"));
        {
            QFile f(sourcePath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(bytes), bytes.size());
        }
        const QByteArray prefix("already here");
        const QString targetPath = dir.filePath(QStringLiteral("target"));
        {
            QFile f(targetPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(prefix), prefix.size());
        }
        const int from = openFile(sourcePath, O_RDONLY);
        const int to = openFile(targetPath, O_WRONLY);
        QVERIFY(from >= 0 && to >= 0);
        QCOMPARE(::lseek(to, 0, SEEK_END), off_t(prefix.size()));
        QCOMPARE(filecopy::copyRange(from, fromOffset, to, toOffset, size), size);
        // The source's position did not move; the target's moved only when appending.
        QCOMPARE(::lseek(from, 0, SEEK_CUR), off_t(0));
        QCOMPARE(::lseek(to, 0, SEEK_CUR), off_t(toOffset < 0 ? prefix.size() + size : prefix.size()));
        ::close(from);
        ::close(to);

        QFile result(targetPath);
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QByteArray written = result.readAll();
        const qint64 at = toOffset < 0 ? prefix.size() : toOffset;
        QCOMPARE(written.size(), at + size);
        QVERIFY(written.startsWith(prefix));
        QVERIFY(written.mid(at, size) == bytes.mid(fromOffset, size));
    }

    void aSourceThatEndsEarlyGivesTheBytesItHad()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray bytes = randomBytes(10000);
        QFile source(dir.filePath(QStringLiteral("source")));
        QVERIFY(source.open(QIODevice::WriteOnly));
        QCOMPARE(source.write(bytes), bytes.size());
        source.close();
        const int from = openFile(source.fileName(), O_RDONLY);
        const int to = openFile(dir.filePath(QStringLiteral("target")), O_WRONLY | O_CREAT);
        QVERIFY(from >= 0 && to >= 0);
        QCOMPARE(filecopy::copyRange(from, 4000, to, -1, 1 << 20), qint64(6000));
        ::close(from);
        ::close(to);
    }

    void aBadDescriptorIsAnError()
    {
        errno = 0;
        QCOMPARE(filecopy::copyRange(-1, 0, -1, -1, 10), qint64(-1));
        QCOMPARE(errno, EBADF);
    }
};

QTEST_GUILESS_MAIN(TestFileCopy)
#include "TestFileCopy.moc"
