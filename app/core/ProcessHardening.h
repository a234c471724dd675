#pragma once

#include <cstddef>

namespace strongroom {

// What every Strongroom program does first in main(), before any key is read: no core dumps
// (RLIMIT_CORE 0 and not dumpable, which also stops ptrace and /proc/PID/mem reads by other
// processes of the same user) and umask 077, so every file and folder created is private unless it
// takes an original's mode on purpose (safefile::copyOwnershipAndMode).
namespace processhardening {

void hardenProcess();

// Marks the pages holding [data, data + size) MADV_DONTDUMP, so a core dump taken despite
// hardenProcess (a changed rlimit, a kernel dump) leaves them out. Whole pages are marked: the
// neighbours of a secret are left out too. Returns false when the kernel refused.
bool excludeFromCoreDumps(const void *data, std::size_t size);

} // namespace processhardening
} // namespace strongroom
