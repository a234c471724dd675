#pragma once

#include <QFile>
#include <QString>
#include <sys/stat.h>

namespace strongroom {

// What would show that a file changed between two looks at it: another inode, size, mtime or ctime.
struct FileStamp
{
    dev_t device = 0;
    ino_t inode = 0;
    off_t size = 0;
    timespec modified{};
    timespec changed{};

    static FileStamp of(int fd)
    {
        struct stat st{};
        if (::fstat(fd, &st) != 0)
            return {};
        return {st.st_dev, st.st_ino, st.st_size, st.st_mtim, st.st_ctim};
    }
    static FileStamp of(const QString &path)
    {
        struct stat st{};
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return {};
        return {st.st_dev, st.st_ino, st.st_size, st.st_mtim, st.st_ctim};
    }
    bool isValid() const { return inode != 0; }
    bool operator==(const FileStamp &o) const
    {
        return device == o.device && inode == o.inode && size == o.size &&
               modified.tv_sec == o.modified.tv_sec && modified.tv_nsec == o.modified.tv_nsec &&
               changed.tv_sec == o.changed.tv_sec && changed.tv_nsec == o.changed.tv_nsec;
    }
};

} // namespace strongroom
