#include "uservolume/UserVolumeJobs.h"

#include "core/AuditLog.h"
#include "core/JobWorkProgress.h"
#include "core/SafeFile.h"
#include "uservolume/ExtCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace strongroom {

namespace {

QString shown(const QByteArray &path)
{
    return displayName(path.isEmpty() ? QByteArrayLiteral("/") : path);
}

QString isoTime(qint64 seconds, quint32 ns)
{
    return QDateTime::fromMSecsSinceEpoch(seconds * 1000 + ns / 1000000, QTimeZone::UTC)
        .toString(Qt::ISODateWithMs);
}

QString systemError(const QString &what, const QString &path)
{
    return QCoreApplication::translate("UserVolumeJobs", "Cannot %1 %2: %3")
        .arg(what, path, QString::fromLocal8Bit(std::strerror(errno)));
}

// A name from a directory that must not leave the target folder when used as a path component.
bool safeName(const QByteArray &name)
{
    return !name.isEmpty() && name != "." && name != ".." && !name.contains('/') && !name.contains('\0');
}

// Writes all of `data` to `fd`, leaving holes for blocks of zeros when `sparse` (the length is set
// at the end by the caller with ftruncate).
bool writeAll(int fd, const char *data, qint64 size, bool sparse)
{
    constexpr qint64 kBlock = 4096;
    qint64 done = 0;
    while (done < size) {
        const qint64 n = std::min(kBlock, size - done);
        if (sparse && n == kBlock) {
            static const char zeros[kBlock] = {};
            if (std::memcmp(data + done, zeros, std::size_t(n)) == 0) {
                if (::lseek(fd, off_t(n), SEEK_CUR) < 0)
                    return false;
                done += n;
                continue;
            }
        }
        const ssize_t w = ::write(fd, data + done, std::size_t(n));
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        done += w;
    }
    return true;
}

} // namespace

QString displayName(const QByteArray &name)
{
    if (QUtf8StringView(name).isValidUtf8())
        return QString::fromUtf8(name);
    QString text;
    for (const char c : name) {
        if (quint8(c) < 0x80)
            text += QLatin1Char(c);
        else
            text += QStringLiteral("\\x%1").arg(quint8(c), 2, 16, QLatin1Char('0'));
    }
    return text;
}

QJsonObject entryJson(const QByteArray &name, const ExtInode &inode, const QByteArray &linkTarget)
{
    QJsonObject entry{
        {QStringLiteral("name"), displayName(name)},
        {QStringLiteral("type"), inode.typeName()},
        {QStringLiteral("mode"), QStringLiteral("%1").arg(inode.mode & 07777, 4, 8, QLatin1Char('0'))},
        {QStringLiteral("size"), inode.size},
        {QStringLiteral("allocated"), inode.allocatedBytes},
        {QStringLiteral("uid"), qint64(inode.uid)},
        {QStringLiteral("gid"), qint64(inode.gid)},
        {QStringLiteral("links"), qint64(inode.links)},
        {QStringLiteral("inode"), qint64(inode.ino)},
        {QStringLiteral("mtime"), isoTime(inode.mtime, inode.mtimeNs)},
        {QStringLiteral("mtime_ns"), QString::number(inode.mtime * 1000000000LL + inode.mtimeNs)}};
    if (!QUtf8StringView(name).isValidUtf8())
        entry.insert(QStringLiteral("name_hex"), QString::fromLatin1(name.toHex()));
    if (inode.isSymlink())
        entry.insert(QStringLiteral("target"), displayName(linkTarget));
    return entry;
}

// ---------------------------------------------------------------------------------------------

QList<JobStep> UserVolumeJob::steps() const
{
    return QList<JobStep>{
               JobStep{QCoreApplication::translate("UserVolumeJobs", "Unlock the volume"), false}} +
           workSteps();
}

