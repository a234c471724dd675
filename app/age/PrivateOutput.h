#pragma once

#include "core/Result.h"

#include <QFile>
#include <memory>

namespace strongroom::age {

// SafeFile's protocol for the new files the age jobs write (the temp created by
// safefile::openPrivateFile, 0600 from its first byte, because what goes into it is a secret or
// plaintext): create the temp beside the target (never over an existing target), write, then
// finishPrivateTemp (flush, fsync, safefile::placeNew).
// A safefile::TempGuard on the temp removes it on every other way out.
Result<std::unique_ptr<QFile>> createPrivateTemp(const QString &target, const QString &operation,
                                                 QString &tempPath);
Status finishPrivateTemp(QFile &file, const QString &tempPath, const QString &target);
// The two together for a small file written in one go.
Status writePrivateFile(const QString &target, const QByteArray &bytes, const QString &operation);

} // namespace strongroom::age
