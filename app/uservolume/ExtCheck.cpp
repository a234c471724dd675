#include "uservolume/ExtCheck.h"

#include "uservolume/ExtFileSystem.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <et/com_err.h>
#include <ext2fs/ext2_err.h>
#include <vector>

namespace strongroom::extcheck {

namespace {

// Past this many problems of one area the rest are counted, not listed: a wrecked bitmap would
// otherwise print a line per block.
constexpr int kListedPerArea = 25;

class Checker
{
public:
    Checker(ExtFileSystem &fs, const WorkProgress &progress)
        : m_fs(fs), m_ext(fs.handle()), m_progress(progress)
    {
    }

    Result run();

private:
    struct InodeState
    {
        quint16 links = 0;
        quint32 refs = 0;
        quint16 mode = 0;
        bool inUse = false;
        bool visited = false;
    };

    void problem(const QString &area, const QString &message);
    void checkSuperblock();
    void checkGroupDescriptors();
    bool scanInodes();
    void markBlocks(ext2_ino_t ino, ext2_inode_large &inode);
    bool compareBitmaps();
    bool walkDirectories();
    void compareLinkCounts();
    bool isSpecial(ext2_ino_t ino) const;
    // Reports `done` of `total` in `phase` (starting it when it is new); false once cancelled.
    bool keepGoing(int phase, qint64 done, qint64 total)
    {
        if (phase != m_phase) {
            m_phase = phase;
            m_progress.startPhase(phase, total);
        }
        return m_progress.keepGoing(done);
    }

