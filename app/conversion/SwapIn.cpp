#include "conversion/SwapIn.h"

#include "core/SafeFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace strongroom {

namespace {

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

QString lastSystemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

Result<SwapOutcome> swapInKeepingOriginal(const QString &temp, const QString &path, const QString &keptPath)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QString wal = path + QStringLiteral("-wal");
    SwapOutcome outcome{keptPath, {}};

    // The new file is the original's successor: same owner, group and mode, never wider.
    if (Status s = safefile::copyOwnershipAndMode(path, temp); !s)
        return Error(s.error().code,
                     s.error().message + QCoreApplication::translate("SwapIn", " Nothing was changed."));

    const safefile::LinkOutcome link = safefile::linkOriginal(path, keptPath);
    const bool linked = link == safefile::LinkOutcome::Linked;
    if (link == safefile::LinkOutcome::Failed)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate(
                         "SwapIn", "%1: cannot keep the original as %2: %3. Nothing was changed.")
                         .arg(path, keptPath, lastSystemError()));
    if (!linked) {
        // No second name here: the original moves aside instead, as it would be replaced anyway.
        if (::rename(native(path).constData(), native(keptPath).constData()) != 0)
            return Error(ExitCode::Failure,
                         QCoreApplication::translate(
                             "SwapIn", "%1: cannot keep the original as %2: %3. Nothing was changed.")
                             .arg(path, keptPath, lastSystemError()));
    }
    crashPointForTests("after-keep-link");

    if (QFile::exists(wal)) {
        outcome.keptOriginalWal = keptPath + QStringLiteral("-wal");
        if (::rename(native(wal).constData(), native(outcome.keptOriginalWal).constData()) != 0) {
            const QString why = lastSystemError();
            if (linked)
                ::unlink(native(keptPath).constData());
            else
                ::rename(native(keptPath).constData(), native(path).constData());
            return Error(ExitCode::Failure,
                         QCoreApplication::translate(
                             "SwapIn", "%1: cannot move the original's -wal aside: %2. Nothing was changed.")
                             .arg(path, why));
        }
    }
    QFile::remove(path + QStringLiteral("-shm"));
    if (Status s = safefile::fsyncDirectory(folder); !s)
        return s.error();
    crashPointForTests("before-rename");

    if (Status s = safefile::atomicReplace(temp, path); !s) {
        if (!outcome.keptOriginalWal.isEmpty())
            ::rename(native(outcome.keptOriginalWal).constData(), native(wal).constData());
        if (linked)
            ::unlink(native(keptPath).constData());
        else
            ::rename(native(keptPath).constData(), native(path).constData());
        return Error(s.error().code, s.error().message + QCoreApplication::translate(
                                                             "SwapIn", " The original is unchanged."));
    }
    crashPointForTests("after-rename");
    return outcome;
}

} // namespace strongroom
