#pragma once

// The tree every migration test moves: hard links, symlinks (fast and slow), a sparse file, user
// xattrs, POSIX ACLs (an access ACL naming a user, a default ACL on a folder), names with a space, a
// newline, UTF-8 and a byte that is not UTF-8, 20 nested folders, a 2 MiB pattern and nanosecond
// times; and describeTree(), one line per entry with everything a copy must keep, so that equal
// descriptions mean equal trees. Shared by TestMigrateDir and TestTreeCopier.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>
#include <algorithm>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <functional>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace oddtree {

inline bool writeBytes(const QByteArray &path, const QByteArray &bytes)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, bytes.constData(), std::size_t(bytes.size())) == bytes.size();
    ::close(fd);
    return ok;
}

inline QByteArray fileDigest(const QByteArray &path)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    char buffer[65536];
    for (ssize_t n; fd >= 0 && (n = ::read(fd, buffer, sizeof buffer)) > 0;)
        hash.addData(QByteArrayView(buffer, n));
    if (fd >= 0)
        ::close(fd);
    return hash.result().toHex();
}

// A POSIX ACL in the kernel's xattr form (posix_acl_xattr_header, then entries of le16 tag, le16
// perm, le32 id), as setfacl hands it to setxattr. `entries`: {tag, perm, id}.
struct AclEntry
{
    quint16 tag;
    quint16 perm;
    quint32 id;
};
inline QByteArray aclXattr(const QList<AclEntry> &entries)
{
    QByteArray out;
    auto put = [&out](quint32 value, int bytes) {
        for (int i = 0; i < bytes; ++i)
            out.append(char((value >> (8 * i)) & 0xff));
    };
    put(2, 4); // POSIX_ACL_XATTR_VERSION
    for (const AclEntry &e : entries) {
        put(e.tag, 2);
        put(e.perm, 2);
        put(e.id, 4);
    }
    return out;
}
constexpr quint16 kUserObj = 0x01, kUser = 0x02, kGroupObj = 0x04, kMask = 0x10, kOther = 0x20;
constexpr quint32 kUndefinedId = 0xffffffff;

// user 12345 may read; the mask keeps the group bits at r--.
inline QByteArray accessAcl()
{
    return aclXattr({{kUserObj, 6, kUndefinedId},
                     {kUser, 4, 12345},
                     {kGroupObj, 4, kUndefinedId},
                     {kMask, 4, kUndefinedId},
                     {kOther, 0, kUndefinedId}});
}
// What new entries of a folder inherit: user 12345 may enter and read.
inline QByteArray defaultAcl()
{
    return aclXattr({{kUserObj, 7, kUndefinedId},
                     {kUser, 5, 12345},
                     {kGroupObj, 5, kUndefinedId},
                     {kMask, 5, kUndefinedId},
                     {kOther, 0, kUndefinedId}});
}

// Whether files in `folder` take user.* xattrs / POSIX ACLs.
inline bool takes(const QString &folder, const char *name, const QByteArray &value)
{
    const QByteArray probe = QFile::encodeName(folder + QStringLiteral("/.probe"));
    writeBytes(probe, "x");
    const bool ok = ::setxattr(probe.constData(), name, value.constData(), std::size_t(value.size()), 0) == 0;
    ::unlink(probe.constData());
    return ok;
}
inline bool takesUserXattrs(const QString &folder)
{
    return takes(folder, "user.probe", "1");
}
inline bool takesAcls(const QString &folder)
{
    return takes(folder, "system.posix_acl_access", accessAcl());
}

