#include "core/ProcessHardening.h"

#include <QtGlobal>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace strongroom::processhardening {

void hardenProcess()
{
    ::umask(077);
    const rlimit noCore{0, 0};
    if (::setrlimit(RLIMIT_CORE, &noCore) != 0)
        qWarning("strongroom: cannot turn off core dumps (RLIMIT_CORE): %s", std::strerror(errno));
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        qWarning("strongroom: cannot make the process undumpable (PR_SET_DUMPABLE): %s",
                 std::strerror(errno));
}

bool excludeFromCoreDumps(const void *data, std::size_t size)
{
    if (!data || size == 0)
        return true;
    const auto page = std::uintptr_t(::sysconf(_SC_PAGESIZE));
    const auto begin = std::uintptr_t(data) & ~(page - 1);
    const auto end = (std::uintptr_t(data) + size + page - 1) & ~(page - 1);
    return ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_DONTDUMP) == 0;
}

} // namespace strongroom::processhardening
