#include "core/SafeFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace strongroom::safefile {

namespace {
const QString kPrefix = QStringLiteral(".strongroom-tmp-");

Status fsyncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return Error(ExitCode::Failure, QStringLiteral("%1: cannot open to flush: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return Error(ExitCode::Failure,
                     QStringLiteral("%1: flushing to disk failed: %2").arg(path, QString::fromLocal8Bit(std::strerror(err))));
    return Status::success();
}
} // namespace

QString tempPathFor(const QString &finalPath, const QString &operation)
{
    const QFileInfo info(finalPath);
    const QString name = kPrefix + operation + QLatin1Char('-') + QString::number(::getpid()) + QLatin1Char('-') +
                         QString::number(QRandomGenerator::global()->generate(), 36) + QLatin1Char('-') + info.fileName();
    return info.absoluteDir().filePath(name);
}

bool isStrongroomTemp(const QString &fileName)
{
    return QFileInfo(fileName).fileName().startsWith(kPrefix);
}

QStringList staleTemps(const QString &folder)
{
    static const QRegularExpression pattern(QStringLiteral("^\\.strongroom-tmp-[a-z-]+-(\\d+)-"));
    QStringList stale;
    const QStringList names = QDir(folder).entryList({kPrefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        const auto m = pattern.match(name);
        const pid_t pid = m.hasMatch() ? pid_t(m.captured(1).toInt()) : 0;
        const bool running = pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
        if (!running)
            stale.append(QDir(folder).filePath(name));
    }
    return stale;
}

void removeTemp(const QString &tempPath)
{
    if (tempPath.isEmpty()) // nothing was staged
        return;
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(tempPath + QLatin1String(suffix));
}

Status fsyncFile(const QString &path)
{
    return fsyncPath(path, O_RDONLY);
}

Status fsyncDirectory(const QString &folder)
{
    return fsyncPath(folder, O_RDONLY | O_DIRECTORY);
}

Status atomicReplace(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Error(ExitCode::Failure, QStringLiteral("%1: cannot move the new file into place: %2")
                                            .arg(to, QString::fromLocal8Bit(std::strerror(errno))));
    return fsyncDirectory(QFileInfo(to).absolutePath());
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes, const QString &operation,
                           const QString &what)
{
    const QString temp = tempPathFor(path, operation);
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.remove();
        return Error(ExitCode::Failure, QStringLiteral("%1: cannot write the %2: %3").arg(path, what, why));
    }
    file.close();
    if (Status s = fsyncFile(temp); !s) {
        file.remove();
        return s;
    }
    return atomicReplace(temp, path);
}

qint64 freeBytes(const QString &folder)
{
    struct statvfs st {};
    if (::statvfs(QFile::encodeName(folder).constData(), &st) != 0)
        return -1;
    return qint64(st.f_bavail) * qint64(st.f_frsize);
}

Status requireFreeSpace(const QString &folder, qint64 needed, const QString &forWhat)
{
    const qint64 free = freeBytes(folder);
    if (free >= 0 && free < needed) {
        const QLocale c = QLocale::c();
        return Error(ExitCode::Failure,
                     QStringLiteral("%1: not enough free space for %2: %3 needed, %4 free. Free some space in that "
                                    "folder and try again; nothing was changed.")
                         .arg(folder, forWhat, c.formattedDataSize(needed, 1, QLocale::DataSizeIecFormat),
                              c.formattedDataSize(free, 1, QLocale::DataSizeIecFormat)),
                     QStringLiteral("disk-full"));
    }
    return Status::success();
}

QString keptOriginalPath(const QString &path, const QString &operation)
{
    return path + QStringLiteral(".before-") + operation + QLatin1Char('-') +
           QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

} // namespace strongroom::safefile
