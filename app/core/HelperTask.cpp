#include "core/HelperTask.h"

namespace strongroom::helper {

namespace {
// Far more threads than helpers ever run at once (a few per job), so start() never queues a task:
// a queued helper could wait for a thread held by the very task that waits for it.
constexpr int kMaxHelperThreads = 256;

struct HelperPool : QThreadPool
{
    HelperPool()
    {
        setMaxThreadCount(kMaxHelperThreads);
        setObjectName(QStringLiteral("strongroom-helpers"));
    }
};
Q_GLOBAL_STATIC(HelperPool, g_helpers)
} // namespace

QThreadPool *pool()
{
    return g_helpers();
}

} // namespace strongroom::helper
