#pragma once

#include "core/WorkProgress.h"

#include <QList>
#include <QString>

namespace strongroom {

class ExtFileSystem;

// A read-only check of an ext2/3/4 file system, in the spirit of `e2fsck -n` (pass 1, 2 and 5):
// superblock, group descriptors, every in-use inode (checksum, blocks inside the file system, no
// block claimed twice), the block and inode bitmaps against what the inode tables use, the group
// counts, and the directory tree (entries naming in-use inodes of the stated type, "." and "..",
// link counts, no in-use inode that no directory names). It changes nothing.
namespace extcheck {

struct Problem
{
    QString area;    // "superblock", "group-descriptors", "inodes", "bitmaps", "directories"
    QString message; // for a person, naming the inode, block or group
};

struct Result
{
    QList<Problem> problems;
    qint64 inodesChecked = 0;
    qint64 directoriesChecked = 0;
    qint64 blocksInUse = 0;
    bool cancelled = false;
};

// Phases 0 = inodes, 1 = bitmaps, 2 = directories, each started and reported through `progress`; a
// cancel stops the check (the result is then marked cancelled). The file system must have been opened with
// checksum errors ignored, so a damaged one can be examined at all.
Result check(ExtFileSystem &fs, const WorkProgress &progress);

} // namespace extcheck
} // namespace strongroom
