#include "core/HelperTask.h"

namespace strongroom::helper {

namespace {
// Which pool the job on this thread belongs to: set by the runner for each job, and by start() for
// each helper, so nested helpers stay in the job's pool.
thread_local QThreadPool *t_pool = nullptr;
} // namespace

QThreadPool *pool()
{
    return t_pool ? t_pool : QThreadPool::globalInstance();
}

void setPoolForThisThread(QThreadPool *pool)
{
    t_pool = pool;
}

} // namespace strongroom::helper