    ExtFileSystem &m_fs;
    ext2_filsys m_ext;
    const WorkProgress &m_progress;
    int m_phase = -1;
    Result m_result;
    QHash<QString, int> m_countPerArea;
    std::vector<InodeState> m_inodes;
    ext2fs_block_bitmap m_used = nullptr; // blocks the inodes use
    ext2fs_block_bitmap m_meta = nullptr; // superblocks, descriptors, bitmaps, inode tables
};

QString errorText(errcode_t rc)
{
    return QString::fromLocal8Bit(error_message(rc));
}

void Checker::problem(const QString &area, const QString &message)
{
    const int n = ++m_countPerArea[area];
    if (n <= kListedPerArea)
        m_result.problems.append({area, message});
    else if (n == kListedPerArea + 1)
        m_result.problems.append(
            {area, QCoreApplication::translate(
                       "ExtCheck", "(more problems of this kind follow; only the first %1 are listed)")
                       .arg(kListedPerArea)});
}

void Checker::checkSuperblock()
{
    ext2_super_block *sb = m_ext->super;
    if (!ext2fs_superblock_csum_verify(m_ext, sb))
        problem(QStringLiteral("superblock"),
                QCoreApplication::translate("ExtCheck",
                                            "The superblock's checksum does not match its contents."));
    const qint64 bytes = qint64(ext2fs_blocks_count(sb)) * m_ext->blocksize;
    if (bytes > m_fs.image().size())
        problem(QStringLiteral("superblock"),
                QCoreApplication::translate("ExtCheck",
                                            "The superblock claims %1 bytes, but the volume holds only %2.")
                    .arg(bytes)
                    .arg(m_fs.image().size()));
    if (qint64(sb->s_inodes_count) != qint64(m_ext->group_desc_count) * sb->s_inodes_per_group)
        problem(QStringLiteral("superblock"),
                QCoreApplication::translate("ExtCheck",
                                            "The superblock counts %1 inodes, but %2 groups of %3 hold %4.")
                    .arg(sb->s_inodes_count)
                    .arg(m_ext->group_desc_count)
                    .arg(sb->s_inodes_per_group)
                    .arg(qint64(m_ext->group_desc_count) * sb->s_inodes_per_group));
    if (sb->s_free_inodes_count > sb->s_inodes_count)
        problem(
            QStringLiteral("superblock"),
            QCoreApplication::translate("ExtCheck", "The superblock counts more free inodes than inodes."));
    if (ext2fs_free_blocks_count(sb) > ext2fs_blocks_count(sb))
        problem(
            QStringLiteral("superblock"),
            QCoreApplication::translate("ExtCheck", "The superblock counts more free blocks than blocks."));
}

void Checker::checkGroupDescriptors()
{
    if (const errcode_t rc = ext2fs_check_desc(m_ext))
        problem(QStringLiteral("group-descriptors"),
                QCoreApplication::translate("ExtCheck", "The group descriptors are inconsistent: %1.")
                    .arg(errorText(rc)));
    for (dgrp_t g = 0; g < m_ext->group_desc_count; ++g)
        if (!ext2fs_group_desc_csum_verify(m_ext, g))
            problem(
                QStringLiteral("group-descriptors"),
                QCoreApplication::translate("ExtCheck", "Group %1: the descriptor's checksum does not match.")
                    .arg(g));
}

void Checker::markBlocks(ext2_ino_t ino, ext2_inode_large &inode)
{
    auto *base = reinterpret_cast<ext2_inode *>(&inode);
    if (const blk64_t acl = ext2fs_file_acl_block(m_ext, base)) {
        // An xattr block may be shared by several inodes (it carries a reference count).
        if (acl < m_ext->super->s_first_data_block || acl >= ext2fs_blocks_count(m_ext->super))
            problem(QStringLiteral("inodes"),
                    QCoreApplication::translate(
                        "ExtCheck", "Inode %1: its extended-attribute block %2 lies outside the file system.")
                        .arg(ino)
                        .arg(acl));
        else
            ext2fs_mark_block_bitmap2(m_used, acl);
    }
    if (!ext2fs_inode_has_valid_blocks2(m_ext, base) || (inode.i_flags & EXT4_INLINE_DATA_FL))
        return;
    struct Walk
    {
        Checker *self;
        ext2_ino_t ino;
    } walk{this, ino};
    auto visit = [](ext2_filsys fs, blk64_t *block, e2_blkcnt_t, blk64_t, int, void *data) -> int {
        auto *w = static_cast<Walk *>(data);
        if (*block < fs->super->s_first_data_block || *block >= ext2fs_blocks_count(fs->super)) {
            w->self->problem(QStringLiteral("inodes"),
                             QCoreApplication::translate(
                                 "ExtCheck", "Inode %1 uses block %2, which lies outside the file system.")
                                 .arg(w->ino)
                                 .arg(*block));
            return 0;
        }
        if (ext2fs_test_block_bitmap2(w->self->m_used, *block) &&
            !ext2fs_test_block_bitmap2(w->self->m_meta, *block))
            w->self->problem(
                QStringLiteral("inodes"),
                QCoreApplication::translate("ExtCheck", "Block %1 is claimed twice (again by inode %2).")
                    .arg(*block)
                    .arg(w->ino));
        ext2fs_mark_block_bitmap2(w->self->m_used, *block);
        return 0;
    };
    const errcode_t rc = ext2fs_block_iterate3(m_ext, ino, BLOCK_FLAG_READ_ONLY, nullptr, visit, &walk);
    if (rc)
        problem(QStringLiteral("inodes"),
                QCoreApplication::translate("ExtCheck", "Inode %1: its block map cannot be read: %2.")
                    .arg(ino)
                    .arg(errorText(rc)));
}

bool Checker::scanInodes()
{
    const qint64 total = m_ext->super->s_inodes_count;
    m_inodes.assign(std::size_t(total) + 1, {});
    ext2_inode_scan scan = nullptr;
    if (const errcode_t rc = ext2fs_open_inode_scan(m_ext, 0, &scan)) {
        problem(QStringLiteral("inodes"),
                QCoreApplication::translate("ExtCheck", "The inode tables cannot be read: %1.")
                    .arg(errorText(rc)));
        return true;
    }
    const int inodeSize = EXT2_INODE_SIZE(m_ext->super);
    std::vector<char> buffer(std::max<std::size_t>(std::size_t(inodeSize), sizeof(ext2_inode_large)));
    auto &inode = *reinterpret_cast<ext2_inode_large *>(buffer.data());
    const ext2_ino_t firstIno = EXT2_FIRST_INO(m_ext->super);
    bool going = true;
    for (;;) {
        ext2_ino_t ino = 0;
        std::fill(buffer.begin(), buffer.end(), 0);
        errcode_t rc =
            ext2fs_get_next_inode_full(scan, &ino, reinterpret_cast<ext2_inode *>(&inode), inodeSize);
        if (rc == EXT2_ET_BAD_BLOCK_IN_INODE_TABLE)
            continue;
        if (rc && rc != EXT2_ET_INODE_CSUM_INVALID && rc != EXT2_ET_INODE_IS_GARBAGE) {
            problem(
                QStringLiteral("inodes"),
                QCoreApplication::translate("ExtCheck", "The inode tables cannot be read after inode %1: %2.")
                    .arg(ino)
                    .arg(errorText(rc)));
            break;
        }
        if (ino == 0)
            break;
        ++m_result.inodesChecked;
        const bool used = inode.i_links_count > 0 && inode.i_dtime == 0;
        const bool reserved = ino < firstIno && ino != EXT2_ROOT_INO;
        const bool marked = ext2fs_test_inode_bitmap2(m_ext->inode_map, ino);
        if (used || marked) {
            if (rc == EXT2_ET_INODE_CSUM_INVALID || rc == EXT2_ET_INODE_IS_GARBAGE ||
                (ext2fs_has_feature_metadata_csum(m_ext->super) &&
                 !ext2fs_inode_csum_verify(m_ext, ino, &inode)))
                problem(QStringLiteral("inodes"),
                        QCoreApplication::translate(
                            "ExtCheck",
                            "Inode %1: its checksum does not match its contents (the inode is damaged).")
                            .arg(ino));
        }
        if (!reserved) {
            if (used && !marked)
                problem(QStringLiteral("bitmaps"),
                        QCoreApplication::translate("ExtCheck",
                                                    "Inode %1 is in use but marked free in the inode bitmap.")
                            .arg(ino));
            else if (!used && marked && ino >= firstIno)
                problem(QStringLiteral("bitmaps"),
                        QCoreApplication::translate("ExtCheck",
                                                    "Inode %1 is free but marked in use in the inode bitmap.")
                            .arg(ino));
        }
        InodeState &state = m_inodes[ino];
        state.links = inode.i_links_count;
        state.mode = inode.i_mode;
        state.inUse = used;
        if (used || reserved)
            markBlocks(ino, inode);
        if (ino % 256 == 0 && !keepGoing(0, ino, total)) {
            going = false;
            break;
        }
    }
    ext2fs_close_inode_scan(scan);
    return going;
}

bool Checker::compareBitmaps()
{
    ext2_super_block *sb = m_ext->super;
    const blk64_t blocks = ext2fs_blocks_count(sb);
    for (dgrp_t g = 0; g < m_ext->group_desc_count; ++g) {
        const blk64_t first = ext2fs_group_first_block2(m_ext, g);
        const blk64_t last = ext2fs_group_last_block2(m_ext, g);
        quint32 freeOnDisk = 0;
        for (blk64_t b = first; b <= last && b < blocks; ++b) {
            const bool expected =
                ext2fs_test_block_bitmap2(m_used, b) || ext2fs_test_block_bitmap2(m_meta, b);
            const bool onDisk = ext2fs_test_block_bitmap2(m_ext->block_map, b);
            if (!onDisk)
                ++freeOnDisk;
            else
                ++m_result.blocksInUse;
            if (expected && !onDisk)
                problem(QStringLiteral("bitmaps"),
                        QCoreApplication::translate("ExtCheck",
                                                    "Block %1 is in use but marked free in the block bitmap.")
                            .arg(b));
            else if (!expected && onDisk)
                problem(
                    QStringLiteral("bitmaps"),
                    QCoreApplication::translate("ExtCheck", "Block %1 is marked in use but nothing uses it.")
                        .arg(b));
        }
        if (freeOnDisk != ext2fs_bg_free_blocks_count(m_ext, g))
            problem(
                QStringLiteral("group-descriptors"),
                QCoreApplication::translate("ExtCheck", "Group %1 counts %2 free blocks; its bitmap has %3.")
                    .arg(g)
                    .arg(ext2fs_bg_free_blocks_count(m_ext, g))
                    .arg(freeOnDisk));
        quint32 freeInodes = 0;
        const ext2_ino_t firstInGroup = g * sb->s_inodes_per_group + 1;
        for (ext2_ino_t i = firstInGroup; i < firstInGroup + sb->s_inodes_per_group; ++i)
            if (!ext2fs_test_inode_bitmap2(m_ext->inode_map, i))
                ++freeInodes;
        if (freeInodes != ext2fs_bg_free_inodes_count(m_ext, g))
            problem(
                QStringLiteral("group-descriptors"),
                QCoreApplication::translate("ExtCheck", "Group %1 counts %2 free inodes; its bitmap has %3.")
                    .arg(g)
                    .arg(ext2fs_bg_free_inodes_count(m_ext, g))
                    .arg(freeInodes));
        if (!keepGoing(1, g + 1, m_ext->group_desc_count))
            return false;
    }
    return true;
}

int fileTypeOf(quint16 mode)
{
    switch (mode & LINUX_S_IFMT) {
    case LINUX_S_IFREG:
        return EXT2_FT_REG_FILE;
    case LINUX_S_IFDIR:
        return EXT2_FT_DIR;
    case LINUX_S_IFLNK:
        return EXT2_FT_SYMLINK;
    case LINUX_S_IFCHR:
        return EXT2_FT_CHRDEV;
    case LINUX_S_IFBLK:
        return EXT2_FT_BLKDEV;
    case LINUX_S_IFIFO:
        return EXT2_FT_FIFO;
    case LINUX_S_IFSOCK:
        return EXT2_FT_SOCK;
    default:
        return EXT2_FT_UNKNOWN;
    }
}

bool Checker::walkDirectories()
{
    struct Visit
    {
        Checker *self;
        ext2_ino_t dir;
        ext2_ino_t parent;
        QList<std::pair<ext2_ino_t, ext2_ino_t>> *queue; // (directory, its parent)
    };
    QList<std::pair<ext2_ino_t, ext2_ino_t>> queue{{EXT2_ROOT_INO, EXT2_ROOT_INO}};
    m_inodes[EXT2_ROOT_INO].visited = true;
    const qint64 maxIno = m_ext->super->s_inodes_count;
    qint64 done = 0;
    while (!queue.isEmpty()) {
        const auto [dir, parent] = queue.takeFirst();
        Visit visit{this, dir, parent, &queue};
        auto entryOf = [](ext2_ino_t, int entry, ext2_dir_entry *dirent, int, int, char *,
                          void *data) -> int {
            auto *v = static_cast<Visit *>(data);
            Checker &c = *v->self;
            const QByteArray name(dirent->name, ext2fs_dirent_name_len(dirent));
            const ext2_ino_t target = dirent->inode;
            const QString shown = QFile::decodeName(name);
            if (target == 0 || target > ext2_ino_t(c.m_inodes.size() - 1)) {
                c.problem(QStringLiteral("directories"),
                          QCoreApplication::translate(
                              "ExtCheck",
                              "Directory inode %1: the entry \"%2\" names inode %3, which does not exist.")
                              .arg(v->dir)
                              .arg(shown)
                              .arg(target));
                return 0;
            }
            InodeState &state = c.m_inodes[target];
            ++state.refs;
            if (entry == DIRENT_DOT_FILE) {
                if (target != v->dir)
                    c.problem(QStringLiteral("directories"),
                              QCoreApplication::translate(
                                  "ExtCheck", "Directory inode %1: \".\" names inode %2, not itself.")
                                  .arg(v->dir)
                                  .arg(target));
                return 0;
            }
            if (entry == DIRENT_DOT_DOT_FILE) {
                if (target != v->parent)
                    c.problem(QStringLiteral("directories"),
                              QCoreApplication::translate(
                                  "ExtCheck",
                                  "Directory inode %1: \"..\" names inode %2, but its parent is inode %3.")
                                  .arg(v->dir)
                                  .arg(target)
                                  .arg(v->parent));
                return 0;
            }
            if (!state.inUse) {
                c.problem(QStringLiteral("directories"),
                          QCoreApplication::translate(
                              "ExtCheck",
                              "Directory inode %1: the entry \"%2\" names inode %3, which is not in use.")
                              .arg(v->dir)
                              .arg(shown)
                              .arg(target));
                return 0;
            }
            if (ext2fs_has_feature_filetype(c.m_ext->super)) {
                const int stated = ext2fs_dirent_file_type(dirent);
                if (stated != fileTypeOf(state.mode))
                    c.problem(
                        QStringLiteral("directories"),
                        QCoreApplication::translate(
                            "ExtCheck",
                            "Directory inode %1: the entry \"%2\" says type %3, but inode %4 has type %5.")
                            .arg(v->dir)
                            .arg(shown)
                            .arg(stated)
                            .arg(target)
                            .arg(fileTypeOf(state.mode)));
            }
            if (LINUX_S_ISDIR(state.mode)) {
                if (state.visited)
                    c.problem(QStringLiteral("directories"),
                              QCoreApplication::translate(
                                  "ExtCheck",
                                  "Directory inode %1 is named by more than one directory (again as "
                                  "\"%2\" in inode %3).")
                                  .arg(target)
                                  .arg(shown)
                                  .arg(v->dir));
                else {
                    state.visited = true;
                    v->queue->append({target, v->dir});
                }
            }
            return 0;
        };
        const errcode_t rc = ext2fs_dir_iterate2(m_ext, dir, 0, nullptr, entryOf, &visit);
        if (rc)
            problem(QStringLiteral("directories"),
                    QCoreApplication::translate("ExtCheck", "Directory inode %1 cannot be read: %2.")
                        .arg(dir)
                        .arg(errorText(rc)));
        ++m_result.directoriesChecked;
        if (++done % 64 == 0 && !keepGoing(2, done, maxIno))
            return false;
    }
    return true;
}

// Inodes the superblock names for itself (the orphan file, quota files, an external journal's
// inode): in use, but named by no directory.
bool Checker::isSpecial(ext2_ino_t ino) const
{
    ext2_super_block *sb = m_ext->super;
    return ino == sb->s_journal_inum || ino == sb->s_usr_quota_inum || ino == sb->s_grp_quota_inum ||
           ino == sb->s_prj_quota_inum ||
           (ext2fs_has_feature_orphan_file(sb) && ino == sb->s_orphan_file_inum);
}

void Checker::compareLinkCounts()
{
    const ext2_ino_t firstIno = EXT2_FIRST_INO(m_ext->super);
    for (ext2_ino_t ino = 1; ino < ext2_ino_t(m_inodes.size()); ++ino) {
        const InodeState &state = m_inodes[ino];
        if (!state.inUse || (ino < firstIno && ino != EXT2_ROOT_INO) || isSpecial(ino))
            continue;
        if (state.refs == 0) {
            problem(QStringLiteral("directories"),
                    QCoreApplication::translate("ExtCheck", "Inode %1 is in use, but no directory names it.")
                        .arg(ino));
            continue;
        }
        // dir_nlink: a directory with too many subdirectories for the 16-bit count says 1.
        if (LINUX_S_ISDIR(state.mode) && state.links == 1 && ext2fs_has_feature_dir_nlink(m_ext->super))
            continue;
        if (state.refs != state.links)
            problem(QStringLiteral("directories"),
                    QCoreApplication::translate(
                        "ExtCheck", "Inode %1 has a link count of %2, but %3 directory entries name it.")
                        .arg(ino)
                        .arg(state.links)
                        .arg(state.refs));
    }
}

Result Checker::run()
{
    checkSuperblock();
    checkGroupDescriptors();
    if (const errcode_t rc = ext2fs_read_bitmaps(m_ext)) {
        problem(
            QStringLiteral("bitmaps"),
            QCoreApplication::translate("ExtCheck", "The bitmaps cannot be read: %1.").arg(errorText(rc)));
        return m_result;
    }
    if (ext2fs_has_feature_bigalloc(m_ext->super)) {
        problem(QStringLiteral("superblock"),
                QCoreApplication::translate(
                    "ExtCheck",
                    "The file system uses bigalloc, whose block accounting this check does not cover."));
        return m_result;
    }
    ext2fs_allocate_block_bitmap(m_ext, "in use", &m_used);
    ext2fs_allocate_block_bitmap(m_ext, "metadata", &m_meta);
    for (dgrp_t g = 0; g < m_ext->group_desc_count; ++g) {
        ext2fs_reserve_super_and_bgd(m_ext, g, m_meta);
        ext2fs_mark_block_bitmap2(m_meta, ext2fs_block_bitmap_loc(m_ext, g));
        ext2fs_mark_block_bitmap2(m_meta, ext2fs_inode_bitmap_loc(m_ext, g));
        ext2fs_mark_block_bitmap_range2(m_meta, ext2fs_inode_table_loc(m_ext, g),
                                        m_ext->inode_blocks_per_group);
    }
    if (ext2fs_has_feature_mmp(m_ext->super) && m_ext->super->s_mmp_block)
        ext2fs_mark_block_bitmap2(m_meta, m_ext->super->s_mmp_block);
    const bool finished = scanInodes() && compareBitmaps() && walkDirectories();
    if (finished)
        compareLinkCounts();
    m_result.cancelled = !finished;
    ext2fs_free_block_bitmap(m_used);
    ext2fs_free_block_bitmap(m_meta);
    return m_result;
}

} // namespace

Result check(ExtFileSystem &fs, const WorkProgress &progress)
{
    // Opened with checksum errors ignored so that it opens at all; from here on every read reports
    // them, which is what the check is for.
    fs.handle()->flags &= ~EXT2_FLAG_IGNORE_CSUM_ERRORS;
    return Checker(fs, progress).run();
}

} // namespace strongroom::extcheck
