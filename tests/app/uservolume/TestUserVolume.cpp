// `volume ls|get|cat|fsck|du` read LUKS images in user space. Every image is made by the real tools
// (mke2fs -d from a source tree, e2fsck -D for htree directories, cryptsetup reencrypt --encrypt,
// cryptsetup convert for LUKS1), without device-mapper; what comes out is compared with the source
// tree: types, modes, sizes, times, symlink targets, hard links, user xattrs and
// every byte (SHA-256). Also: 4096-byte sectors, a detached header, aes-cbc-essiv:sha256, a damaged
// inode (fsck: exit 4), a wrong key (exit 3), another file system and another cipher (exit 6).
#include "app/volumes/LuksFixtures.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace {

const QByteArray kSecret = "correct horse battery staple";

QStringList cheapKdf(LuksFixtures &fx, const QByteArray &secret = kSecret)
{
    return {QStringLiteral("--key-file"),
            fx.keyFile(secret),
            QStringLiteral("--pbkdf"),
            QStringLiteral("pbkdf2"),
            QStringLiteral("--pbkdf-force-iterations"),
            QStringLiteral("1000")};
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

void setTime(const QString &path, qint64 seconds, long ns)
{
    const timespec times[2] = {{time_t(seconds), ns}, {time_t(seconds), ns}};
    utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, AT_SYMLINK_NOFOLLOW);
}

// One line per entry under `root`: path, type, mode, size, mtime (ns), link target or SHA-256,
// user xattrs; plus one line per hard-link group. Equal descriptions mean equal trees.
QStringList describeTree(const QString &root, bool withXattrs)
{
    QStringList lines;
    QHash<quint64, QStringList> groups;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (relative.startsWith(QLatin1String("lost+found")))
            continue;
        struct stat st{};
        const QByteArray encoded = QFile::encodeName(path);
        lstat(encoded.constData(), &st);
        QString line = QStringLiteral("%1 type=%2 mode=%3 mtime=%4.%5")
                           .arg(relative)
                           .arg(st.st_mode & S_IFMT, 0, 8)
                           .arg(st.st_mode & 07777, 0, 8)
                           .arg(qint64(st.st_mtim.tv_sec))
                           .arg(qint64(st.st_mtim.tv_nsec), 9, 10, QLatin1Char('0'));
        if (S_ISLNK(st.st_mode)) {
            char target[4096];
            const ssize_t n = readlink(encoded.constData(), target, sizeof target);
            line += QStringLiteral(" target=") +
                    QString::fromUtf8(QByteArray(target, int(std::max<ssize_t>(n, 0))));
        } else if (S_ISREG(st.st_mode)) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(&f);
            line += QStringLiteral(" size=%1 sha256=%2 links=%3")
                        .arg(st.st_size)
                        .arg(QString::fromLatin1(hash.result().toHex()))
                        .arg(st.st_nlink);
            if (st.st_nlink > 1)
                groups[quint64(st.st_ino)].append(relative);
        }
        if (withXattrs && !S_ISLNK(st.st_mode)) {
            char names[4096];
            const ssize_t n = listxattr(encoded.constData(), names, sizeof names);
            QStringList attrs;
            for (ssize_t i = 0; i < n; i += ssize_t(std::strlen(names + i)) + 1) {
                const QByteArray name(names + i);
                if (!name.startsWith("user."))
                    continue;
                char value[4096];
                const ssize_t v = getxattr(encoded.constData(), name.constData(), value, sizeof value);
                attrs.append(QString::fromLatin1(name) + QLatin1Char('=') +
                             QString::fromLatin1(QByteArray(value, int(std::max<ssize_t>(v, 0))).toHex()));
            }
            attrs.sort();
            if (!attrs.isEmpty())
                line += QStringLiteral(" xattrs=") + attrs.join(QLatin1Char(','));
        }
        lines.append(line);
    }
    for (QStringList group : std::as_const(groups)) {
        group.sort();
        lines.append(QStringLiteral("hardlinks: ") + group.join(QStringLiteral(" = ")));
    }
    lines.sort();
    return lines;
}