void UserVolumeJob::run(JobContext &context)
{
    const AuditLog &log = context.audit();
    const QString target = QFileInfo(m_source.image).absoluteFilePath();
    context.startStep(0);
    // libcryptsetup's key derivation is one call; about as long as a slot's unlock time.
    context.beginUnstoppable(2000);
    auto image = DecryptedImage::open(m_source.image, m_source.header, m_source.key);
    context.endUnstoppable();
    m_source.key.wipe();
    std::optional<Error> error;
    std::unique_ptr<ExtFileSystem> fs;
    if (!image)
        error = image.error();
    else {
        context.log(QCoreApplication::translate(
                        "UserVolumeJobs", "Key slot %1 opened %2 (%3, %4-byte sectors, data at byte %5).")
                        .arg((*image)->keySlot())
                        .arg(m_source.image, (*image)->cipherName())
                        .arg((*image)->sectorSize())
                        .arg((*image)->dataOffset()));
        auto opened = ExtFileSystem::open(std::move(image.value()), opensDamaged());
        if (!opened)
            error = opened.error();
        else
            fs = std::move(opened.value());
    }
    if (!error && !context.isCancelled())
        if (const Status done = work(context, *fs); !done && !done.cancelled())
            error = done.error();
    if (error) {
        context.fail(*error);
        log.append(action(), target, QStringLiteral("failed"), {{QStringLiteral("error"), error->toJson()}});
        return;
    }
    if (context.isCancelled()) {
        log.append(action(), target, QStringLiteral("cancelled"));
        return;
    }
    log.append(action(), target, QStringLiteral("succeeded"), m_auditDetails);
}

// ---------------------------------------------------------------------------------------------

VolumeListJob::VolumeListJob(UserVolumeSource source, QByteArray path, bool recursive)
    : UserVolumeJob(std::move(source)), m_path(std::move(path)), m_recursive(recursive)
{
}

QString VolumeListJob::title() const
{
    return QCoreApplication::translate("UserVolumeJobs", "List %1 in %2")
        .arg(shown(m_path), QFileInfo(source().image).fileName());
}

QList<JobStep> VolumeListJob::workSteps() const
{
    return {JobStep{QCoreApplication::translate("UserVolumeJobs", "Read the directory"), false}};
}

