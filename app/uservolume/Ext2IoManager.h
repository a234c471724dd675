#pragma once

#include <ext2fs/ext2fs.h>

namespace strongroom {

class DecryptedImage;

// A libext2fs I/O manager over a DecryptedImage: libext2fs reads its blocks through it and every
// write is refused, so nothing a reader does can change the volume.
namespace ext2io {

// The manager to pass to ext2fs_open2(). libext2fs gives the manager only a name, so the image to
// read is handed over through an OpeningImage for the duration of that one call.
io_manager manager();

// While one lives, manager()'s open hands `image` to the channel it makes (on this thread only).
class OpeningImage
{
public:
    explicit OpeningImage(DecryptedImage &image);
    ~OpeningImage();
    OpeningImage(const OpeningImage &) = delete;
    OpeningImage &operator=(const OpeningImage &) = delete;
};

} // namespace ext2io
} // namespace strongroom
