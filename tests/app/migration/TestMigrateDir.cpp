// `volume migrate-dir` moves a folder into a new LUKS2 image and proves the copy, all without
// device-mapper. Each case runs the real strongroom-cli; what is proven:
// - a tree with hard links, symlinks, a sparse file, xattrs, odd names (a newline, UTF-8, a byte
//   that is not UTF-8), deep folders and nanosecond times is verified, switched over (the original
//   kept byte for byte under FOLDER.before-migration-*, an empty mount point with its mode left) and
//   rolled back to the identical tree; the image opens with the operational and the recovery key;
// - a tampered image (one encrypted sector of a file flipped) ends with exit 4 naming the file;
// - kill -9 at each step (the STRONGROOM_TEST_CRASH_POINT hook), then the same command again
//   finishes, or --rollback puts the folder back, with nothing lost;
// - a real PostgreSQL 17 data directory: refused with exit 5 and how to stop the server while it
//   runs (its exact row counts recorded), migrated and verified once stopped; starting the server on
//   the volume needs it mounted, which this test cannot do (printed): the start command and the
//   exact comparison (--check-postgres) run against the original folder after the rollback, equal
//   (exit 0) and then one row more (exit 4).
#include "OddTree.h"
#include "app/volumes/LuksFixtures.h"
#include "core/KernelFeatures.h"
#include "support/PostgresServer.h"
#include "uservolume/DecryptedImage.h"
#include "uservolume/ExtFileSystem.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

using namespace strongroom;
using namespace oddtree;

