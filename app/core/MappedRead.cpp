#include "core/MappedRead.h"

#include <QCoreApplication>
#include <array>
#include <atomic>
#include <csignal>
#include <cstdint>
#include <mutex>
#include <sys/mman.h>
#include <unistd.h>

namespace strongroom::mappedread {

namespace {

// One guarded read of this thread, in plain data: the handler reads it and sets `truncated`
// (async-signal-safe). Nested reads are chained through `outer`.
struct Guard
{
    const char *begin = nullptr;
    const char *end = nullptr;
    Guard *outer = nullptr;
    volatile sig_atomic_t truncated = 0;
};

thread_local Guard *t_guard = nullptr;
struct sigaction g_previous = {};
std::uintptr_t g_pageSize = 4096;

// The address ranges now backed by zero pages instead of their file, shared by all threads: a read
// on another thread may have read zeros there without a fault of its own. A range stays until
// forget() (its map is going away). Lock-free, so the handler can claim one.
struct StandIn
{
    std::atomic<std::uintptr_t> begin = 0; // 0: a free slot
    std::atomic<std::uintptr_t> end = 0;   // 0: being filled in (then begin..begin+1 counts)
};
std::array<StandIn, 64> g_standIns;
static_assert(std::atomic<std::uintptr_t>::is_always_lock_free);

// Puts zero pages over [the page of `address`, `end`) and records them. False when no slot is free
// or the kernel refuses the map: the fault then goes on as if we were not there.
bool standInZeros(const char *address, const char *end)
{
    const std::uintptr_t from = reinterpret_cast<std::uintptr_t>(address) & ~(g_pageSize - 1);
    const std::uintptr_t to = (reinterpret_cast<std::uintptr_t>(end) + g_pageSize - 1) & ~(g_pageSize - 1);
    for (StandIn &slot : g_standIns) {
        std::uintptr_t free = 0;
        if (!slot.begin.compare_exchange_strong(free, from))
            continue;
        slot.end = to;
        // Recorded before the pages change, so a reader that meets the zeros also finds the record.
        if (::mmap(reinterpret_cast<void *>(from), to - from, PROT_READ,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != MAP_FAILED)
            return true;
        slot.end = 0;
        slot.begin = 0;
        return false;
    }
    return false;
}

bool zerosWithin(const char *begin, const char *end)
{
    const auto b = reinterpret_cast<std::uintptr_t>(begin);
    const auto e = reinterpret_cast<std::uintptr_t>(end);
    for (const StandIn &slot : g_standIns) {
        const std::uintptr_t from = slot.begin;
        if (!from)
            continue;
        std::uintptr_t to = slot.end;
        if (!to)
            to = from + 1;
        if (from < e && b < to)
            return true;
    }
    return false;
}

void onSigbus(int signal, siginfo_t *info, void *context)
{
    const char *address = static_cast<const char *>(info->si_addr);
    Guard *hit = t_guard;
    while (hit && !(address >= hit->begin && address < hit->end))
        hit = hit->outer;
    if (hit && standInZeros(address, hit->end)) {
        // Returning re-runs the faulting instruction, which now reads zeros.
        for (Guard *guard = t_guard; guard; guard = guard->outer) {
            if (address >= guard->begin && address < guard->end)
                guard->truncated = 1;
        }
        return;
    }
    // Not a read of ours: as if we were not there.
    if (g_previous.sa_flags & SA_SIGINFO) {
        g_previous.sa_sigaction(signal, info, context);
    } else if (g_previous.sa_handler != SIG_IGN && g_previous.sa_handler != SIG_DFL) {
        g_previous.sa_handler(signal);
    } else {
        // Returning re-runs the faulting instruction, which now meets the default action.
        ::signal(SIGBUS, SIG_DFL);
    }
}

void installOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_pageSize = std::uintptr_t(::sysconf(_SC_PAGESIZE));
        struct sigaction action = {};
        action.sa_sigaction = onSigbus;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGBUS, &action, &g_previous);
    });
}

// Makes `guard` this thread's innermost guarded read while alive.
class Enter
{
public:
    explicit Enter(Guard &guard) : m_guard(guard)
    {
        m_guard.outer = t_guard;
        t_guard = &m_guard;
    }
    ~Enter() { t_guard = m_guard.outer; }
    Enter(const Enter &) = delete;
    Enter &operator=(const Enter &) = delete;

private:
    Guard &m_guard;
};

} // namespace

bool guarded(const void *data, qint64 size, const std::function<void()> &read)
{
    installOnce();
    Guard guard;
    guard.begin = static_cast<const char *>(data);
    guard.end = guard.begin + size;
    {
        const Enter enter(guard);
        read();
    }
    return !guard.truncated && !zerosWithin(guard.begin, guard.end);
}

bool truncatedHere()
{
    return t_guard && t_guard->truncated;
}

void forget(const void *data, qint64 size)
{
    const auto b = reinterpret_cast<std::uintptr_t>(data);
    const auto e = b + std::uintptr_t(size);
    for (StandIn &slot : g_standIns) {
        const std::uintptr_t from = slot.begin;
        if (from && from >= b && from < e) {
            slot.end = 0;
            slot.begin = 0;
        }
    }
}

Error truncatedError(const QString &path)
{
    return Error(ExitCode::Integrity,
                 QCoreApplication::translate(
                     "MappedRead",
                     "%1: the file was truncated while it was read (another program changed it); nothing "
                     "was changed. Try again when nothing writes to it.")
                     .arg(path),
                 QStringLiteral("changed"));
}

} // namespace strongroom::mappedread
