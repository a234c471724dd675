#pragma once

#include "core/Result.h"
#include "core/WorkProgress.h"
#include "migration/SourceTree.h"

#include <QString>
#include <functional>

namespace strongroom::migration {

// The copy step of the mapped build: the scanned folder copied into the root of the mounted new file
// system (or into any folder, which is how it is tested without device-mapper), keeping what
// `rsync -aHAXS --numeric-ids` keeps:
// - regular files with their holes (SEEK_DATA/SEEK_HOLE), symlinks, folders, FIFOs and sockets;
//   device nodes (mknod needs root);
// - hard links as links: one new inode per source inode;
// - owner and group by number: as root always; otherwise a copy can only be ours, so an entry owned
//   by someone else is an error naming it (the job then chooses the user-space build);
// - permission bits with the set-id and sticky bits, set after the owner (chown clears them);
// - every extended attribute the folder shows, ACLs included: the kernel hands POSIX ACLs out as the
//   xattrs system.posix_acl_access and system.posix_acl_default in their binary form, and takes them
//   back the same way. One the target refuses is an error naming it, never dropped;
// - access and modification times to the nanosecond, a folder's after its entries.
// The target's root takes the folder's own owner, mode, attributes and times; what it already holds
// (mkfs's lost+found) stays. Cancel is seen between entries and after every MiB.
struct CopyOptions
{
    WorkProgress progress; // hears the bytes of file data copied so far; its cancel stops the copy
};

struct CopyResult
{
    qint64 files = 0;
    qint64 folders = 0;
    qint64 symlinks = 0;
    qint64 hardLinks = 0;
    qint64 specials = 0; // FIFOs, sockets, device nodes
    qint64 xattrs = 0;
    qint64 bytes = 0;
};

Result<CopyResult> copyTree(const QString &folder, const SourceScan &scan, const QString &target,
                            const CopyOptions &options);

} // namespace strongroom::migration