// Makes the tree at `root` (which must not exist). xattrs and ACLs only when asked (where the file
// system takes them).
inline QString makeTree(const QString &root, bool xattrs, bool acls)
{
    const QByteArray r = QFile::encodeName(root);
    QDir().mkpath(root + QStringLiteral("/sub/deeper"));
    writeBytes(r + "/plain.txt", "The quick brown fox.\n");
    writeBytes(r + "/with space.txt", "spaces\n");
    writeBytes(r + "/new\nline.txt", "newline\n");
    writeBytes(r + "/\xc3\xbcnic\xc3\xb6"
                   "de \xe2\x9c\x93.txt",
               "utf-8\n");
    writeBytes(r + "/latin1-\xe9.txt", "not utf-8\n");
    writeBytes(r + "/hard-a", QByteArray(70000, 'h'));
    ::link(QByteArray(r + "/hard-a").constData(), QByteArray(r + "/sub/hard-b").constData());
    ::symlink("plain.txt", QByteArray(r + "/fast-link").constData());
    ::symlink(QByteArray("sub/deeper/" + QByteArray(120, 'x') + "/nowhere").constData(),
              QByteArray(r + "/slow-link").constData());
    {
        const int fd = ::open(QByteArray(r + "/sparse.bin").constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        (void)::write(fd, "start", 5);
        (void)::pwrite(fd, "end", 3, 8 * 1024 * 1024 - 3);
        ::close(fd);
    }
    QByteArray deep = r + "/deep";
    for (int i = 0; i < 20; ++i)
        deep += "/level" + QByteArray::number(i);
    QDir().mkpath(QFile::decodeName(deep));
    writeBytes(deep + "/bottom.txt", "deep down\n");
    // 2 MiB of a pattern, so a flipped sector of it shows.
    QByteArray big(2 * 1024 * 1024, Qt::Uninitialized);
    for (int i = 0; i < big.size(); ++i)
        big[i] = char((i * 2654435761u) >> 24);
    writeBytes(r + "/big.bin", big);
    ::chmod(QByteArray(r + "/sub/deeper").constData(), 0751);
    ::chmod(QByteArray(r + "/plain.txt").constData(), 0640);
    ::chmod(r.constData(), 0700);
    if (xattrs) {
        ::setxattr(QByteArray(r + "/plain.txt").constData(), "user.color", "blue", 4, 0);
        ::setxattr(QByteArray(r + "/sub").constData(), "user.note", "folder", 6, 0);
    }
    if (acls) {
        const QByteArray access = accessAcl(), inherited = defaultAcl();
        ::setxattr(QByteArray(r + "/plain.txt").constData(), "system.posix_acl_access", access.constData(),
                   std::size_t(access.size()), 0);
        ::setxattr(QByteArray(r + "/sub/deeper").constData(), "system.posix_acl_default",
                   inherited.constData(), std::size_t(inherited.size()), 0);
    }
    // Times with nanoseconds, set last and bottom up so nothing written afterwards changes them.
    QList<QByteArray> all;
    std::function<void(const QByteArray &)> collect = [&](const QByteArray &dirPath) {
        DIR *dir = ::opendir(dirPath.constData());
        while (dir) {
            dirent *d = ::readdir(dir);
            if (!d)
                break;
            if (std::strcmp(d->d_name, ".") == 0 || std::strcmp(d->d_name, "..") == 0)
                continue;
            const QByteArray p = dirPath + '/' + d->d_name;
            all.append(p);
            struct stat st{};
            if (::lstat(p.constData(), &st) == 0 && S_ISDIR(st.st_mode))
                collect(p);
        }
        if (dir)
            ::closedir(dir);
    };
    collect(r);
    std::sort(all.begin(), all.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    all.append(r);
    qint64 t = 1700000000;
    for (const QByteArray &p : std::as_const(all)) {
        const timespec times[2] = {{time_t(t), 123456789}, {time_t(t), long(t % 1000000000)}};
        ::utimensat(AT_FDCWD, p.constData(), times, AT_SYMLINK_NOFOLLOW);
        ++t;
    }
    return root;
}

// One line per entry below `root` (names as bytes, percent-escaped): type, mode, owner, mtime to the
// nanosecond, symlink target or size, link count and SHA-256, every xattr (ACLs included) in hex.
inline void describe(const QByteArray &root, const QByteArray &relative, QStringList &lines)
{
    const QByteArray dirPath = relative.isEmpty() ? root : root + '/' + relative;
    DIR *dir = ::opendir(dirPath.constData());
    if (!dir)
        return;
    QList<QByteArray> names;
    while (dirent *d = ::readdir(dir))
        if (std::strcmp(d->d_name, ".") != 0 && std::strcmp(d->d_name, "..") != 0)
            names.append(QByteArray(d->d_name));
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    for (const QByteArray &name : std::as_const(names)) {
        const QByteArray rel = relative.isEmpty() ? name : relative + '/' + name;
        const QByteArray path = root + '/' + rel;
        struct stat st{};
        ::lstat(path.constData(), &st);
        QString line = QString::fromLatin1(rel.toPercentEncoding("/ ")) +
                       QStringLiteral(" type=%1 mode=%2 owner=%3:%4 mtime=%5.%6")
                           .arg(st.st_mode & S_IFMT, 0, 8)
                           .arg(st.st_mode & 07777, 0, 8)
                           .arg(st.st_uid)
                           .arg(st.st_gid)
                           .arg(qint64(st.st_mtim.tv_sec))
                           .arg(qint64(st.st_mtim.tv_nsec), 9, 10, QLatin1Char('0'));
        if (S_ISLNK(st.st_mode)) {
            char target[4096];
            const ssize_t n = ::readlink(path.constData(), target, sizeof target);
            line +=
                QStringLiteral(" target=") + QString::fromUtf8(QByteArray(target, int(qMax<ssize_t>(n, 0))));
        } else if (S_ISREG(st.st_mode)) {
            line += QStringLiteral(" size=%1 links=%2 sha256=%3")
                        .arg(st.st_size)
                        .arg(st.st_nlink)
                        .arg(QString::fromLatin1(fileDigest(path)));
        }
        char attrNames[4096];
        const ssize_t n = ::llistxattr(path.constData(), attrNames, sizeof attrNames);
        QStringList attrs;
        for (ssize_t i = 0; i < n; i += ssize_t(std::strlen(attrNames + i)) + 1) {
            char value[4096];
            const ssize_t v = ::lgetxattr(path.constData(), attrNames + i, value, sizeof value);
            attrs.append(QString::fromLatin1(attrNames + i) + QLatin1Char('=') +
                         QString::fromLatin1(QByteArray(value, int(qMax<ssize_t>(v, 0))).toHex()));
        }
        attrs.sort();
        if (!attrs.isEmpty())
            line += QStringLiteral(" xattrs=") + attrs.join(QLatin1Char(','));
        lines.append(line);
        if (S_ISDIR(st.st_mode))
            describe(root, rel, lines);
    }
}

inline QStringList describeTree(const QString &root)
{
    QStringList lines;
    describe(QFile::encodeName(root), {}, lines);
    return lines;
}

} // namespace oddtree

// Fails naming the first line that differs (QCOMPARE of lists prints only their sizes).
#define COMPARE_TREES(actual, expected)                                                                      \
    do {                                                                                                     \
        const QStringList a_ = (actual), e_ = (expected);                                                    \
        for (const QString &line : e_)                                                                       \
            if (!a_.contains(line))                                                                          \
                QFAIL(qPrintable(QStringLiteral("missing or different: ") + line));                          \
        for (const QString &line : a_)                                                                       \
            if (!e_.contains(line))                                                                          \
                QFAIL(qPrintable(QStringLiteral("not in the original: ") + line));                           \
    } while (false)
