// TreeCopier, the copy step of the mapped build, into a plain folder (the mapped build itself needs
// device-mapper; this is the part of it that runs anywhere). What is proven, on the same odd tree
// as TestMigrateDir (OddTree.h): the copy describes exactly like the original (types, modes, owners,
// nanosecond times, link counts, symlink targets, SHA-256, every xattr including the POSIX ACLs
// system.posix_acl_access and system.posix_acl_default, a name that is not UTF-8); hard links are
// one inode; the sparse file keeps its holes; a FIFO is copied; a copy into a folder that already
// holds an entry of the tree fails naming it; a cancel stops it; as root, another user's file keeps
// its owner and set-id bits, and as a normal user such a file is refused by name.
#include "OddTree.h"
#include "migration/SourceTree.h"
#include "migration/TreeCopier.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

using namespace strongroom;
using namespace strongroom::migration;
using namespace oddtree;

class TestTreeCopier : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_base;
    bool m_xattrs = false;
    bool m_acls = false;
    int m_counter = 0;

    QString fresh(const QString &name)
    {
        return m_base + QStringLiteral("/%1-%2").arg(name).arg(++m_counter);
    }

    Result<CopyResult> copy(const QString &from, const QString &to, const CopyOptions &options = {})
    {
        auto scan = scanSource(from, {});
        if (!scan)
            return scan.error();
        return copyTree(from, *scan, to, options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Beside the test program, where the build's file system (unlike an old tmpfs) takes user xattrs.
        const QStringList candidates{QDir::tempPath() + QStringLiteral("/copier-XXXXXX"),
                                     QCoreApplication::applicationDirPath() +
                                         QStringLiteral("/copier-XXXXXX")};
        for (const QString &candidate : candidates) {
            m_dir = std::make_unique<QTemporaryDir>(candidate);
            QVERIFY(m_dir->isValid());
            m_base = m_dir->path();
            m_xattrs = takesUserXattrs(m_base);
            m_acls = takesAcls(m_base);
            if (m_xattrs && m_acls)
                break;
        }
        if (!m_xattrs)
            qWarning("Not run: no folder here takes user.* xattrs; the tree is copied without them.");
        if (!m_acls)
            qWarning("Not run: no folder here takes POSIX ACLs; the tree is copied without them.");
    }

    void cleanupTestCase()
    {
        // QDir::removeRecursively cannot name a file whose name is not UTF-8; rm can.
        QProcess::execute(QStringLiteral("rm"), {QStringLiteral("-rf"), m_base});
    }

    void copiesTheOddTreeExactly()
    {
        const QString source = makeTree(fresh(QStringLiteral("source")), m_xattrs, m_acls);
        const QByteArray s = QFile::encodeName(source);
        QVERIFY(::mkfifo(QByteArray(s + "/pipe").constData(), 0620) == 0);
        const QStringList before = describeTree(source);
        const QString target = fresh(QStringLiteral("target"));
        QVERIFY(QDir().mkpath(target));

        auto copied = copy(source, target);
        QVERIFY2(copied, qPrintable(copied.error().message));
        COMPARE_TREES(describeTree(target), before);
        COMPARE_TREES(describeTree(source), before); // the source untouched, its times too
        QCOMPARE(copied->hardLinks, 1);
        QCOMPARE(copied->symlinks, 2);
        QCOMPARE(copied->specials, 1);
        if (m_acls) {
            QVERIFY(before.filter(QStringLiteral("system.posix_acl_access=")).size() == 1);
            QVERIFY(before.filter(QStringLiteral("system.posix_acl_default=")).size() == 1);
        }
        // The target's root took the source's mode and times.
        struct stat from{}, to{};
        QCOMPARE(::stat(s.constData(), &from), 0);
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &to), 0);
        QCOMPARE(to.st_mode, from.st_mode);
        QCOMPARE(to.st_mtim.tv_nsec, from.st_mtim.tv_nsec);
        // One inode for the hard-linked pair; the sparse file's holes kept.
        const QByteArray t = QFile::encodeName(target);
        struct stat a{}, b{}, sparse{};
        QCOMPARE(::lstat(QByteArray(t + "/hard-a").constData(), &a), 0);
        QCOMPARE(::lstat(QByteArray(t + "/sub/hard-b").constData(), &b), 0);
        QCOMPARE(a.st_ino, b.st_ino);
        QCOMPARE(::lstat(QByteArray(t + "/sparse.bin").constData(), &sparse), 0);
        QCOMPARE(sparse.st_size, qint64(8 * 1024 * 1024));
        QVERIFY2(sparse.st_blocks * 512 < 1024 * 1024,
                 qPrintable(QStringLiteral("%1 bytes allocated").arg(sparse.st_blocks * 512)));
        // The name that is not UTF-8 is there byte for byte.
        QCOMPARE(::access(QByteArray(t + "/latin1-\xe9.txt").constData(), F_OK), 0);
    }

    void anEntryAlreadyThereEndsTheCopyNamingIt()
    {
        const QString source = makeTree(fresh(QStringLiteral("source")), false, false);
        const QString target = fresh(QStringLiteral("target"));
        QVERIFY(QDir().mkpath(target));
        QVERIFY(writeBytes(QFile::encodeName(target + QStringLiteral("/plain.txt")), "mine"));
        auto copied = copy(source, target);
        QVERIFY(!copied);
        QVERIFY2(copied.error().message.contains(QStringLiteral("plain.txt")),
                 qPrintable(copied.error().message));
        QFile kept(target + QStringLiteral("/plain.txt"));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("mine"));
    }

    void cancelStopsTheCopy()
    {
        const QString source = makeTree(fresh(QStringLiteral("source")), false, false);
        const QString target = fresh(QStringLiteral("target"));
        QVERIFY(QDir().mkpath(target));
        bool stop = false;
        CopyOptions options;
        options.progress = WorkProgress(WorkProgress::Hooks{
            [&stop](qint64 bytes, qint64) { stop = bytes > 0; }, [&stop] { return stop; }, {}, {}});
        auto copied = copy(source, target, options);
        QVERIFY(copied.cancelled());
    }

    void ownersAndSetIdBitsAsRootOtherwiseRefused()
    {
        const QString source = fresh(QStringLiteral("owned"));
        QVERIFY(QDir().mkpath(source));
        const QByteArray file = QFile::encodeName(source + QStringLiteral("/theirs"));
        QVERIFY(writeBytes(file, "someone else's"));
        const QString target = fresh(QStringLiteral("target"));
        QVERIFY(QDir().mkpath(target));
        if (::geteuid() != 0) {
            // A normal user cannot make a file of another's here, but a file of another's elsewhere
            // (/etc/passwd's folder is root's) shows the refusal: /etc itself is not copied.
            qWarning(
                "Not run: copying another user's file keeping its owner needs root; this runs as uid %u. "
                "Checked instead: a tree holding root's file is refused by name.",
                unsigned(::geteuid()));
            SourceScan scan;
            SourceEntry entry;
            entry.path = "passwd";
            QCOMPARE(::lstat("/etc/passwd", &entry.st), 0);
            SourceEntry top;
            QCOMPARE(::lstat("/etc", &top.st), 0);
            scan.entries = {top, entry};
            auto copied = copyTree(QStringLiteral("/etc"), scan, target, {});
            QVERIFY(!copied);
            QVERIFY2(copied.error().message.contains(QStringLiteral("/etc")),
                     qPrintable(copied.error().message));
            return;
        }
        QCOMPARE(::chown(file.constData(), 12345, 23456), 0);
        QCOMPARE(::chmod(file.constData(), 04750), 0);
        const QStringList before = describeTree(source);
        auto copied = copy(source, target);
        QVERIFY2(copied, qPrintable(copied.error().message));
        COMPARE_TREES(describeTree(target), before);
        QVERIFY(before.first().contains(QStringLiteral("owner=12345:23456")));
        QVERIFY(before.first().contains(QStringLiteral("mode=4750")));
    }
};

QTEST_GUILESS_MAIN(TestTreeCopier)
#include "TestTreeCopier.moc"