namespace {

const QByteArray kSecret = "migration passphrase";

QString keptOriginal(const QString &folder)
{
    const QFileInfo info(folder);
    const QStringList kept = info.dir().entryList({info.fileName() + QStringLiteral(".before-migration-*")},
                                                  QDir::Dirs | QDir::NoDotAndDotDot);
    return kept.size() == 1 ? info.dir().filePath(kept.first()) : QString();
}

QJsonObject journalOf(const QString &image)
{
    QFile f(image + QStringLiteral(".migration.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestMigrateDir : public QObject
{
    Q_OBJECT

    QCA::Initializer m_qca;
    LuksFixtures m_fx;
    QString m_base; // where trees are made: a folder whose file system takes user xattrs when one exists
    std::unique_ptr<QTemporaryDir> m_xattrDir;
    bool m_xattrs = false;
    bool m_acls = false;
    int m_counter = 0;

    // The user-space build unless a case asks for another: the kill points and the checks below are
    // that path's, whatever this machine would choose.
    QStringList migrateArgs(const QString &folder, const QString &image, const QStringList &extra = {})
    {
        QStringList args{QStringLiteral("volume"),
                         QStringLiteral("migrate-dir"),
                         folder,
                         QStringLiteral("--image"),
                         image,
                         QStringLiteral("--key-file"),
                         m_fx.keyFile(kSecret),
                         QStringLiteral("--pbkdf"),
                         QStringLiteral("pbkdf2"),
                         QStringLiteral("--pbkdf-iterations"),
                         QStringLiteral("1000")};
        if (!extra.contains(QStringLiteral("--build")))
            args << QStringLiteral("--build") << QStringLiteral("user-space");
        return args + extra;
    }

    CliRun run(const QStringList &args, const QString &crashPoint = {})
    {
        QProcessEnvironment env = m_fx.env;
        if (!crashPoint.isEmpty())
            env.insert(QStringLiteral("STRONGROOM_TEST_CRASH_POINT"), crashPoint);
        return runCli(args, {}, env, 300000);
    }

    // A fresh folder with every kind of entry the migration must carry (OddTree.h).
    QString makeTree()
    {
        return oddtree::makeTree(m_base + QStringLiteral("/tree%1").arg(++m_counter), m_xattrs, m_acls);
    }

    QString image(const QString &name) { return m_fx.path(name + QStringLiteral(".img")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fx.dir.isValid());
        const QString mke2fs = QFileInfo::exists(QStringLiteral("/usr/sbin/mke2fs"))
                                   ? QStringLiteral("/usr/sbin/mke2fs")
                                   : QStandardPaths::findExecutable(QStringLiteral("mke2fs"));
        if (mke2fs.isEmpty())
            QSKIP("mke2fs (e2fsprogs) is not installed: no volume can be built from a folder here.");
        // Trees go where user.* xattrs work: the temp folder, else beside the test program (tmpfs
        // before Linux 6.6 takes none).
        for (const QString &candidate :
             QStringList{m_fx.path(QStringLiteral("trees")),
                         QCoreApplication::applicationDirPath() + QStringLiteral("/migrate-trees-XXXXXX")}) {
            QString folder = candidate;
            if (candidate.endsWith(QLatin1String("XXXXXX"))) {
                m_xattrDir = std::make_unique<QTemporaryDir>(candidate);
                folder = m_xattrDir->path();
            }
            QDir().mkpath(folder);
            const bool ok = takesUserXattrs(folder);
            m_base = folder;
            if (ok) {
                m_xattrs = true;
                break;
            }
        }
        if (!m_xattrs) {
            m_base = m_fx.path(QStringLiteral("trees"));
            qWarning("No folder here takes user.* xattrs (%s); the trees are migrated without them.",
                     std::strerror(errno));
        }
        m_acls = takesAcls(m_base);
        if (!m_acls)
            qWarning("Not run: %s takes no POSIX ACLs (%s); the trees are migrated without them.",
                     qPrintable(m_base), std::strerror(errno));
    }

    void cleanupTestCase()
    {
        // QDir::removeRecursively cannot name a file whose name is not UTF-8; rm can.
        QProcess::execute(QStringLiteral("rm"), {QStringLiteral("-rf"), m_base});
    }

    void migratesVerifiesSwitchesAndRollsBack()
    {
        const QString folder = makeTree();
        const QStringList before = describeTree(folder);
        const QString img = image(QStringLiteral("full"));

        // Without --yes (and no terminal): built, encrypted, verified; nothing switched.
        CliRun first = run(migrateArgs(folder, img, {QStringLiteral("--json")}));
        QVERIFY2(first.exitCode == 0, QByteArray(first.out + first.err).constData());
        QJsonObject data = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(data.value(QStringLiteral("switched")).toBool(), false);
        QCOMPARE(data.value(QStringLiteral("stage")).toString(), QStringLiteral("verified"));
        QVERIFY(data.value(QStringLiteral("entries")).toInteger() >= before.size());
        // Built in user space here (no device-mapper), and the report says why.
        QVERIFY(!data.value(QStringLiteral("build_path")).toString().isEmpty());
        qInfo("Build path: %s (%s)", qPrintable(data.value(QStringLiteral("build_path")).toString()),
              qPrintable(data.value(QStringLiteral("build_reason")).toString()));
        if (m_acls) // verified equal by the job, ACLs included
            QCOMPARE(before.filter(QStringLiteral("system.posix_acl_")).size(), 2);
        COMPARE_TREES(describeTree(folder), before); // the folder untouched, its times too
        QCOMPARE(QFileInfo(img).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());
        // The recovery key is shown once (stderr beside JSON) and opens slot 1.
        const QRegularExpression keyPattern(QStringLiteral("\\n    ([0-9A-Z]{5}(?:-[0-9A-Z]{5}){7})\\n"));
        const QRegularExpressionMatch match = keyPattern.match(QString::fromLatin1(first.err));
        QVERIFY2(match.hasMatch(), first.err.constData());
        const QString recoveryFile = m_fx.keyFile(match.captured(1).toLatin1());
        CliRun tested = run({QStringLiteral("volume"), QStringLiteral("test-key"), img,
                             QStringLiteral("--key-file"), recoveryFile, QStringLiteral("--json")});
        QVERIFY2(tested.exitCode == 0, QByteArray(tested.out + tested.err).constData());
        QVERIFY2(tested.out.contains("1"), tested.out.constData());

        // An independent read-back: `volume get` of the whole volume equals the folder.
        const QString extracted = m_base + QStringLiteral("/extracted"); // where xattrs work
        QDir().mkpath(extracted);
        CliRun got =
            run({QStringLiteral("volume"), QStringLiteral("get"), img, QStringLiteral("/"),
                 QStringLiteral("--to"), extracted, QStringLiteral("--key-file"), m_fx.keyFile(kSecret)});
        QVERIFY2(got.exitCode == 0, QByteArray(got.out + got.err).constData());
        QStringList extractedLines = describeTree(extracted);
        extractedLines.removeIf([](const QString &l) { return l.startsWith(QLatin1String("lost%2Bfound")); });
        // Every name byte for byte (latin1-\xe9.txt included), hard links, modes, times, targets, bytes
        // and xattrs as in the folder. Owners and attributes outside user.* (the ACLs) are set only as
        // root; as another user those attributes are left out of both sides.
        QStringList expectedLines = before;
        if (::geteuid() != 0) {
            for (QStringList *lines : {&extractedLines, &expectedLines})
                for (QString &line : *lines) {
                    const qsizetype at = line.indexOf(QLatin1String(" xattrs="));
                    if (at < 0)
                        continue;
                    QStringList attrs = line.mid(at + 8).split(QLatin1Char(','));
                    attrs.removeIf(
                        [](const QString &a) { return a.startsWith(QLatin1String("system.posix_acl_")); });
                    line = line.left(at) + (attrs.isEmpty()
                                                ? QString()
                                                : QStringLiteral(" xattrs=") + attrs.join(QLatin1Char(',')));
                }
            qWarning("Not compared: the ACLs of the extracted copy (volume get sets them only as root); the "
                     "migration's own verification compared them.");
        }
        COMPARE_TREES(extractedLines, expectedLines);
        // ls --json carries the exact bytes of a name that is not UTF-8; cat takes that name as bytes.
        CliRun listed = run({QStringLiteral("volume"), QStringLiteral("ls"), img, QStringLiteral("--json"),
                             QStringLiteral("--key-file"), m_fx.keyFile(kSecret)});
        QVERIFY2(listed.exitCode == 0, QByteArray(listed.out + listed.err).constData());
        bool exact = false;
        for (const QJsonValue &e :
             QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("entries")).toArray())
            exact = exact || e.toObject().value(QStringLiteral("name_hex")).toString() ==
                                 QLatin1String("6c6174696e312de92e747874"); // latin1-\xe9.txt
        QVERIFY2(exact, listed.out.constData());
        QProcess cat;
        cat.setProcessEnvironment(m_fx.env);
        cat.start(QStringLiteral("sh"),
                  {QStringLiteral("-c"),
                   QStringLiteral("exec \"$0\" volume cat \"$1\" \"$(printf '/latin1-\\351.txt')\" "
                                  "--key-file \"$2\""),
                   strongroomBinary(QStringLiteral("strongroom-cli")), img, m_fx.keyFile(kSecret)});
        QVERIFY(cat.waitForFinished(60000));
        QVERIFY2(cat.exitCode() == 0, cat.readAllStandardError().constData());
        QCOMPARE(cat.readAllStandardOutput(), QByteArray("not utf-8\n"));

        // Switch over: the original kept byte for byte, an empty mount point with its mode in its place.
        CliRun second = run(migrateArgs(folder, img, {QStringLiteral("--yes"), QStringLiteral("--json")}));
        QVERIFY2(second.exitCode == 0, QByteArray(second.out + second.err).constData());
        data = QJsonDocument::fromJson(second.out).object();
        QCOMPARE(data.value(QStringLiteral("switched")).toBool(), true);
        QVERIFY(!second.err.contains("Recovery key")); // handed over by the first run, kept
        const QString kept = keptOriginal(folder);
        QVERIFY2(!kept.isEmpty(), qPrintable(QDir(m_base).entryList().join(QLatin1Char(' '))));
        QCOMPARE(data.value(QStringLiteral("kept_original")).toString(), kept);
        COMPARE_TREES(describeTree(kept), before);
        QVERIFY(QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
        QCOMPARE(QFileInfo(folder).permissions(), QFileInfo(kept).permissions());
        QVERIFY(
            data.value(QStringLiteral("crypttab")).toString().endsWith(img + QStringLiteral(" none luks")));
        QVERIFY(data.value(QStringLiteral("fstab"))
                    .toString()
                    .contains(QStringLiteral(" ") + folder + QStringLiteral(" ext4 ")));
        QCOMPARE(journalOf(img).value(QStringLiteral("stage")).toString(), QStringLiteral("switched"));

        // Rollback: the folder back, identical.
        CliRun back = run({QStringLiteral("volume"), QStringLiteral("migrate-dir"),
                           QStringLiteral("--rollback"), folder, QStringLiteral("--image"), img});
        QVERIFY2(back.exitCode == 0, QByteArray(back.out + back.err).constData());
        COMPARE_TREES(describeTree(folder), before);
        QVERIFY(keptOriginal(folder).isEmpty());
        QCOMPARE(journalOf(img).value(QStringLiteral("stage")).toString(), QStringLiteral("rolled-back"));

        // Every run left its audit line.
        QFile audit(m_fx.path(QStringLiteral("data/strongroom/audit.jsonl")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray log = audit.readAll();
        QCOMPARE(log.count("\"volume.migrate-dir\""), 2);
        QCOMPARE(log.count("\"volume.migrate-dir.rollback\""), 1);
    }

    void refusesBadInput()
    {
        const QString folder = makeTree();
        // The image inside the folder it is to hold: usage, exit 2.
        CliRun inside = run(migrateArgs(folder, folder + QStringLiteral("/self.img")));
        QCOMPARE(inside.exitCode, 2);
        // An existing file is never formatted over: exit 1, the file untouched.
        const QString existing = image(QStringLiteral("existing"));
        QVERIFY(writeBytes(QFile::encodeName(existing), "keep me"));
        CliRun exists = run(migrateArgs(folder, existing));
        QCOMPARE(exists.exitCode, 1);
        QFile f(existing);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
        // A size too small for the folder: exit 2, naming the least size.
        CliRun small = run(migrateArgs(folder, image(QStringLiteral("small")),
                                       {QStringLiteral("--size"), QStringLiteral("40M")}));
        QCOMPARE(small.exitCode, 2);
        QVERIFY2(small.err.contains("at least"), small.err.constData());
        QVERIFY(!QFileInfo::exists(image(QStringLiteral("small"))));
        // --build mapped where the volume cannot be opened: exit 7 with the reason, nothing made.
        if (!deviceMapperAvailable()) {
            CliRun mapped = run(migrateArgs(folder, image(QStringLiteral("mapped-refused")),
                                            {QStringLiteral("--build"), QStringLiteral("mapped")}));
            QCOMPARE(mapped.exitCode, 7);
            QVERIFY2(mapped.err.contains("device-mapper"), mapped.err.constData());
            QVERIFY(!QFileInfo::exists(image(QStringLiteral("mapped-refused"))));
        }
        CliRun badBuild = run(migrateArgs(folder, image(QStringLiteral("bad-build")),
                                          {QStringLiteral("--build"), QStringLiteral("loop")}));
        QCOMPARE(badBuild.exitCode, 2);
        // Rollback with nothing to put back: exit 1.
        CliRun nothing = run(
            {QStringLiteral("volume"), QStringLiteral("migrate-dir"), QStringLiteral("--rollback"), folder});
        QCOMPARE(nothing.exitCode, 1);
    }

    void changedAclEndsWithExit4()
    {
        if (!m_acls)
            QSKIP("Not run: the folder for the trees takes no POSIX ACLs (printed at the start).");
        const QString folder = makeTree();
        const QString img = image(QStringLiteral("acl"));
        CliRun killed = run(migrateArgs(folder, img), QStringLiteral("migrate-recovery"));
        QCOMPARE(killed.exitCode, -1);
        // The same permissions for another user: only the ACL differs, not the mode.
        const QByteArray changed = aclXattr({{kUserObj, 6, kUndefinedId},
                                             {kUser, 4, 54321},
                                             {kGroupObj, 4, kUndefinedId},
                                             {kMask, 4, kUndefinedId},
                                             {kOther, 0, kUndefinedId}});
        const QByteArray plain = QFile::encodeName(folder + QStringLiteral("/plain.txt"));
        struct stat st{};
        QCOMPARE(::stat(plain.constData(), &st), 0);
        QCOMPARE(::setxattr(plain.constData(), "system.posix_acl_access", changed.constData(),
                            std::size_t(changed.size()), 0),
                 0);
        const timespec times[2] = {st.st_atim, st.st_mtim};
        QCOMPARE(::utimensat(AT_FDCWD, plain.constData(), times, 0), 0);
        CliRun verified = run(migrateArgs(folder, img, {QStringLiteral("--yes")}));
        QCOMPARE(verified.exitCode, 4);
        QVERIFY2(verified.err.contains("/plain.txt: extended attribute system.posix_acl_access differs"),
                 verified.err.constData());
        QVERIFY(keptOriginal(folder).isEmpty());
    }

    void tamperedImageEndsWithExit4()
    {
        const QString folder = makeTree();
        const QString img = image(QStringLiteral("tampered"));
        // Stopped (kill -9) after the recovery key, before the verification.
        CliRun killed = run(migrateArgs(folder, img), QStringLiteral("migrate-recovery"));
        QCOMPARE(killed.exitCode, -1);
        QCOMPARE(journalOf(img).value(QStringLiteral("stage")).toString(), QStringLiteral("recovery-added"));
        // Where big.bin's first block lies in the image, through the user-space reader.
        qint64 offset = -1;
        {
            auto opened = DecryptedImage::open(img, QString(), KeyMaterial(QCA::SecureArray(kSecret)));
            QVERIFY2(opened, qPrintable(opened.error().message));
            const qint64 dataOffset = (*opened)->dataOffset();
            auto fs = ExtFileSystem::open(std::move(*opened));
            QVERIFY2(fs, qPrintable(fs.error().message));
            auto ino = (*fs)->lookup("/big.bin");
            QVERIFY(ino);
            blk64_t physical = 0;
            QCOMPARE(ext2fs_bmap2((*fs)->handle(), *ino, nullptr, nullptr, 0, 1, nullptr, &physical), 0);
            offset = dataOffset + qint64(physical) * (*fs)->blockSize() + 100;
        }
        QFile f(img);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(offset));
        QByteArray byte = f.read(1);
        byte[0] = char(byte[0] ^ 0x5a);
        QVERIFY(f.seek(offset));
        QCOMPARE(f.write(byte), 1);
        f.close();
        CliRun verified = run(migrateArgs(folder, img, {QStringLiteral("--yes")}));
        QCOMPARE(verified.exitCode, 4);
        QVERIFY2(verified.err.contains("/big.bin: contents differ"), verified.err.constData());
        // Nothing switched: the folder is where it was.
        QVERIFY(keptOriginal(folder).isEmpty());
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/big.bin")));
        QCOMPARE(journalOf(img).value(QStringLiteral("stage")).toString(), QStringLiteral("recovery-added"));
    }

    // The mapped build (format, open, mkfs, mount, copy through udisks2 or as root) on a machine that
    // has device-mapper; everywhere else it prints that it did not run.
    void mappedBuildWhereDeviceMapperExists()
    {
        if (!deviceMapperAvailable())
            QSKIP("Not run: no device-mapper (/dev/mapper/control or dm_crypt missing), so the mapped build "
                  "cannot open the volume here; its copy step is TestTreeCopier's.");
        const QString folder = makeTree();
        const QStringList before = describeTree(folder);
        const QString img = image(QStringLiteral("mapped"));
        CliRun built = run(migrateArgs(
            folder, img, {QStringLiteral("--build"), QStringLiteral("mapped"), QStringLiteral("--json")}));
        if (built.exitCode == 7)
            QSKIP(qPrintable(
                QStringLiteral("Not run: device-mapper is here, but the mapped build cannot run: ") +
                QString::fromLocal8Bit(built.err)));
        QVERIFY2(built.exitCode == 0, QByteArray(built.out + built.err).constData());
        const QJsonObject data = QJsonDocument::fromJson(built.out).object();
        QCOMPARE(data.value(QStringLiteral("build_path")).toString(), QStringLiteral("mapped"));
        QCOMPARE(data.value(QStringLiteral("stage")).toString(), QStringLiteral("verified"));
        COMPARE_TREES(describeTree(folder), before);
        CliRun back = run({QStringLiteral("volume"), QStringLiteral("migrate-dir"),
                           QStringLiteral("--rollback"), folder, QStringLiteral("--image"), img});
        QVERIFY2(back.exitCode == 0, QByteArray(back.out + back.err).constData());
    }

    void killedAtEachStepThenResumedOrRolledBack_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<bool>("rollBack");
        for (const char *point :
             {"migrate-preflight", "migrate-build", "migrate-encrypt", "encrypt-header-placed",
              "migrate-recovery", "migrate-verify", "migrate-switch", "migrate-switch-renamed"}) {
            QTest::addRow("%s, then resume", point) << QString::fromLatin1(point) << false;
        }
        for (const char *point : {"migrate-encrypt", "migrate-switch", "migrate-switch-renamed"})
            QTest::addRow("%s, then roll back", point) << QString::fromLatin1(point) << true;
    }

    void killedAtEachStepThenResumedOrRolledBack()
    {
        QFETCH(QString, point);
        QFETCH(bool, rollBack);
        const QString folder = makeTree();
        const QStringList before = describeTree(folder);
        const QString img = image(QStringLiteral("kill%1").arg(m_counter));
        CliRun killed = run(migrateArgs(folder, img, {QStringLiteral("--yes")}), point);
        QVERIFY2(killed.exitCode == -1, qPrintable(QStringLiteral("not killed at %1 (exit %2): %3")
                                                       .arg(point)
                                                       .arg(killed.exitCode)
                                                       .arg(QString::fromLocal8Bit(killed.err))));
        // Nothing lost: the tree is whole in the folder or in the kept original.
        const QString kept = keptOriginal(folder);
        COMPARE_TREES(describeTree(kept.isEmpty() ? folder : kept), before);

        if (rollBack) {
            CliRun back = run({QStringLiteral("volume"), QStringLiteral("migrate-dir"),
                               QStringLiteral("--rollback"), folder, QStringLiteral("--image"), img});
            QVERIFY2(back.exitCode == 0, QByteArray(back.out + back.err).constData());
            COMPARE_TREES(describeTree(folder), before);
            QVERIFY(keptOriginal(folder).isEmpty());
            return;
        }
        CliRun resumed = run(migrateArgs(folder, img, {QStringLiteral("--yes"), QStringLiteral("--json")}));
        QVERIFY2(resumed.exitCode == 0, QByteArray(resumed.out + resumed.err).constData());
        const QJsonObject data = QJsonDocument::fromJson(resumed.out).object();
        QCOMPARE(data.value(QStringLiteral("switched")).toBool(), true);
        QCOMPARE(data.value(QStringLiteral("resumed")).toBool(),
                 true); // every kill point comes after the journal exists
        COMPARE_TREES(describeTree(keptOriginal(folder)), before);
        // The volume holds the tree: verified by the job before the switch; checked again here.
        CliRun listed = run({QStringLiteral("volume"), QStringLiteral("ls"), img, QStringLiteral("/deep"),
                             QStringLiteral("--key-file"), m_fx.keyFile(kSecret)});
        QVERIFY2(listed.exitCode == 0, QByteArray(listed.out + listed.err).constData());
        QCOMPARE(listed.out.trimmed(), QByteArray("level0"));
        CliRun fsck = run({QStringLiteral("volume"), QStringLiteral("fsck"), img,
                           QStringLiteral("--key-file"), m_fx.keyFile(kSecret)});
        QVERIFY2(fsck.exitCode == 0, QByteArray(fsck.out + fsck.err).constData());
        // A recovery key was handed over by the run that finished (or the killed run's was replaced).
        QVERIFY2(resumed.err.contains("Recovery key") || point == QLatin1String("migrate-verify") ||
                     point == QLatin1String("migrate-switch") ||
                     point == QLatin1String("migrate-switch-renamed"),
                 resumed.err.constData());
        // Roll back afterwards too: the folder back, identical.
        CliRun back = run(
            {QStringLiteral("volume"), QStringLiteral("migrate-dir"), QStringLiteral("--rollback"), folder});
        QVERIFY2(back.exitCode == 0, QByteArray(back.out + back.err).constData());
        COMPARE_TREES(describeTree(folder), before);
    }

    void rollbackKilledThenRunAgain()
    {
        const QString folder = makeTree();
        const QStringList before = describeTree(folder);
        const QString img = image(QStringLiteral("rollbackkill"));
        CliRun done = run(migrateArgs(folder, img, {QStringLiteral("--yes")}));
        QVERIFY2(done.exitCode == 0, QByteArray(done.out + done.err).constData());
        const QStringList back{QStringLiteral("volume"),     QStringLiteral("migrate-dir"),
                               QStringLiteral("--rollback"), folder,
                               QStringLiteral("--image"),    img};
        CliRun killed = run(back, QStringLiteral("migrate-rollback"));
        QCOMPARE(killed.exitCode, -1);
        QVERIFY(!QFileInfo::exists(folder)); // the mount point gone, the original not yet back
        CliRun again = run(back);
        QVERIFY2(again.exitCode == 0, QByteArray(again.out + again.err).constData());
        COMPARE_TREES(describeTree(folder), before);
        QCOMPARE(journalOf(img).value(QStringLiteral("stage")).toString(), QStringLiteral("rolled-back"));
        // A rolled-back migration is not resumed by accident.
        CliRun resumed = run(migrateArgs(folder, img, {QStringLiteral("--yes")}));
        QCOMPARE(resumed.exitCode, 1);
        COMPARE_TREES(describeTree(folder), before);
    }

    void postgresDataDirectory()
    {
        PostgresServer server;
        STRONGROOM_START_POSTGRES(server);
        QVERIFY(server
                    .sql(QStringLiteral("CREATE TABLE accounts AS SELECT g AS id, md5(g::text) AS note "
                                        "FROM generate_series(1, 4321) g; "
                                        "CREATE TABLE empty_one (x int);"))
                    .ok);
        const QString folder = server.dataDir();
        const QString img = image(QStringLiteral("pg"));
        // Running: refused with how to stop it (exit 5); the exact row counts go to the journal first.
        CliRun running = run(migrateArgs(
            folder, img, {QStringLiteral("--yes"), QStringLiteral("--dbname"), server.conninfo()}));
        QCOMPARE(running.exitCode, 5);
        QVERIFY2(running.err.contains("pg_ctl stop -D"), running.err.constData());
        QVERIFY2(running.err.contains(QByteArray::number(server.postmasterPid())), running.err.constData());
        QVERIFY(!QFileInfo::exists(img));
        const QJsonObject counts = journalOf(img).value(QStringLiteral("row_counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("tables"))
                     .toObject()
                     .value(QStringLiteral("public.accounts"))
                     .toInteger(),
                 4321);
        QCOMPARE(counts.value(QStringLiteral("tables"))
                     .toObject()
                     .value(QStringLiteral("public.empty_one"))
                     .toInteger(),
                 0);

        server.stop();
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/postmaster.pid")));
        const QStringList before = describeTree(folder);
        // The service command an administrator would give: pg_ctl start -w, as the server's user.
        struct stat owner{};
        QCOMPARE(::stat(QFile::encodeName(folder).constData(), &owner), 0);
        const QString pgCtl = PostgresServer::serverBinDir() + QStringLiteral("/pg_ctl");
        const QString asOwner = ::geteuid() == 0
                                    ? QStringLiteral("setpriv --reuid=%1 --regid=%2 --clear-groups -- ")
                                          .arg(owner.st_uid)
                                          .arg(owner.st_gid)
                                    : QString();
        const QString startCommand =
            asOwner +
            QStringLiteral("%1 start -w -D %2 -l %3")
                .arg(pgCtl, folder, QFileInfo(folder).absolutePath() + QStringLiteral("/restarted.log"));
        auto stopServer = qScopeGuard([&] {
            QProcess::execute(
                QStringLiteral("sh"),
                {QStringLiteral("-c"), asOwner + QStringLiteral("%1 stop -D %2 -m fast").arg(pgCtl, folder)});
        });
        CliRun migrated =
            run(migrateArgs(folder, img,
                            {QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("--dbname"),
                             server.conninfo(), QStringLiteral("--pg-start-command"), startCommand}));
        QVERIFY2(migrated.exitCode == 0, QByteArray(migrated.out + migrated.err).constData());
        const QJsonObject data = QJsonDocument::fromJson(migrated.out).object();
        QCOMPARE(data.value(QStringLiteral("switched")).toBool(), true);
        const QJsonObject pg = data.value(QStringLiteral("postgres")).toObject();
        QCOMPARE(pg.value(QStringLiteral("version")).toString(), QStringLiteral("17"));
        QCOMPARE(pg.value(QStringLiteral("row_counts"))
                     .toObject()
                     .value(QStringLiteral("tables"))
                     .toObject()
                     .value(QStringLiteral("public.accounts"))
                     .toInteger(),
                 4321);
        COMPARE_TREES(describeTree(keptOriginal(folder)), before);
        QVERIFY(data.value(QStringLiteral("entries")).toInteger() >
                900); // a whole cluster, every file verified
        // The volume is not mounted at the folder (nothing here can mount it), so the job neither
        // started the server nor compared, and says why.
        QCOMPARE(pg.value(QStringLiteral("mounted")).toBool(), false);
        QCOMPARE(pg.value(QStringLiteral("compared")).toBool(), false);
        QVERIFY2(pg.value(QStringLiteral("not_compared_because"))
                     .toString()
                     .contains(QStringLiteral("not mounted")),
                 migrated.out.constData());
        qWarning("Not run: PostgreSQL started on the migrated volume itself (mounting it needs %s); the job "
                 "reported the step as not run.",
                 pg.value(QStringLiteral("device_mapper")).toBool()
                     ? "a mount at the folder, which this test "
                       "does not make"
                     : "device-mapper, which this machine lacks");

        // Back; then the comparison step alone (--check-postgres) against the server that the same
        // service command starts on the original folder: the step's code is exercised for real, on the
        // same files the volume holds (verified byte for byte above), not on the volume.
        CliRun back = run(
            {QStringLiteral("volume"), QStringLiteral("migrate-dir"), QStringLiteral("--rollback"), folder});
        QVERIFY2(back.exitCode == 0, QByteArray(back.out + back.err).constData());
        COMPARE_TREES(describeTree(folder), before);
        const QStringList check{QStringLiteral("volume"),
                                QStringLiteral("migrate-dir"),
                                folder,
                                QStringLiteral("--check-postgres"),
                                QStringLiteral("--image"),
                                img,
                                QStringLiteral("--dbname"),
                                server.conninfo(),
                                QStringLiteral("--json")};
        CliRun same = run(check + QStringList{QStringLiteral("--pg-start-command"), startCommand});
        QVERIFY2(same.exitCode == 0, QByteArray(same.out + same.err).constData());
        const QJsonObject compared = QJsonDocument::fromJson(same.out).object();
        QCOMPARE(compared.value(QStringLiteral("started")).toBool(), true);
        QCOMPARE(compared.value(QStringLiteral("difference_count")).toInt(), 0);
        QCOMPARE(compared.value(QStringLiteral("total_rows_now")).toInteger(), 4321);
        qWarning(
            "Exercised: --pg-start-command (pg_ctl start -w, no shell) and the exact row-count comparison, "
            "against the original folder after the rollback.");
        // One more row: exit 4 naming the table (the server already runs: no start command).
        QVERIFY(server.sql(QStringLiteral("INSERT INTO accounts VALUES (0, 'late')")).ok);
        CliRun differs = run(check);
        QCOMPARE(differs.exitCode, 4);
        QVERIFY2(QByteArray(differs.out + differs.err)
                     .contains("public.accounts: 4321 rows before the move, 4322 now"),
                 QByteArray(differs.out + differs.err).constData());
        QFile audit(m_fx.path(QStringLiteral("data/strongroom/audit.jsonl")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        QCOMPARE(audit.readAll().count("\"volume.migrate-dir.postgres\""), 2);
    }
};

QTEST_GUILESS_MAIN(TestMigrateDir)
#include "TestMigrateDir.moc"