void compareTrees(const QStringList &expected, const QStringList &actual)
{
    for (const QString &line : expected)
        if (!actual.contains(line))
            QFAIL(qPrintable(QStringLiteral("missing or different after extraction: ") + line +
                             QStringLiteral("\nextracted entries:\n") + actual.join(QLatin1Char('\n'))));
    for (const QString &line : actual)
        if (!expected.contains(line))
            QFAIL(qPrintable(QStringLiteral("extracted but not in the source: ") + line));
}

} // namespace

class TestUserVolume : public QObject
{
    Q_OBJECT

    LuksFixtures m_fx;
    QString m_tree;    // the small tree every image holds
    QString m_bigTree; // the small tree plus a 100 MiB file
    bool m_xattrs = false;
    bool m_tools = false;

    static bool have(const QString &program)
    {
        return !QStandardPaths::findExecutable(program).isEmpty() ||
               QFileInfo::exists(QStringLiteral("/usr/sbin/") + program) ||
               QFileInfo::exists(QStringLiteral("/sbin/") + program);
    }

    QString tool(const QString &name) const
    {
        for (const QString &dir : {QStringLiteral("/usr/sbin/"), QStringLiteral("/sbin/")})
            if (QFileInfo::exists(dir + name))
                return dir + name;
        return name;
    }

