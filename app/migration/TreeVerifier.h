#pragma once

#include "core/Result.h"
#include "core/WorkProgress.h"
#include "migration/SourceTree.h"
#include "uservolume/ExtFileSystem.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace strongroom::migration {

// The proof that a volume holds the folder: every entry of the folder compared with the entry at the
// same path in the file system, read back through the user-space reader (nothing mounted). Compared:
// type, permission bits, owner and group, size, modification time to the nanosecond, link count,
// symlink target, extended attributes (POSIX ACLs, system.posix_acl_*, compared as ACLs), hard-link
// groups, and the SHA-256 of every regular file's bytes; an entry on one side only is a difference
// too (the volume's /lost+found aside). Not compared: access times (reading the folder for this
// comparison changes them) and change times (no copy can set them).
struct VerifyOptions
{
    bool hashContents = true; // false: metadata only, the quick re-check before the switch-over
    WorkProgress progress;    // hears the bytes hashed so far; its cancel stops the comparison
};

struct VerifyResult
{
    qint64 entries = 0;
    qint64 bytesHashed = 0;
    qint64 differenceCount = 0;
    QStringList differences; // "PATH: what differs", the first 200
};

Result<VerifyResult> verifyTree(ExtFileSystem &fs, const QString &folder, const SourceScan &scan,
                                const VerifyOptions &options);

} // namespace strongroom::migration
