#pragma once

#include "core/Error.h"

#include <QString>
#include <QtGlobal>
#include <functional>

namespace strongroom {

// Reading a file through a memory map is the fast way to hash and check it, but when another
// program truncates the file meanwhile, touching a page past the new end raises SIGBUS, which kills
// the process. Every read of a map runs inside mappedread::guarded: a SIGBUS on that thread at an
// address inside the guarded range puts anonymous zero pages over the rest of the range (from the
// faulting page on: all of it lies past the new end) and returns, so `read` finishes normally on
// zeros, with its destructors and locks as on any other path; guarded() then returns false and the
// caller reports the file as changed (truncatedError, exit 4). A read on another thread that met
// those zero pages without a fault of its own learns of them the same way (its guarded() returns
// false too). A SIGBUS anywhere else goes to the handler that was there before, or kills as it
// always did. What `read` computes from the zeros is meaningless: callers only use it when
// guarded() returns true, and a long read may check truncatedHere() to stop early.
namespace mappedread {

// data..data+size must lie inside one read-only map of a file: the zero pages replace part of it.
bool guarded(const void *data, qint64 size, const std::function<void()> &read);

// Inside `read`: true once a SIGBUS of this thread's innermost guarded read was met (the rest of
// the map reads zeros).
bool truncatedHere();

// Call before unmapping data..data+size: forgets the zero pages that stood in for its truncated
// part, so that a later map at the same addresses is not taken for truncated.
void forget(const void *data, qint64 size);

// "<path>: the file was truncated while it was read ..." (Integrity, kind "changed").
Error truncatedError(const QString &path);

} // namespace mappedread
} // namespace strongroom
