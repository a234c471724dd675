#pragma once

#include "core/Error.h"

#include <QString>
#include <QtGlobal>
#include <functional>

namespace strongroom {

// Reading a file through a memory map is the fast way to hash and check it, but when another
// program truncates the file meanwhile, touching a page past the new end raises SIGBUS, which kills
// the process. Every read of a map runs inside mappedread::guarded: a SIGBUS on that thread at an
// address inside the map jumps back out of `read` (siglongjmp) and guarded() returns false; the
// caller then reports the file as changed (truncatedError, exit 4). A SIGBUS anywhere else goes to
// the handler that was there before, or kills as it always did.
// Cutting `read` short skips whatever it had not finished: it must hold no lock, and what it
// allocated is leaked (only on this rare path). Keep each guarded call small: one block of a hash,
// one slice of pages.
namespace mappedread {

bool guarded(const void *data, qint64 size, const std::function<void()> &read);

// "<path>: the file was truncated while it was read ..." (Integrity, kind "changed").
Error truncatedError(const QString &path);

} // namespace mappedread
} // namespace strongroom