std::optional<Error> VolumeListJob::listInto(JobContext &context, ExtFileSystem &fs, quint32 directory,
                                             const QByteArray &prefix, QJsonArray &out)
{
    auto entries = fs.list(directory);
    if (!entries)
        return entries.error();
    std::sort(entries->begin(), entries->end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    context.setTotal(out.size() + entries->size());
    for (const ExtDirEntry &e : *entries) {
        if (context.isCancelled())
            return std::nullopt;
        auto inode = fs.stat(e.ino);
        if (!inode)
            return inode.error();
        QByteArray target;
        if (inode->isSymlink()) {
            auto link = fs.readLink(e.ino);
            if (!link)
                return link.error();
            target = *link;
        }
        QJsonObject entry = entryJson(e.name, *inode, target);
        const QByteArray path = prefix.isEmpty() ? e.name : prefix + '/' + e.name;
        if (m_recursive) {
            entry.insert(QStringLiteral("path"), displayName(path));
            if (!QUtf8StringView(path).isValidUtf8())
                entry.insert(QStringLiteral("path_hex"), QString::fromLatin1(path.toHex()));
        }
        out.append(entry);
        context.addProgress(1);
        if (m_recursive && inode->isDirectory() && safeName(e.name))
            if (auto failed = listInto(context, fs, e.ino, path, out))
                return failed;
    }
    return std::nullopt;
}

Status VolumeListJob::work(JobContext &context, ExtFileSystem &fs)
{
    context.startStep(1);
    auto ino = fs.lookup(m_path);
    if (!ino)
        return ino.error();
    auto top = fs.stat(*ino);
    if (!top)
        return top.error();
    QJsonArray out;
    if (top->isDirectory()) {
        if (auto failed = listInto(context, fs, *ino, {}, out))
            return *failed;
    } else {
        QByteArray target;
        if (top->isSymlink()) {
            auto link = fs.readLink(*ino);
            if (!link)
                return link.error();
            target = *link;
        }
        out.append(entryJson(m_path.mid(m_path.lastIndexOf('/') + 1), *top, target));
    }
    if (context.isCancelled())
        return Status::success();
    context.setData({{QStringLiteral("image"), source().image},
                     {QStringLiteral("path"), shown(m_path)},
                     {QStringLiteral("directory"), top->isDirectory()},
                     {QStringLiteral("recursive"), m_recursive},
                     {QStringLiteral("entries"), out}});
    context.setOverview(QCoreApplication::translate("UserVolumeJobs", "%1 entries in %2.")
                            .arg(out.size())
                            .arg(shown(m_path)));
    setAuditDetails({{QStringLiteral("path"), shown(m_path)}, {QStringLiteral("entries"), out.size()}});
    return Status::success();
}

// ---------------------------------------------------------------------------------------------

VolumeDiskUsageJob::VolumeDiskUsageJob(UserVolumeSource source, QByteArray path)
    : UserVolumeJob(std::move(source)), m_path(std::move(path))
{
}

QString VolumeDiskUsageJob::title() const
{
    return QCoreApplication::translate("UserVolumeJobs", "Disk usage of %1 in %2")
        .arg(shown(m_path), QFileInfo(source().image).fileName());
}

QList<JobStep> VolumeDiskUsageJob::workSteps() const
{
    return {JobStep{QCoreApplication::translate("UserVolumeJobs", "Walk the tree"), false}};
}

Status VolumeDiskUsageJob::work(JobContext &context, ExtFileSystem &fs)
{
    context.startStep(1);
    auto ino = fs.lookup(m_path);
    if (!ino)
        return ino.error();
    QSet<quint32> seen; // hard links count once, as du does
    struct Usage
    {
        qint64 apparent = 0, allocated = 0, files = 0, directories = 0;
    };
    std::function<Status(quint32, Usage &)> walk = [&](quint32 number, Usage &usage) -> Status {
        if (context.isCancelled())
            return Cancelled{QCoreApplication::translate("UserVolumeJobs", "Cancelled.")};
        auto inode = fs.stat(number);
        if (!inode)
            return inode.error();
        if (inode->links > 1 && !inode->isDirectory()) {
            if (seen.contains(number))
                return Status::success();
            seen.insert(number);
        }
        usage.apparent += inode->size;
        usage.allocated += inode->allocatedBytes;
        context.addProgress(1);
        if (!inode->isDirectory()) {
            ++usage.files;
            return Status::success();
        }
        ++usage.directories;
        auto entries = fs.list(number);
        if (!entries)
            return entries.error();
        for (const ExtDirEntry &e : *entries)
            if (Status walked = walk(e.ino, usage); !walked)
                return walked;
        return Status::success();
    };
    auto top = fs.stat(*ino);
    if (!top)
        return top.error();
    Usage total;
    QJsonArray children;
    if (top->isDirectory()) {
        total.apparent = top->size;
        total.allocated = top->allocatedBytes;
        total.directories = 1;
        auto entries = fs.list(*ino);
        if (!entries)
            return entries.error();
        std::sort(entries->begin(), entries->end(),
                  [](const auto &a, const auto &b) { return a.name < b.name; });
        for (const ExtDirEntry &e : *entries) {
            Usage child;
            if (Status walked = walk(e.ino, child); !walked)
                return walked;
            total.apparent += child.apparent;
            total.allocated += child.allocated;
            total.files += child.files;
            total.directories += child.directories;
            children.append(QJsonObject{{QStringLiteral("name"), QFile::decodeName(e.name)},
                                        {QStringLiteral("apparent_bytes"), child.apparent},
                                        {QStringLiteral("allocated_bytes"), child.allocated}});
        }
    } else if (Status walked = walk(*ino, total); !walked) {
        return walked;
    }
    context.setData({{QStringLiteral("image"), source().image},
                     {QStringLiteral("path"), shown(m_path)},
                     {QStringLiteral("apparent_bytes"), total.apparent},
                     {QStringLiteral("allocated_bytes"), total.allocated},
                     {QStringLiteral("files"), total.files},
                     {QStringLiteral("directories"), total.directories},
                     {QStringLiteral("entries"), children}});
    setAuditDetails(
        {{QStringLiteral("path"), shown(m_path)}, {QStringLiteral("apparent_bytes"), total.apparent}});
    context.setOverview(QCoreApplication::translate(
                            "UserVolumeJobs", "%1: %2 bytes in %3 files and %4 folders (%5 bytes allocated).")
                            .arg(shown(m_path))
                            .arg(total.apparent)
                            .arg(total.files)
                            .arg(total.directories)
                            .arg(total.allocated));
    return Status::success();
}

// ---------------------------------------------------------------------------------------------

VolumeReadFileJob::VolumeReadFileJob(UserVolumeSource source, QByteArray path, int fd, qint64 limit)
    : UserVolumeJob(std::move(source)), m_path(std::move(path)), m_fd(fd), m_limit(limit)
{
}

QString VolumeReadFileJob::title() const
{
    return QCoreApplication::translate("UserVolumeJobs", "Read %1 from %2")
        .arg(shown(m_path), QFileInfo(source().image).fileName());
}

QList<JobStep> VolumeReadFileJob::workSteps() const
{
    return {JobStep{QCoreApplication::translate("UserVolumeJobs", "Read the file"), false}};
}

Status VolumeReadFileJob::work(JobContext &context, ExtFileSystem &fs)
{
    context.startStep(1);
    ext2_ino_t number = 0;
    const errcode_t rc =
        ext2fs_namei_follow(fs.handle(), EXT2_ROOT_INO, EXT2_ROOT_INO, m_path.constData(), &number);
    if (rc == EXT2_ET_FILE_NOT_FOUND || rc == EXT2_ET_NO_DIRECTORY)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("UserVolumeJobs", "%1: there is no %2 in the volume.")
                         .arg(source().image, shown(m_path)),
                     QStringLiteral("not-found"));
    if (rc)
        return fs.error(rc,
                        QCoreApplication::translate("UserVolumeJobs", "looking up %1").arg(shown(m_path)));
    auto inode = fs.stat(number);
    if (!inode)
        return inode.error();
    if (!inode->isRegular())
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("UserVolumeJobs", "%1 in %2 is a %3, not a file.")
                         .arg(shown(m_path), source().image, inode->typeName()));
    const qint64 wanted = m_limit > 0 ? std::min(m_limit, inode->size) : inode->size;
    context.startStep(1, wanted, ProgressUnit::Bytes);
    qint64 written = 0;
    std::optional<Error> failure;
    const Status read = fs.read(number, [&](const char *data, qint64 size) {
        if (context.isCancelled())
            return false;
        const qint64 n = std::min(size, wanted - written);
        if (m_fd < 0)
            m_bytes.append(data, n);
        else if (!writeAll(m_fd, data, n, false)) {
            failure = Error(ExitCode::Failure,
                            systemError(QCoreApplication::translate("UserVolumeJobs", "write"),
                                        QCoreApplication::translate("UserVolumeJobs", "the output")));
            return false;
        }
        written += n;
        context.setProgress(written);
        return written < wanted;
    });
    if (failure)
        return *failure;
    // The sink stops the read once `wanted` bytes arrived: that cancel is the end of a short read.
    if (!read && !(read.cancelled() && written >= wanted))
        return read;
    context.setData({{QStringLiteral("image"), source().image},
                     {QStringLiteral("path"), shown(m_path)},
                     {QStringLiteral("bytes"), written},
                     {QStringLiteral("size"), inode->size}});
    setAuditDetails({{QStringLiteral("path"), shown(m_path)}, {QStringLiteral("bytes"), written}});
    context.setOverview(
        QCoreApplication::translate("UserVolumeJobs", "%1: %2 bytes read.").arg(shown(m_path)).arg(written));
    return Status::success();
}

