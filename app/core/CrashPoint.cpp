#include "core/CrashPoint.h"

#include <QByteArray>
#include <csignal>
#include <unistd.h>

namespace strongroom {

void crashPointForTests(const char *name)
{
    static const QByteArray wanted = qgetenv("STRONGROOM_TEST_CRASH_POINT");
    if (!wanted.isEmpty() && wanted == name)
        ::kill(::getpid(), SIGKILL);
}

void pausePointForTests(const char *name)
{
    static const QByteArray wanted = qgetenv("STRONGROOM_TEST_PAUSE_POINT");
    if (!wanted.isEmpty() && wanted == name) {
        ::kill(::getpid(), SIGSTOP);
        // A signal the test sent while the process was stopped (a Ctrl-C) is handled by whichever
        // thread wakes first: give its handler a moment before the code goes on.
        ::usleep(200 * 1000);
    }
}

} // namespace strongroom
