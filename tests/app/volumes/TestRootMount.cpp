// The in-process mount strongroom-cli uses as root without udisks2 (volumes/RootMount.h): it refuses
// a mount point with a symbolic link anywhere on its path, a folder that is not empty and a relative
// path; it reads the file system type from the device (mke2fs made it); and it mounts with exactly
// nosuid,nodev,noexec, checked in /proc/self/mountinfo on a real loop device where the test runs as
// root (loop devices and mounts need it; it says so when it cannot).
#include "volumes/RootMount.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/mount.h>
#include <unistd.h>

using namespace strongroom;

namespace {
bool run(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s %s failed: %s", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))),
                 p.readAllStandardError().constData());
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput().trimmed();
    return true;
}

bool makeExt4(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.resize(16 * 1024 * 1024) && (file.close(), true) &&
           run(QStringLiteral("mke2fs"), {QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral("-t"),
                                          QStringLiteral("ext4"), path});
}

// The options field of the mountinfo line for `folder`, or empty.
QByteArray mountOptionsOf(const QString &folder)
{
    QFile info(QStringLiteral("/proc/self/mountinfo"));
    if (!info.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : info.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() > 5 && fields[4] == QFile::encodeName(folder))
            return fields[5];
    }
    return {};
}
} // namespace