// ---------------------------------------------------------------------------------------------

namespace {

// Copies a subtree out of the volume: the walk of VolumeExtractJob. Destinations are bytes, as the
// volume's names are: a name that is not UTF-8 is extracted under exactly that name.
class Extractor
{
public:
    Extractor(JobContext &context, ExtFileSystem &fs, bool force)
        : m_context(context), m_fs(fs), m_force(force), m_root(::geteuid() == 0)
    {
    }

    // Pass 1: how many bytes the regular files hold (for progress), refusing unsafe names.
    std::optional<Error> measure(quint32 ino, qint64 &bytes);
    std::optional<Error> extract(quint32 ino, const QByteArray &destination);

    qint64 files = 0, folders = 0, links = 0, hardLinks = 0, bytes = 0;
    QStringList notes;

private:
    std::optional<Error> extractFile(const ExtInode &inode, const QByteArray &destination);
    std::optional<Error> extractLink(const ExtInode &inode, const QByteArray &destination);
    std::optional<Error> place(const QByteArray &temp, const QByteArray &destination);
    void applyXattrs(quint32 ino, const QByteArray &path, bool isLink);
    bool cancelled() { return m_context.isCancelled(); }

    JobContext &m_context;
    ExtFileSystem &m_fs;
    bool m_force;
    bool m_root;
    QHash<quint32, QByteArray> m_extracted; // inode -> first path, to keep hard links
};

// A Strongroom temp name (safefile::tempPathFor's form, all ASCII) beside `destination`.
QByteArray tempBeside(const QByteArray &destination)
{
    const QString name =
        QFileInfo(safefile::tempPathFor(QStringLiteral("/entry"), QStringLiteral("volume-get"))).fileName();
    const qsizetype slash = destination.lastIndexOf('/');
    return (slash < 0 ? QByteArray() : destination.left(slash + 1)) + QFile::encodeName(name);
}

std::optional<Error> Extractor::measure(quint32 ino, qint64 &total)
{
    if (cancelled())
        return std::nullopt;
    auto inode = m_fs.stat(ino);
    if (!inode)
        return inode.error();
    if (inode->isRegular())
        total += inode->size;
    if (!inode->isDirectory())
        return std::nullopt;
    auto entries = m_fs.list(ino);
    if (!entries)
        return entries.error();
    for (const ExtDirEntry &e : *entries) {
        if (!safeName(e.name))
            return Error(ExitCode::Integrity,
                         QCoreApplication::translate("UserVolumeJobs",
                                                     "Directory inode %1 holds an entry named \"%2\", which "
                                                     "no file system allows; nothing was extracted.")
                             .arg(ino)
                             .arg(QFile::decodeName(e.name)));
        if (auto failed = measure(e.ino, total))
            return failed;
    }
    return std::nullopt;
}

std::optional<Error> Extractor::place(const QByteArray &temp, const QByteArray &destination)
{
    const Status placed =
        m_force ? safefile::atomicReplace(temp, destination) : safefile::placeNew(temp, destination);
    if (!placed) {
        struct stat st{};
        if (!m_force && ::lstat(destination.constData(), &st) == 0)
            return Error(
                ExitCode::Usage,
                QCoreApplication::translate(
                    "UserVolumeJobs", "%1 already exists; nothing was replaced (use --force to replace it).")
                    .arg(QFile::decodeName(destination)));
        return placed.error();
    }
    return std::nullopt;
}

void Extractor::applyXattrs(quint32 ino, const QByteArray &path, bool isLink)
{
    auto attrs = m_fs.xattrs(ino);
    if (!attrs) {
        notes.append(attrs.error().message);
        return;
    }
    for (const auto &[name, value] : *attrs) {
        if (!m_root && !name.startsWith("user."))
            continue;
        if (isLink && name.startsWith("user."))
            continue; // Linux allows no user.* attributes on symlinks
        const int rc = isLink ? ::lsetxattr(path.constData(), name.constData(), value.constData(),
                                            std::size_t(value.size()), 0)
                              : ::setxattr(path.constData(), name.constData(), value.constData(),
                                           std::size_t(value.size()), 0);
        if (rc != 0)
            notes.append(QCoreApplication::translate("UserVolumeJobs",
                                                     "%1: the extended attribute %2 could not be set: %3")
                             .arg(QFile::decodeName(path), QString::fromLatin1(name),
                                  QString::fromLocal8Bit(std::strerror(errno))));
    }
}

std::optional<Error> Extractor::extractFile(const ExtInode &inode, const QByteArray &destination)
{
    const QByteArray temp = tempBeside(destination);
    const QString shownTemp = QFile::decodeName(temp);
    auto guard = qScopeGuard([&temp] { ::unlink(temp.constData()); });
    if (const auto seen = m_extracted.constFind(inode.ino); seen != m_extracted.constEnd()) {
        if (::link(seen->constData(), temp.constData()) != 0)
            return Error(ExitCode::Failure,
                         systemError(QCoreApplication::translate("UserVolumeJobs", "link"), shownTemp));
        if (auto failed = place(temp, destination))
            return failed;
        guard.dismiss();
        ++hardLinks;
        return std::nullopt;
    }
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error(ExitCode::Failure,
                     systemError(QCoreApplication::translate("UserVolumeJobs", "create"), shownTemp));
    std::optional<Error> failure;
    const Status read = m_fs.read(inode.ino, [&](const char *data, qint64 size) {
        if (m_context.isCancelled())
            return false;
        if (!writeAll(fd, data, size, true)) {
            failure = Error(ExitCode::Failure,
                            systemError(QCoreApplication::translate("UserVolumeJobs", "write"), shownTemp));
            return false;
        }
        bytes += size;
        m_context.addProgress(size);
        return true;
    });
    auto finish = [&]() -> Status {
        if (failure)
            return *failure;
        if (!read)
            return read;
        if (::ftruncate(fd, off_t(inode.size)) != 0)
            return Error(ExitCode::Failure,
                         systemError(QCoreApplication::translate("UserVolumeJobs", "write"), shownTemp));
        if (m_root && ::fchown(fd, inode.uid, inode.gid) != 0)
            return Error(
                ExitCode::Failure,
                systemError(QCoreApplication::translate("UserVolumeJobs", "set the owner of"), shownTemp));
        if (::fchmod(fd, m_root ? (inode.mode & 07777) : (inode.mode & 0777)) != 0)
            return Error(
                ExitCode::Failure,
                systemError(QCoreApplication::translate("UserVolumeJobs", "set the mode of"), shownTemp));
        if (::fsync(fd) != 0)
            return Error(ExitCode::Failure,
                         systemError(QCoreApplication::translate("UserVolumeJobs", "write"), shownTemp));
        return Status::success();
    };
    Status failed = finish();
    if (failed) {
        applyXattrs(inode.ino, temp, false);
        const timespec times[2] = {{time_t(inode.atime), long(inode.atimeNs)},
                                   {time_t(inode.mtime), long(inode.mtimeNs)}};
        if (::futimens(fd, times) != 0)
            failed = Error(
                ExitCode::Failure,
                systemError(QCoreApplication::translate("UserVolumeJobs", "set the times of"), shownTemp));
    }
    ::close(fd);
    // A cancelled read leaves the temp file to the guard; the caller sees the cancel in the context.
    if (!failed)
        return failed.cancelled() ? std::nullopt : std::optional(failed.error());
    if (auto placed = place(temp, destination))
        return placed;
    guard.dismiss();
    if (inode.links > 1)
        m_extracted.insert(inode.ino, destination);
    ++files;
    return std::nullopt;
}

std::optional<Error> Extractor::extractLink(const ExtInode &inode, const QByteArray &destination)
{
    auto target = m_fs.readLink(inode.ino);
    if (!target)
        return target.error();
    const QByteArray temp = tempBeside(destination);
    const QString shownTemp = QFile::decodeName(temp);
    auto guard = qScopeGuard([&temp] { ::unlink(temp.constData()); });
    if (::symlink(target->constData(), temp.constData()) != 0)
        return Error(ExitCode::Failure,
                     systemError(QCoreApplication::translate("UserVolumeJobs", "create"), shownTemp));
    if (m_root && ::lchown(temp.constData(), inode.uid, inode.gid) != 0)
        return Error(
            ExitCode::Failure,
            systemError(QCoreApplication::translate("UserVolumeJobs", "set the owner of"), shownTemp));
    applyXattrs(inode.ino, temp, true);
    const timespec times[2] = {{time_t(inode.atime), long(inode.atimeNs)},
                               {time_t(inode.mtime), long(inode.mtimeNs)}};
    if (::utimensat(AT_FDCWD, temp.constData(), times, AT_SYMLINK_NOFOLLOW) != 0)
        return Error(
            ExitCode::Failure,
            systemError(QCoreApplication::translate("UserVolumeJobs", "set the times of"), shownTemp));
    if (auto placed = place(temp, destination))
        return placed;
    guard.dismiss();
    ++links;
    return std::nullopt;
}

std::optional<Error> Extractor::extract(quint32 ino, const QByteArray &destination)
{
    if (cancelled())
        return std::nullopt;
    auto inode = m_fs.stat(ino);
    if (!inode)
        return inode.error();
    if (inode->isRegular())
        return extractFile(*inode, destination);
    if (inode->isSymlink())
        return extractLink(*inode, destination);
    const QString named = QFile::decodeName(destination);
    if (!inode->isDirectory()) {
        notes.append(QCoreApplication::translate("UserVolumeJobs", "%1: a %2 is not extracted.")
                         .arg(named, inode->typeName()));
        return std::nullopt;
    }
    struct stat st{};
    const bool present = ::lstat(destination.constData(), &st) == 0;
    // Never into a symlink: with --force, a link planted at a folder's name would send the files
    // wherever it points.
    if (present && !S_ISDIR(st.st_mode))
        return Error(ExitCode::Usage,
                     QCoreApplication::translate(
                         "UserVolumeJobs", "%1 exists and is not a folder; nothing was extracted into it.")
                         .arg(named));
    const bool existed = present;
    if (existed && !m_force)
        return Error(
            ExitCode::Usage,
            QCoreApplication::translate(
                "UserVolumeJobs", "%1 already exists; nothing was replaced (use --force to extract into it).")
                .arg(named));
    if (!existed && ::mkdir(destination.constData(), 0700) != 0)
        return Error(errno == EEXIST ? ExitCode::Usage : ExitCode::Failure,
                     systemError(QCoreApplication::translate("UserVolumeJobs", "create the folder"), named));
    auto entries = m_fs.list(ino);
    if (!entries)
        return entries.error();
    for (const ExtDirEntry &e : *entries) {
        if (auto failed = extract(e.ino, destination + '/' + e.name))
            return failed;
        if (cancelled())
            return std::nullopt;
    }
    // The folder's own mode and times last: writing into it changed its times, and a read-only mode
    // would have stopped the writes.
    if (m_root && ::lchown(destination.constData(), inode->uid, inode->gid) != 0)
        return Error(ExitCode::Failure,
                     systemError(QCoreApplication::translate("UserVolumeJobs", "set the owner of"), named));
    applyXattrs(ino, destination, false);
    if (::chmod(destination.constData(), m_root ? (inode->mode & 07777) : (inode->mode & 0777)) != 0)
        return Error(ExitCode::Failure,
                     systemError(QCoreApplication::translate("UserVolumeJobs", "set the mode of"), named));
    const timespec times[2] = {{time_t(inode->atime), long(inode->atimeNs)},
                               {time_t(inode->mtime), long(inode->mtimeNs)}};
    if (::utimensat(AT_FDCWD, destination.constData(), times, AT_SYMLINK_NOFOLLOW) != 0)
        return Error(ExitCode::Failure,
                     systemError(QCoreApplication::translate("UserVolumeJobs", "set the times of"), named));
    if (const int fd = ::open(destination.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    ++folders;
    return std::nullopt;
}

} // namespace

VolumeExtractJob::VolumeExtractJob(UserVolumeSource source, Request request)
    : UserVolumeJob(std::move(source)), m_request(std::move(request))
{
}

QString VolumeExtractJob::title() const
{
    return QCoreApplication::translate("UserVolumeJobs", "Extract from %1")
        .arg(QFileInfo(source().image).fileName());
}

QList<JobStep> VolumeExtractJob::workSteps() const
{
    return {JobStep{QCoreApplication::translate("UserVolumeJobs", "Read the directory tree"), false},
            JobStep{QCoreApplication::translate("UserVolumeJobs", "Extract the files"), false}};
}

Status VolumeExtractJob::work(JobContext &context, ExtFileSystem &fs)
{
    context.startStep(1);
    if (!QFileInfo(m_request.targetFolder).isDir())
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("UserVolumeJobs", "%1 is not a folder; create it first.")
                         .arg(m_request.targetFolder));
    Extractor extractor(context, fs, m_request.force);
    QList<std::pair<quint32, QByteArray>> tops;
    const QByteArray target = QFile::encodeName(m_request.targetFolder);
    qint64 total = 0;
    for (const QByteArray &path : m_request.paths) {
        auto ino = fs.lookup(path);
        if (!ino)
            return ino.error();
        if (auto failed = extractor.measure(*ino, total))
            return *failed;
        QByteArray trimmed = path;
        while (trimmed.endsWith('/'))
            trimmed.chop(1);
        const QByteArray base = trimmed.mid(trimmed.lastIndexOf('/') + 1);
        if (base.isEmpty()) {
            // The root: its entries go into the target folder itself.
            auto entries = fs.list(*ino);
            if (!entries)
                return entries.error();
            for (const ExtDirEntry &e : *entries)
                tops.append({e.ino, target + '/' + e.name});
        } else {
            tops.append({*ino, target + '/' + base});
        }
    }
    if (context.isCancelled())
        return Status::success();
    if (Status room =
            safefile::requireFreeSpace(m_request.targetFolder, total,
                                       QCoreApplication::translate("UserVolumeJobs", "the extracted files"));
        !room)
        return room.error();
    context.startStep(2, total, ProgressUnit::Bytes);
    for (const auto &[ino, destination] : tops) {
        if (auto failed = extractor.extract(ino, destination))
            return *failed;
        if (context.isCancelled())
            return Status::success();
    }
    for (const QString &note : extractor.notes)
        context.addDetail(note);
    context.setData({{QStringLiteral("image"), source().image},
                     {QStringLiteral("to"), QFileInfo(m_request.targetFolder).absoluteFilePath()},
                     {QStringLiteral("files"), extractor.files},
                     {QStringLiteral("folders"), extractor.folders},
                     {QStringLiteral("symlinks"), extractor.links},
                     {QStringLiteral("hard_links"), extractor.hardLinks},
                     {QStringLiteral("bytes"), extractor.bytes},
                     {QStringLiteral("notes"), QJsonArray::fromStringList(extractor.notes)}});
    QJsonArray paths;
    for (const QByteArray &path : m_request.paths)
        paths.append(shown(path));
    setAuditDetails({{QStringLiteral("paths"), paths},
                     {QStringLiteral("to"), QFileInfo(m_request.targetFolder).absoluteFilePath()},
                     {QStringLiteral("files"), extractor.files},
                     {QStringLiteral("bytes"), extractor.bytes}});
    context.setOverview(QCoreApplication::translate(
                            "UserVolumeJobs",
                            "Extracted %1 files (%2 bytes), %3 folders, %4 symlinks and %5 hard links to %6.")
                            .arg(extractor.files)
                            .arg(extractor.bytes)
                            .arg(extractor.folders)
                            .arg(extractor.links)
                            .arg(extractor.hardLinks)
                            .arg(m_request.targetFolder));
    return Status::success();
}

// ---------------------------------------------------------------------------------------------

VolumeCheckJob::VolumeCheckJob(UserVolumeSource source) : UserVolumeJob(std::move(source)) {}

QString VolumeCheckJob::title() const
{
    return QCoreApplication::translate("UserVolumeJobs", "Check the file system in %1")
        .arg(QFileInfo(source().image).fileName());
}

QList<JobStep> VolumeCheckJob::workSteps() const
{
    return {JobStep{QCoreApplication::translate("UserVolumeJobs", "Check the inodes"), false},
            JobStep{QCoreApplication::translate("UserVolumeJobs", "Compare the bitmaps"), false},
            JobStep{QCoreApplication::translate("UserVolumeJobs", "Check the directories"), false}};
}

Status VolumeCheckJob::work(JobContext &context, ExtFileSystem &fs)
{
    const extcheck::Result result =
        extcheck::check(fs, workProgressWithPhases(context, 1, ProgressUnit::Items));
    if (result.cancelled)
        return Status::success();
    QJsonArray problems;
    for (const extcheck::Problem &p : result.problems) {
        problems.append(
            QJsonObject{{QStringLiteral("area"), p.area}, {QStringLiteral("message"), p.message}});
        context.addDetail(QStringLiteral("%1: %2").arg(p.area, p.message));
    }
    context.setData({{QStringLiteral("image"), source().image},
                     {QStringLiteral("clean"), result.problems.isEmpty()},
                     {QStringLiteral("inodes_checked"), result.inodesChecked},
                     {QStringLiteral("directories_checked"), result.directoriesChecked},
                     {QStringLiteral("blocks_in_use"), result.blocksInUse},
                     {QStringLiteral("problems"), problems}});
    setAuditDetails({{QStringLiteral("problems"), problems.size()},
                     {QStringLiteral("inodes_checked"), result.inodesChecked}});
    if (!result.problems.isEmpty())
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate(
                         "UserVolumeJobs",
                         "%1: the file system has %2 problems (listed above); nothing was changed. "
                         "Run e2fsck on a copy of the opened volume to repair it.")
                         .arg(source().image)
                         .arg(result.problems.size()),
                     QStringLiteral("file-system"));
    context.setOverview(
        QCoreApplication::translate("UserVolumeJobs",
                                    "%1: the file system is consistent (%2 inodes, %3 directories checked).")
            .arg(source().image)
            .arg(result.inodesChecked)
            .arg(result.directoriesChecked));
    return Status::success();
}

} // namespace strongroom
