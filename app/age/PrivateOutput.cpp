#include "age/PrivateOutput.h"

#include "core/SafeFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace strongroom::age {

Result<std::unique_ptr<QFile>> createPrivateTemp(const QString &target, const QString &operation,
                                                 QString &tempPath)
{
    if (QFileInfo::exists(target))
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("AgeFormat", "%1 already exists; choose another "
                                                              "output name (nothing is overwritten).")
                         .arg(target));
    tempPath = safefile::tempPathFor(QFileInfo(target).absoluteFilePath(), operation);
    auto file = std::make_unique<QFile>(tempPath);
    // SafeFile's private creation: 0600 from the first byte, O_EXCL, no symlink followed.
    const int fd = safefile::openPrivateFile(tempPath);
    if (fd < 0 || !file->open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        const QString why = fd < 0 ? QString::fromLocal8Bit(std::strerror(errno)) : file->errorString();
        if (fd >= 0)
            ::close(fd);
        return Error(
            ExitCode::Failure,
            QCoreApplication::translate("AgeFormat", "%1: cannot create the output (%2).").arg(target, why));
    }
    return file;
}

Status finishPrivateTemp(QFile &file, const QString &tempPath, const QString &target)
{
    if (!file.flush())
        return Error(ExitCode::Failure, QCoreApplication::translate("AgeFormat", "%1: writing failed (%2).")
                                            .arg(target, file.errorString()));
    file.close();
    if (Status synced = safefile::fsyncFile(tempPath); !synced)
        return synced;
    // Never over a file that appeared meanwhile (RENAME_NOREPLACE).
    return safefile::placeNew(tempPath, target);
}

Status writePrivateFile(const QString &target, const QByteArray &bytes, const QString &operation)
{
    QString tempPath;
    auto file = createPrivateTemp(target, operation, tempPath);
    if (!file)
        return file.error();
    safefile::TempGuard guard(tempPath);
    if ((*file)->write(bytes) != bytes.size())
        return Error(ExitCode::Failure, QCoreApplication::translate("AgeFormat", "%1: writing failed (%2).")
                                            .arg(target, (*file)->errorString()));
    if (Status done = finishPrivateTemp(**file, tempPath, target); !done)
        return done;
    guard.keep();
    return Status::success();
}

} // namespace strongroom::age