class TestRootMount : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        // Paths below use the canonical folder: the temporary folder may itself sit below a link.
        QVERIFY(m_dir.isValid());
    }

    void mountOptionsAreExactlyNosuidNodevNoexec()
    {
        QCOMPARE(rootmount::mountFlags(false), static_cast<unsigned long>(MS_NOSUID | MS_NODEV | MS_NOEXEC));
        QCOMPARE(rootmount::mountFlags(true),
                 static_cast<unsigned long>(MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RDONLY));
        QCOMPARE(rootmount::mountOptionsText(false), QStringLiteral("nosuid,nodev,noexec"));
        QCOMPARE(rootmount::mountOptionsText(true), QStringLiteral("nosuid,nodev,noexec,ro"));
    }

    void anEmptyRealFolderIsAccepted()
    {
        const QString base = QDir(m_dir.path()).canonicalPath();
        QVERIFY(QDir().mkpath(base + QStringLiteral("/empty")));
        auto folder = rootmount::openEmptyMountPoint(base + QStringLiteral("/empty"));
        QVERIFY2(folder.ok(), qPrintable(folder.error().message));
        QVERIFY(folder->get() >= 0);
    }

    void aSymbolicLinkOnThePathIsRefused_data()
    {
        QTest::addColumn<QString>("mountPoint");
        QTest::newRow("the folder itself") << QStringLiteral("link-to-empty");
        QTest::newRow("a folder above it") << QStringLiteral("link-to-parent/empty");
        QTest::newRow("a link to /etc's parent") << QStringLiteral("link-to-root/etc");
    }
    void aSymbolicLinkOnThePathIsRefused()
    {
        QFETCH(QString, mountPoint);
        const QString base = QDir(m_dir.path()).canonicalPath();
        QDir().mkpath(base + QStringLiteral("/parent/empty"));
        QFile::link(base + QStringLiteral("/parent/empty"), base + QStringLiteral("/link-to-empty"));
        QFile::link(base + QStringLiteral("/parent"), base + QStringLiteral("/link-to-parent"));
        QFile::link(QStringLiteral("/"), base + QStringLiteral("/link-to-root"));
        auto folder = rootmount::openEmptyMountPoint(base + QLatin1Char('/') + mountPoint);
        QVERIFY(!folder.ok());
        QCOMPARE(folder.error().kindName(), QStringLiteral("symlink"));
        QVERIFY2(folder.error().message.contains(QStringLiteral("symbolic link")),
                 qPrintable(folder.error().message));
    }

    void aFolderThatIsNotEmptyIsRefused_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::newRow("a file") << QStringLiteral("notes.txt");
        QTest::newRow("a hidden file") << QStringLiteral(".hidden");
    }
    void aFolderThatIsNotEmptyIsRefused()
    {
        QFETCH(QString, entry);
        const QString folderPath = QDir(m_dir.path()).canonicalPath() + QStringLiteral("/full-") + entry;
        QVERIFY(QDir().mkpath(folderPath));
        QFile file(folderPath + QLatin1Char('/') + entry);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto folder = rootmount::openEmptyMountPoint(folderPath);
        QVERIFY(!folder.ok());
        QCOMPARE(folder.error().kindName(), QStringLiteral("not-empty"));
        // /etc is the case the issue is about: never hidden by a mount.
        auto etc = rootmount::openEmptyMountPoint(QStringLiteral("/etc"));
        QVERIFY(!etc.ok());
        QCOMPARE(etc.error().kindName(), QStringLiteral("not-empty"));
    }

    void aRelativePathOrAFileIsRefused()
    {
        auto relative = rootmount::openEmptyMountPoint(QStringLiteral("media/x"));
        QVERIFY(!relative.ok());
        QCOMPARE(relative.error().code, ExitCode::Usage);
        const QString file = QDir(m_dir.path()).canonicalPath() + QStringLiteral("/plain-file");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto notFolder = rootmount::openEmptyMountPoint(file);
        QVERIFY(!notFolder.ok());
        QVERIFY2(notFolder.error().message.contains(QStringLiteral("not a folder")),
                 qPrintable(notFolder.error().message));
    }

    void theFileSystemTypeComesFromTheSuperblock()
    {
        const QString image = path(QStringLiteral("fs.img"));
        QVERIFY(makeExt4(image));
        auto type = rootmount::fileSystemType(image);
        QVERIFY2(type.ok(), qPrintable(type.error().message));
        QCOMPARE(*type, QStringLiteral("ext4"));

        QFile zeros(path(QStringLiteral("zeros.img")));
        QVERIFY(zeros.open(QIODevice::WriteOnly));
        QVERIFY(zeros.resize(4 * 1024 * 1024));
        zeros.close();
        auto none = rootmount::fileSystemType(zeros.fileName());
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ExitCode::Unsupported);
    }

    void mountsThroughTheDescriptorWithNosuidNodevNoexec()
    {
        if (::geteuid() != 0)
            QSKIP("not run: mounting a loop device needs root (run the tests as root, as ./dev.sh does)");
        if (!QFile::exists(QStringLiteral("/dev/loop-control")))
            QSKIP("not run: this machine has no loop devices (/dev/loop-control is missing)");
        const QString image = path(QStringLiteral("mount.img"));
        QVERIFY(makeExt4(image));
        QByteArray loop;
        QVERIFY(
            run(QStringLiteral("losetup"), {QStringLiteral("-f"), QStringLiteral("--show"), image}, &loop));
        const QString device = QString::fromLocal8Bit(loop);
        const QString target = QDir(m_dir.path()).canonicalPath() + QStringLiteral("/target");
        // Loop devices belong to the whole machine: unmounted and detached whatever happens below.
        const auto detach = qScopeGuard([device, target] {
            ::umount2(QFile::encodeName(target).constData(), MNT_DETACH);
            run(QStringLiteral("losetup"), {QStringLiteral("-d"), device});
        });
        QVERIFY(QDir().mkpath(target));
        auto folder = rootmount::openEmptyMountPoint(target);
        QVERIFY2(folder.ok(), qPrintable(folder.error().message));
        const Status mounted = rootmount::mountOn(device, *folder, target, false);
        QVERIFY2(mounted.ok(), qPrintable(mounted.error().message));
        const QByteArray options = mountOptionsOf(target);
        const QList<QByteArray> flags = options.split(',');
        QVERIFY2(flags.contains("nosuid") && flags.contains("nodev") && flags.contains("noexec"),
                 options.constData());
        QVERIFY(flags.contains("rw"));
        // A second mount on the now non-empty folder is refused before mount(2).
        QVERIFY(QDir(target)
                    .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
                    .contains(QStringLiteral("lost+found")));
        QCOMPARE(rootmount::openEmptyMountPoint(target).error().kindName(), QStringLiteral("not-empty"));
        auto unmounted = rootmount::unmountDevice(device);
        QVERIFY2(unmounted.ok(), qPrintable(unmounted.error().message));
        QCOMPARE(*unmounted, QStringList{target});
        QVERIFY(mountOptionsOf(target).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRootMount)
#include "TestRootMount.moc"
