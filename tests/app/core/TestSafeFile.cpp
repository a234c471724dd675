#include "core/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace strongroom;

namespace {

int modeOf(const QString &path)
{
    struct stat st{};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

// Runs with the widest umask, so that what is private is private by the code, not by the umask.
class WideUmask
{
public:
    WideUmask() : m_old(::umask(0)) {}
    ~WideUmask() { ::umask(m_old); }

private:
    mode_t m_old;
};

} // namespace

// The privacy half of the crash-safety protocol: files created 0600 with O_EXCL (never through an
// existing name or symlink), folders 0700, a replacement takes the original's mode, a new file is
// never renamed over an existing one. All with umask 0, as a library caller might have it.
class TestSafeFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCreatedFileIs0600AndNeverAnExistingOne()
    {
        WideUmask wide;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        QVERIFY(safefile::createPrivateFile(path).ok());
        QCOMPARE(modeOf(path), 0600);
        QVERIFY(!safefile::createPrivateFile(path).ok());
        // A symlink planted under the name is not followed.
        const QString target = dir.filePath(QStringLiteral("elsewhere"));
        const QString link = dir.filePath(QStringLiteral("planted"));
        QVERIFY(QFile::link(target, link));
        QVERIFY(!safefile::createPrivateFile(link).ok());
        QVERIFY(!QFile::exists(target));
    }

    void foldersAreMade0700WithTheirParents()
    {
        WideUmask wide;
        QTemporaryDir dir;
        const QString deep = dir.filePath(QStringLiteral("a/b/c"));
        QVERIFY(safefile::makePrivateFolder(deep).ok());
        for (const char *folder : {"a", "a/b", "a/b/c"})
            QCOMPARE(modeOf(dir.filePath(QLatin1String(folder))), 0700);
        // An existing folder is left as it is.
        QVERIFY(QFile::setPermissions(deep, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadGroup | QFile::ExeGroup));
        QVERIFY(safefile::makePrivateFolder(deep).ok());
        QCOMPARE(modeOf(deep), 0750);
    }

    void aSmallFileWrittenAtomicallyIs0600OrKeepsTheModeItReplaces_data()
    {
        QTest::addColumn<int>("existingMode"); // -1: no file there before
        QTest::addColumn<int>("expected");
        QTest::newRow("new file") << -1 << 0600;
        QTest::newRow("replacing 0600") << 0600 << 0600;
        QTest::newRow("replacing 0640") << 0640 << 0640;
        QTest::newRow("replacing 0644") << 0644 << 0644;
        QTest::newRow("replacing 04755 drops the set-id bit") << 04755 << 0755;
    }

    void aSmallFileWrittenAtomicallyIs0600OrKeepsTheModeItReplaces()
    {
        QFETCH(int, existingMode);
        QFETCH(int, expected);
        WideUmask wide;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.json"));
        if (existingMode >= 0) {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
            old.close();
            QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(existingMode)), 0);
        }
        QVERIFY(
            safefile::writeFileAtomically(path, "new", QStringLiteral("catalog"), QStringLiteral("catalog"))
                .ok());
        QCOMPARE(contentOf(path), QByteArray("new"));
        QCOMPARE(modeOf(path), expected);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("catalog.json")});
    }

    void aReplacementTakesTheOriginalsOwnerGroupAndMode()
    {
        if (::geteuid() != 0)
            QSKIP("giving a file to another user needs root");
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("live.db"));
        const QString replacement = dir.filePath(QStringLiteral("new.db"));
        QVERIFY(safefile::createPrivateFile(original).ok());
        QVERIFY(safefile::createPrivateFile(replacement).ok());
        QCOMPARE(::chown(QFile::encodeName(original).constData(), 65534, 65534), 0);
        QCOMPARE(::chmod(QFile::encodeName(original).constData(), 0640), 0);
        QVERIFY(safefile::copyOwnershipAndMode(original, replacement).ok());
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(replacement).constData(), &st), 0);
        QCOMPARE(st.st_uid, uid_t(65534));
        QCOMPARE(st.st_gid, gid_t(65534));
        QCOMPARE(int(st.st_mode & 07777), 0640);
    }

    void aNewFileNeverReplacesAnExistingOne()
    {
        QTemporaryDir dir;
        const QString temp = dir.filePath(QStringLiteral(".strongroom-tmp-backup-1-x-b.db"));
        const QString target = dir.filePath(QStringLiteral("b.db"));
        QVERIFY(safefile::createPrivateFile(temp).ok());
        QFile existing(target);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("someone else's");
        existing.close();
        const Status placed = safefile::placeNew(temp, target);
        QVERIFY(!placed.ok());
        QVERIFY(placed.error().message.contains(QStringLiteral("already exists")));
        QCOMPARE(contentOf(target), QByteArray("someone else's"));
        QVERIFY(QFile::exists(temp));
        QVERIFY(QFile::remove(target));
        QVERIFY(safefile::placeNew(temp, target).ok());
        QVERIFY(!QFile::exists(temp));
        QCOMPARE(modeOf(target), 0600);
    }

    void anOriginalIsKeptByASecondNameWhereTheFileSystemCanLink()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("shop.db"));
        QVERIFY(safefile::writeFileAtomically(original, "rows", QStringLiteral("test"), QStringLiteral("db"))
                    .ok());
        const QString kept = safefile::keptOriginalPath(original, QStringLiteral("rekey"));
        QCOMPARE(safefile::linkOriginal(original, kept), safefile::LinkOutcome::Linked);
        struct stat a{}, b{};
        QCOMPARE(::stat(QFile::encodeName(original).constData(), &a), 0);
        QCOMPARE(::stat(QFile::encodeName(kept).constData(), &b), 0);
        QCOMPARE(a.st_ino, b.st_ino); // the same file, not a copy
        // A name that exists already is an error, not "cannot link here".
        QCOMPARE(safefile::linkOriginal(original, kept), safefile::LinkOutcome::Failed);
        QCOMPARE(safefile::linkOriginal(dir.filePath(QStringLiteral("missing.db")),
                                        dir.filePath(QStringLiteral("other"))),
                 safefile::LinkOutcome::Failed);
    }

    void anotherFileSystemIsReportedAsNoLinkHere()
    {
        QTemporaryDir dir;
        QTemporaryDir shm(QStringLiteral("/dev/shm/safefile-XXXXXX"));
        if (!shm.isValid())
            QSKIP("/dev/shm is not writable here: a link across file systems is not tested.");
        const QString original = dir.filePath(QStringLiteral("shop.db"));
        QVERIFY(safefile::writeFileAtomically(original, "rows", QStringLiteral("test"), QStringLiteral("db"))
                    .ok());
        QCOMPARE(safefile::linkOriginal(original, shm.filePath(QStringLiteral("shop.db"))),
                 safefile::LinkOutcome::NotHere);
    }
};

QTEST_GUILESS_MAIN(TestSafeFile)
#include "TestSafeFile.moc"
