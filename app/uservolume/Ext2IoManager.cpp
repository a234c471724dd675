#include "uservolume/Ext2IoManager.h"

#include "uservolume/DecryptedImage.h"

#include <cerrno>
#include <cstring>
#include <ext2fs/ext2_err.h>
#include <ext2fs/ext2fs.h>

namespace strongroom::ext2io {

namespace {

thread_local DecryptedImage *t_opening = nullptr;

DecryptedImage *imageOf(io_channel channel)
{
    return static_cast<DecryptedImage *>(channel->private_data);
}

errcode_t openChannel(const char *name, int flags, io_channel *channel)
{
    if (!t_opening)
        return EXT2_ET_BAD_DEVICE_NAME;
    if (flags & IO_FLAG_RW)
        return EROFS;
    io_channel io = nullptr;
    if (errcode_t rc = ext2fs_get_memzero(sizeof(struct struct_io_channel), &io))
        return rc;
    io->magic = EXT2_ET_MAGIC_IO_CHANNEL;
    io->manager = manager();
    if (errcode_t rc = ext2fs_get_mem(std::strlen(name) + 1, &io->name)) {
        ext2fs_free_mem(&io);
        return rc;
    }
    std::strcpy(io->name, name);
    io->block_size = 1024;
    io->refcount = 1;
    io->private_data = t_opening;
    *channel = io;
    return 0;
}

errcode_t closeChannel(io_channel channel)
{
    if (--channel->refcount > 0)
        return 0;
    ext2fs_free_mem(&channel->name);
    ext2fs_free_mem(&channel);
    return 0;
}

errcode_t setBlockSize(io_channel channel, int size)
{
    channel->block_size = size;
    return 0;
}

// count > 0: blocks of the channel's block size; count < 0: -count bytes (libext2fs's convention).
errcode_t readBlocks64(io_channel channel, unsigned long long block, int count, void *data)
{
    const qint64 length = count < 0 ? qint64(-count) : qint64(count) * channel->block_size;
    const qint64 offset = qint64(block) * channel->block_size;
    const Status read = imageOf(channel)->read(offset, length, static_cast<char *>(data));
    if (read)
        return 0;
    return read.error().code == ExitCode::Integrity ? EXT2_ET_SHORT_READ : EIO;
}

errcode_t readBlocks(io_channel channel, unsigned long block, int count, void *data)
{
    return readBlocks64(channel, block, count, data);
}

errcode_t refuseWrite(io_channel, unsigned long, int, const void *)
{
    return EROFS;
}

errcode_t refuseWrite64(io_channel, unsigned long long, int, const void *)
{
    return EROFS;
}

errcode_t refuseWriteByte(io_channel, unsigned long, int, const void *)
{
    return EROFS;
}

errcode_t nothingToFlush(io_channel)
{
    return 0;
}

errcode_t noOption(io_channel, const char *, const char *)
{
    return EXT2_ET_INVALID_ARGUMENT;
}

struct_io_manager makeManager()
{
    struct_io_manager m{};
    m.magic = EXT2_ET_MAGIC_IO_MANAGER;
    m.name = "Strongroom LUKS reader";
    m.open = openChannel;
    m.close = closeChannel;
    m.set_blksize = setBlockSize;
    m.read_blk = readBlocks;
    m.write_blk = refuseWrite;
    m.flush = nothingToFlush;
    m.write_byte = refuseWriteByte;
    m.set_option = noOption;
    m.read_blk64 = readBlocks64;
    m.write_blk64 = refuseWrite64;
    return m;
}

struct_io_manager s_manager = makeManager();

} // namespace

io_manager manager()
{
    return &s_manager;
}

OpeningImage::OpeningImage(DecryptedImage &image)
{
    t_opening = &image;
}

OpeningImage::~OpeningImage()
{
    t_opening = nullptr;
}

} // namespace strongroom::ext2io
