#include "core/MappedRead.h"

#include <QCoreApplication>
#include <csetjmp>
#include <csignal>
#include <mutex>

namespace strongroom::mappedread {

namespace {

// What the handler needs, in plain data: it may only read it (async-signal-safe).
struct Guard
{
    sigjmp_buf jump;
    const char *begin = nullptr;
    const char *end = nullptr;
};

thread_local Guard *t_guard = nullptr;
struct sigaction g_previous = {};

void onSigbus(int signal, siginfo_t *info, void *context)
{
    const Guard *guard = t_guard;
    const char *address = static_cast<const char *>(info->si_addr);
    if (guard && address >= guard->begin && address < guard->end)
        siglongjmp(const_cast<Guard *>(guard)->jump, 1);
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
        struct sigaction action = {};
        action.sa_sigaction = onSigbus;
        // SA_NODEFER: SIGBUS stays unblocked after the jump (sigsetjmp does not save the mask, which
        // would cost a system call per guarded block).
        action.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGBUS, &action, &g_previous);
    });
}

} // namespace

bool guarded(const void *data, qint64 size, const std::function<void()> &read)
{
    installOnce();
    Guard guard;
    guard.begin = static_cast<const char *>(data);
    guard.end = guard.begin + size;
    Guard *const outer = t_guard;
    if (sigsetjmp(guard.jump, 0) != 0) {
        t_guard = outer;
        return false;
    }
    t_guard = &guard;
    read();
    t_guard = outer;
    return true;
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