    void makeTree(const QString &root, bool big)
    {
        QDir().mkpath(root + QStringLiteral("/sub/deeper"));
        QVERIFY(writeBytes(root + QStringLiteral("/plain.txt"), "The quick brown fox.\n"));
        QVERIFY(writeBytes(root + QStringLiteral("/with space.txt"), "spaces\n"));
        QVERIFY(writeBytes(root + QStringLiteral("/new\nline.txt"), "newline\n"));
        QVERIFY(writeBytes(root + QStringLiteral("/ünïcödé ✓.txt"), "utf-8\n"));
        QVERIFY(writeBytes(root + QStringLiteral("/hard-a"), QByteArray(5000, 'h')));
        QVERIFY(::link(QFile::encodeName(root + QStringLiteral("/hard-a")).constData(),
                       QFile::encodeName(root + QStringLiteral("/sub/hard-b")).constData()) == 0);
        QVERIFY(QFile::link(QStringLiteral("plain.txt"), root + QStringLiteral("/fast-link")));
        const QString longTarget =
            QStringLiteral("sub/deeper/") + QString(120, QLatin1Char('x')) + QStringLiteral("/nowhere");
        QVERIFY(::symlink(QFile::encodeName(longTarget).constData(),
                          QFile::encodeName(root + QStringLiteral("/slow-link")).constData()) == 0);
        // A sparse file: 8 MiB with data only at its start and end.
        {
            QFile f(root + QStringLiteral("/sparse.bin"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("start");
            f.seek(8 * 1024 * 1024 - 3);
            f.write("end");
        }
        QString deep = root + QStringLiteral("/deep");
        for (int i = 0; i < 24; ++i)
            deep += QStringLiteral("/level%1").arg(i);
        QVERIFY(QDir().mkpath(deep));
        QVERIFY(writeBytes(deep + QStringLiteral("/bottom.txt"), "deep down\n"));
        // Enough entries for an htree directory once e2fsck -D has indexed it.
        QDir().mkpath(root + QStringLiteral("/many"));
        for (int i = 0; i < 400; ++i)
            QVERIFY(writeBytes(root + QStringLiteral("/many/entry-with-a-longish-name-%1").arg(i),
                               QByteArray::number(i)));
        QVERIFY(writeBytes(root + QStringLiteral("/sub/deeper/mode0751"), "#!/bin/sh\n"));
        QFile::setPermissions(root + QStringLiteral("/sub/deeper/mode0751"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                  QFile::ExeGroup | QFile::ExeOther);
        m_xattrs = ::setxattr(QFile::encodeName(root + QStringLiteral("/plain.txt")).constData(),
                              "user.color", "blue", 4, 0) == 0;
        if (!m_xattrs)
            qWarning("The temp folder's file system takes no user.* xattrs (%s); xattrs are not compared.",
                     std::strerror(errno));
        else
            ::setxattr(QFile::encodeName(root + QStringLiteral("/sub")).constData(), "user.note", "folder", 6,
                       0);
        if (big) {
            // 100 MiB of a deterministic pattern that no block of zeros shortens.
            QFile f(root + QStringLiteral("/big.bin"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray chunk(1024 * 1024, Qt::Uninitialized);
            quint64 state = 0x9E3779B97F4A7C15ULL;
            for (int m = 0; m < 100; ++m) {
                for (int i = 0; i < chunk.size(); i += 8) {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    std::memcpy(chunk.data() + i, &state, 8);
                }
                QCOMPARE(f.write(chunk), chunk.size());
            }
        }
        // Distinct times, set last (bottom up) so nothing written afterwards changes them. Whole
        // seconds, since mke2fs -d copies no nanoseconds; the extracted copy must match them to the
        // nanosecond (all zero).
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        QStringList all;
        while (it.hasNext())
            all.append(it.next());
        std::sort(all.begin(), all.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        qint64 t = 1700000000;
        for (const QString &p : all)
            setTime(p, t++, 0);
    }

    struct ImageSpec
    {
        QString name;
        QStringList mkfs;  // extra mke2fs options
        QStringList crypt; // extra cryptsetup reencrypt options
        int fsMiB = 48;
        bool luks1 = false; // cryptsetup convert --type luks1 afterwards
        bool detachedHeader = false;
        QString damage; // a debugfs -w request run on the plain file system first
        QString tree;
    };

    // The image path (and its header path when detached); empty when a tool failed (already warned).
    QString buildImage(const ImageSpec &spec, QString *header = nullptr)
    {
        const QString image = m_fx.path(spec.name);
        const int reserve = spec.detachedHeader ? 0 : 16;
        LuksFixtures::sparseFile(image, spec.fsMiB + reserve);
        auto run = [](const QString &program, const QStringList &args) {
            const auto [rc, out] = LuksFixtures::tool(program, args);
            if (rc != 0)
                qWarning("%s %s failed (%d): %s", qPrintable(program),
                         qPrintable(args.join(QLatin1Char(' '))), rc, out.constData());
            return rc;
        };
        const QStringList type = spec.mkfs.contains(QStringLiteral("-t"))
                                     ? QStringList{}
                                     : QStringList{QStringLiteral("-t"), QStringLiteral("ext4")};
        if (run(tool(QStringLiteral("mke2fs")), QStringList{QStringLiteral("-q"), QStringLiteral("-F")} +
                                                    type + spec.mkfs +
                                                    QStringList{QStringLiteral("-d"), spec.tree, image,
                                                                QStringLiteral("%1M").arg(spec.fsMiB)}) != 0)
            return {};
        // -D indexes every directory big enough (htree); exit 1 means "changed", which is the point.
        if (run(tool(QStringLiteral("e2fsck")), {QStringLiteral("-fyD"), image}) > 1)
            return {};
        if (!spec.damage.isEmpty() &&
            run(tool(QStringLiteral("debugfs")),
                {QStringLiteral("-w"), QStringLiteral("-R"), spec.damage, image}) != 0)
            return {};
        QStringList crypt{QStringLiteral("reencrypt"), QStringLiteral("-q"), QStringLiteral("--encrypt"),
                          QStringLiteral("--type"), QStringLiteral("luks2")};
        crypt += cheapKdf(m_fx) + spec.crypt;
        if (spec.detachedHeader) {
            *header = image + QStringLiteral(".header");
            crypt << QStringLiteral("--header") << *header;
        } else {
            crypt << QStringLiteral("--reduce-device-size") << QStringLiteral("%1M").arg(reserve);
        }
        if (run(QStringLiteral("cryptsetup"), crypt << image) != 0)
            return {};
        if (spec.luks1 && run(QStringLiteral("cryptsetup"),
                              {QStringLiteral("convert"), QStringLiteral("-q"), QStringLiteral("--type"),
                               QStringLiteral("luks1"), image}) != 0)
            return {};
        return image;
    }

    CliRun cli(const QStringList &args, const QByteArray &secret = kSecret)
    {
        return m_fx.cliWithKey(args, secret);
    }

    // Extracts everything and compares it with the source tree.
    void extractAndCompare(const QString &image, const QString &source, const QStringList &extra = {})
    {
        const QString out = m_fx.path(QFileInfo(image).fileName() + QStringLiteral(".out"));
        QVERIFY(QDir().mkpath(out));
        const CliRun run =
            cli(QStringList{QStringLiteral("volume"), QStringLiteral("get"), image, QStringLiteral("/"),
                            QStringLiteral("--to"), out, QStringLiteral("--json")} +
                extra);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        compareTrees(describeTree(source, m_xattrs), describeTree(out, m_xattrs));
        QDir(out).removeRecursively();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_tools = have(QStringLiteral("mke2fs")) && have(QStringLiteral("cryptsetup")) &&
                  have(QStringLiteral("e2fsck")) && have(QStringLiteral("debugfs"));
        if (!m_tools)
            QSKIP("mke2fs, e2fsck, debugfs or cryptsetup is missing: no image can be made (install e2fsprogs "
                  "and cryptsetup-bin)");
        m_tree = m_fx.path(QStringLiteral("tree"));
        makeTree(m_tree, false);
        m_bigTree = m_fx.path(QStringLiteral("bigtree"));
        makeTree(m_bigTree, true);
    }

    void getCopiesEveryFileOfALuks2ImageExactly()
    {
        const QString image =
            buildImage({QStringLiteral("big.img"), {}, {}, 160, false, false, {}, m_bigTree});
        QVERIFY(!image.isEmpty());
        extractAndCompare(image, m_bigTree);
    }

    void getReadsEveryLayout_data()
    {
        QTest::addColumn<QStringList>("mkfs");
        QTest::addColumn<QStringList>("crypt");
        QTest::addColumn<bool>("luks1");
        QTest::addColumn<bool>("detached");
        QTest::newRow("luks2 aes-xts-plain64, 4096-byte sectors")
            << QStringList{QStringLiteral("-b"), QStringLiteral("4096")}
            << QStringList{QStringLiteral("--sector-size"), QStringLiteral("4096")} << false << false;
        QTest::newRow("luks2 aes-xts-plain64, 1024-byte blocks")
            << QStringList{QStringLiteral("-b"), QStringLiteral("1024")} << QStringList{} << false << false;
        QTest::newRow("luks2, ext2 (block maps, no extents, no checksums)")
            << QStringList{QStringLiteral("-t"), QStringLiteral("ext2")} << QStringList{} << false << false;
        QTest::newRow("luks2, ext3 (journal)")
            << QStringList{QStringLiteral("-t"), QStringLiteral("ext3")} << QStringList{} << false << false;
        QTest::newRow("luks1 aes-xts-plain64") << QStringList{} << QStringList{} << true << false;
        QTest::newRow("luks1 aes-cbc-essiv:sha256")
            << QStringList{}
            << QStringList{QStringLiteral("--cipher"), QStringLiteral("aes-cbc-essiv:sha256"),
                           QStringLiteral("--key-size"), QStringLiteral("256")}
            << true << false;
        QTest::newRow("luks2 aes-xts-plain64 128-bit key, detached header")
            << QStringList{} << QStringList{QStringLiteral("--key-size"), QStringLiteral("256")} << false
            << true;
    }

    void getReadsEveryLayout()
    {
        QFETCH(QStringList, mkfs);
        QFETCH(QStringList, crypt);
        QFETCH(bool, luks1);
        QFETCH(bool, detached);
        static int n = 0;
        QString header;
        const QString image = buildImage(
            {QStringLiteral("layout%1.img").arg(++n), mkfs, crypt, 48, luks1, detached, {}, m_tree}, &header);
        QVERIFY(!image.isEmpty());
        if (luks1)
            QVERIFY(m_fx.luksDump(image).contains("Version:       \t1"));
        const QStringList extra = detached ? QStringList{QStringLiteral("--header"), header} : QStringList{};
        extractAndCompare(image, m_tree, extra);
        const CliRun fsck = cli(QStringList{QStringLiteral("volume"), QStringLiteral("fsck"), image} + extra);
        QVERIFY2(fsck.exitCode == 0, QByteArray(fsck.out + fsck.err).constData());
    }

    void lsListsTheSourceEntriesWithTheirMetadata()
    {
        const QString image = buildImage({QStringLiteral("ls.img"), {}, {}, 48, false, false, {}, m_tree});
        QVERIFY(!image.isEmpty());
        const CliRun run = cli({QStringLiteral("volume"), QStringLiteral("ls"), image, QStringLiteral("/"),
                                QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QStringList listed;
        for (const QJsonValue &v : jsonOf(run).value(QStringLiteral("entries")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString name = e.value(QStringLiteral("name")).toString();
            listed.append(name);
            if (name == QLatin1String("lost+found"))
                continue;
            struct stat st{};
            QVERIFY(lstat(QFile::encodeName(m_tree + QLatin1Char('/') + name).constData(), &st) == 0);
            QCOMPARE(e.value(QStringLiteral("mode")).toString().toInt(nullptr, 8), int(st.st_mode & 07777));
            QCOMPARE(e.value(QStringLiteral("mtime_ns")).toString(),
                     QString::number(qint64(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec));
            if (S_ISREG(st.st_mode))
                QCOMPARE(e.value(QStringLiteral("size")).toInteger(), qint64(st.st_size));
            if (name == QLatin1String("fast-link"))
                QCOMPARE(e.value(QStringLiteral("target")).toString(), QStringLiteral("plain.txt"));
        }
        QStringList expected =
            QDir(m_tree).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        expected << QStringLiteral("lost+found");
        expected.sort();
        listed.sort();
        QCOMPARE(listed.join(QLatin1Char('|')), expected.join(QLatin1Char('|')));

        // The long form, as ls -l shows it; a newline in a name is escaped, never printed raw.
        const CliRun longForm = cli({QStringLiteral("volume"), QStringLiteral("ls"), image,
                                     QStringLiteral("/sub/deeper"), QStringLiteral("--long")});
        QCOMPARE(longForm.exitCode, 0);
        QVERIFY2(longForm.out.contains("-rwxr-x--x   1"), longForm.out.constData());
        const CliRun root = cli({QStringLiteral("volume"), QStringLiteral("ls"), image});
        QVERIFY(root.out.contains("new\\nline.txt\n"));
        QVERIFY(root.out.contains("ünïcödé ✓.txt\n"));

        const CliRun missing =
            cli({QStringLiteral("volume"), QStringLiteral("ls"), image, QStringLiteral("/no/such")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("no /no/such"));
    }

    // mke2fs -d copies whole seconds only; debugfs sets the nanoseconds (and epoch bits) ext4 keeps in
    // i_mtime_extra: 123456789 ns << 2.
    void nanosecondTimesAreListedAndKept()
    {
        const QString image = buildImage({QStringLiteral("ns.img"),
                                          {},
                                          {},
                                          48,
                                          false,
                                          false,
                                          QStringLiteral("sif /plain.txt mtime_extra 0x1D6F3454"),
                                          m_tree});
        QVERIFY(!image.isEmpty());
        struct stat source{};
        QVERIFY(lstat(QFile::encodeName(m_tree + QStringLiteral("/plain.txt")).constData(), &source) == 0);
        const CliRun ls = cli({QStringLiteral("volume"), QStringLiteral("ls"), image,
                               QStringLiteral("/plain.txt"), QStringLiteral("--json")});
        QCOMPARE(ls.exitCode, 0);
        const QJsonObject entry = jsonOf(ls).value(QStringLiteral("entries")).toArray().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("mtime_ns")).toString(),
                 QString::number(qint64(source.st_mtim.tv_sec) * 1000000000LL + 123456789));
        const QString out = m_fx.path(QStringLiteral("ns-out"));
        QDir().mkpath(out);
        QCOMPARE(cli({QStringLiteral("volume"), QStringLiteral("get"), image, QStringLiteral("/plain.txt"),
                      QStringLiteral("--to"), out})
                     .exitCode,
                 0);
        struct stat extracted{};
        QVERIFY(lstat(QFile::encodeName(out + QStringLiteral("/plain.txt")).constData(), &extracted) == 0);
        QCOMPARE(qint64(extracted.st_mtim.tv_sec), qint64(source.st_mtim.tv_sec));
        QCOMPARE(qint64(extracted.st_mtim.tv_nsec), qint64(123456789));
    }

    void catPrintsAFileAndDuCountsSparseAndLinkedFilesOnce()
    {
        const QString image = buildImage({QStringLiteral("cat.img"), {}, {}, 48, false, false, {}, m_tree});
        QVERIFY(!image.isEmpty());
        const CliRun cat =
            cli({QStringLiteral("volume"), QStringLiteral("cat"), image, QStringLiteral("/fast-link")});
        QCOMPARE(cat.exitCode, 0);
        QCOMPARE(cat.out, QByteArray("The quick brown fox.\n"));
        const CliRun deep =
            cli({QStringLiteral("volume"), QStringLiteral("cat"), image,
                 QStringLiteral("/deep/level0/level1/level2/level3/level4/level5/level6/level7/level8/level9/"
                                "level10/level11/level12/level13/level14/level15/level16/level17/level18/"
                                "level19/level20/level21/level22/level23/bottom.txt")});
        QCOMPARE(deep.out, QByteArray("deep down\n"));
        const CliRun folder =
            cli({QStringLiteral("volume"), QStringLiteral("cat"), image, QStringLiteral("/sub")});
        QCOMPARE(folder.exitCode, 2);

        const CliRun sparse = cli({QStringLiteral("volume"), QStringLiteral("du"), image,
                                   QStringLiteral("/sparse.bin"), QStringLiteral("--json")});
        QVERIFY2(sparse.exitCode == 0, sparse.err.constData());
        QCOMPARE(jsonOf(sparse).value(QStringLiteral("apparent_bytes")).toInteger(), qint64(8 * 1024 * 1024));
        QVERIFY(jsonOf(sparse).value(QStringLiteral("allocated_bytes")).toInteger() <= 64 * 1024);
        // hard-a and sub/hard-b are one inode: the whole tree counts its 5000 bytes once.
        const CliRun all = cli({QStringLiteral("volume"), QStringLiteral("du"), image, QStringLiteral("/"),
                                QStringLiteral("--json")});
        QCOMPARE(all.exitCode, 0);
        qint64 files = 0;
        QDirIterator it(m_tree, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        QSet<quint64> inodes;
        while (it.hasNext()) {
            struct stat st{};
            lstat(QFile::encodeName(it.next()).constData(), &st);
            if (S_ISREG(st.st_mode) && !inodes.contains(st.st_ino)) {
                inodes.insert(st.st_ino);
                ++files;
            }
        }
        QDirIterator links(m_tree, QDir::System | QDir::Hidden | QDir::AllEntries | QDir::NoDotAndDotDot,
                           QDirIterator::Subdirectories);
        while (links.hasNext())
            if (QFileInfo(links.next()).isSymLink())
                ++files;
        // du counts lost+found's files too: none.
        QCOMPARE(jsonOf(all).value(QStringLiteral("files")).toInteger(), files);
    }

    void getNeverReplacesWithoutForce()
    {
        const QString image = buildImage({QStringLiteral("force.img"), {}, {}, 48, false, false, {}, m_tree});
        QVERIFY(!image.isEmpty());
        const QString out = m_fx.path(QStringLiteral("force-out"));
        QDir().mkpath(out);
        QVERIFY(writeBytes(out + QStringLiteral("/plain.txt"), "mine"));
        const CliRun refused = cli({QStringLiteral("volume"), QStringLiteral("get"), image,
                                    QStringLiteral("/plain.txt"), QStringLiteral("--to"), out});
        QCOMPARE(refused.exitCode, 2);
        QFile mine(out + QStringLiteral("/plain.txt"));
        QVERIFY(mine.open(QIODevice::ReadOnly));
        QCOMPARE(mine.readAll(), QByteArray("mine"));
        mine.close();
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temp left behind
        const CliRun forced =
            cli({QStringLiteral("volume"), QStringLiteral("get"), image, QStringLiteral("/plain.txt"),
                 QStringLiteral("--to"), out, QStringLiteral("--force")});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(mine.open(QIODevice::ReadOnly));
        QCOMPARE(mine.readAll(), QByteArray("The quick brown fox.\n"));
        QVERIFY(m_fx.auditLog().contains(QStringLiteral("volume.get")));
        // A symlink where a folder of the volume goes is never followed, not even with --force.
        const QString elsewhere = m_fx.path(QStringLiteral("elsewhere"));
        QDir().mkpath(elsewhere);
        QVERIFY(QFile::link(elsewhere, out + QStringLiteral("/sub")));
        const CliRun planted =
            cli({QStringLiteral("volume"), QStringLiteral("get"), image, QStringLiteral("/sub"),
                 QStringLiteral("--to"), out, QStringLiteral("--force")});
        QCOMPARE(planted.exitCode, 2);
        QVERIFY(QDir(elsewhere).isEmpty());
    }

    void fsckReportsADamagedInodeWithExit4()
    {
        // plain.txt claims 3 links while one entry names it; the checksum is recomputed by debugfs,
        // so only a real cross-check finds it. Then an inode whose checksum no longer matches.
        const QString links = buildImage({QStringLiteral("links.img"),
                                          {},
                                          {},
                                          48,
                                          false,
                                          false,
                                          QStringLiteral("sif /plain.txt links_count 3"),
                                          m_tree});
        QVERIFY(!links.isEmpty());
        const CliRun run = cli({QStringLiteral("volume"), QStringLiteral("fsck"), links});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.out.contains("has a link count of 3, but 1 directory entries name it"),
                 run.out.constData());

        const QString csum = buildImage({QStringLiteral("csum.img"),
                                         {},
                                         {},
                                         48,
                                         false,
                                         false,
                                         QStringLiteral("sif \"/with space.txt\" checksum 0x1234"),
                                         m_tree});
        QVERIFY(!csum.isEmpty());
        const CliRun damaged =
            cli({QStringLiteral("volume"), QStringLiteral("fsck"), csum, QStringLiteral("--json")});
        QCOMPARE(damaged.exitCode, 4);
        const QJsonObject report = jsonOf(damaged);
        QCOMPARE(report.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("file-system"));
        QVERIFY2(QJsonDocument(report).toJson().contains("checksum does not match"),
                 QJsonDocument(report).toJson().constData());
        // Reading the damaged file is an integrity failure too, and nothing is left behind.
        const QString out = m_fx.path(QStringLiteral("csum-out"));
        QDir().mkpath(out);
        const CliRun get = cli({QStringLiteral("volume"), QStringLiteral("get"), csum,
                                QStringLiteral("/with space.txt"), QStringLiteral("--to"), out});
        QCOMPARE(get.exitCode, 4);
        QVERIFY(QDir(out).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    void aWrongKeyIsExit3()
    {
        const QString image = buildImage({QStringLiteral("wrong.img"), {}, {}, 48, false, false, {}, m_tree});
        QVERIFY(!image.isEmpty());
        const CliRun run = cli({QStringLiteral("volume"), QStringLiteral("ls"), image}, "not the key");
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("opens no key slot"));
    }

    void anotherFileSystemOrCipherIsExit6NamingIt()
    {
        // An "XFS" volume: the magic is all that is needed to name it.
        const QString xfs = m_fx.path(QStringLiteral("xfs.img"));
        LuksFixtures::sparseFile(xfs, 32);
        {
            QFile f(xfs);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write("XFSB");
        }
        const auto [rc, out] = LuksFixtures::tool(
            QStringLiteral("cryptsetup"),
            QStringList{QStringLiteral("reencrypt"), QStringLiteral("-q"), QStringLiteral("--encrypt"),
                        QStringLiteral("--type"), QStringLiteral("luks2"),
                        QStringLiteral("--reduce-device-size"), QStringLiteral("8M")} +
                cheapKdf(m_fx) + QStringList{xfs});
        QVERIFY2(rc == 0, out.constData());
        const CliRun run = cli({QStringLiteral("volume"), QStringLiteral("ls"), xfs});
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.err.contains("xfs file system"), run.err.constData());

        const QString cbc = buildImage({QStringLiteral("cbc.img"),
                                        {},
                                        {QStringLiteral("--cipher"), QStringLiteral("aes-cbc-plain64"),
                                         QStringLiteral("--key-size"), QStringLiteral("256")},
                                        32,
                                        false,
                                        false,
                                        {},
                                        m_tree});
        QVERIFY(!cbc.isEmpty());
        const CliRun other = cli({QStringLiteral("volume"), QStringLiteral("ls"), cbc});
        QCOMPARE(other.exitCode, 6);
        QVERIFY2(other.err.contains("aes-cbc-plain64"), other.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestUserVolume)
#include "TestUserVolume.moc"
