#include "backup/WorkMonitor.h"

#include <sqlite3.h>

namespace strongroom {

StatementWatch::StatementWatch(sqlite3 *db, const WorkMonitor &monitor) : m_db(db), m_monitor(monitor)
{
    // About every 100k virtual machine instructions: well under 200 ms even on slow disks.
    sqlite3_progress_handler(m_db, 100000, &StatementWatch::callback, this);
}

StatementWatch::~StatementWatch()
{
    sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

int StatementWatch::callback(void *self)
{
    auto *watch = static_cast<StatementWatch *>(self);
    if (!watch->m_monitor.progress || watch->m_monitor.progress(-1))
        return 0;
    watch->m_stopped = true;
    return 1;
}

} // namespace strongroom
