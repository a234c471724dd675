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
    if (!wanted.isEmpty() && wanted == name)
        ::kill(::getpid(), SIGSTOP);
}

} // namespace strongroom
