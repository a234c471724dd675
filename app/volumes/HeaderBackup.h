#pragma once

#include "core/Result.h"
#include "core/WorkProgress.h"

#include <QString>

namespace strongroom {

// LUKS header backups: the one file without which a damaged header means the data is gone.
namespace headerbackup {

// Writes the header of `image` to `file` (temp, fsync, verified by loading it back, atomic rename).
// Refuses to overwrite an existing file.
Result<QString> backup(const QString &image, const QString &file, const QString &detachedHeader = {});

struct RestoreOutcome
{
    QString uuid;
    QString previousHeaderKeptAt; // the header that was replaced, saved beside the image
};
// Puts the header from `file` back on `image`. The UUIDs must match unless `force`; the current
// header is saved first. Restoring brings back the key slots of the time of the backup.
// A cancel of `work` is looked at once the checks are done and before anything is written: then
// nothing was changed and the result is exit 130.
Result<RestoreOutcome> restore(const QString &image, const QString &file, bool force,
                               const WorkProgress &work = {});

} // namespace headerbackup
} // namespace strongroom
