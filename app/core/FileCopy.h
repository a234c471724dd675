#pragma once

#include <QtGlobal>

namespace strongroom::filecopy {

// The one loop that copies a byte range between two open files: inside the kernel (copy_file_range,
// as cp does: no copy through user memory, reflinks where the file system has them) where the two
// file systems allow it, else through a buffer with pread and write. EINTR is retried.
//
// Copies `size` bytes of `from`, starting at `fromOffset`, to `to` at `toOffset`, or at `to`'s file
// position (which then advances) when `toOffset` is negative. Neither file's position moves otherwise.
// Returns the number of bytes copied, fewer than `size` only when the source ended early, or -1
// with errno set.
qint64 copyRange(int from, qint64 fromOffset, int to, qint64 toOffset, qint64 size);

} // namespace strongroom::filecopy
