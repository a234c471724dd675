#pragma once

#include "core/Result.h"
#include "core/WorkProgress.h"
#include "migration/SourceTree.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace strongroom::migration {

// The unencrypted ext4 image of a folder, made without mounting anything: mke2fs -t ext4 -d FOLDER
// copies the tree (hard links, symlinks, holes, modes, owners, xattrs) into the first `fsBytes` of a
// new `imageBytes` file; then libext2fs puts back what mke2fs -d leaves out: the nanoseconds of
// every access and modification time, and the times of the root folder (whose mode and owner
// mke2fs takes from -E root_perms/root_owner). The rest of the file stays free for the in-place
// encryption that follows.
struct PlainImageRequest
{
    QString image; // created 0600; must not exist
    QString folder;
    qint64 fsBytes = 0;
    qint64 imageBytes = 0;
    qint64 inodes = 0;
    QString label;
};

// Runs mke2fs with `args` (the target last), stopping it on a cancel heard through `progress`; the
// mapped build uses it too.
Status runMke2fs(const QStringList &args, const QString &target, const WorkProgress &progress);

Status buildPlainImage(const PlainImageRequest &request, const SourceScan &scan,
                       const WorkProgress &progress);

} // namespace strongroom::migration
