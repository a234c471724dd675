#include "sqlcipher/StatementWatch.h"

#include "core/HelperTask.h"

#include <QHash>
#include <QMutex>
#include <sqlite3.h>

namespace strongroom {

namespace {

// SQLite keeps one progress handler per connection and has no getter for it: the innermost watch
// of each connection, so a watch can hand the handler back to the one it nests in.
QMutex g_watchesMutex;
QHash<sqlite3 *, StatementWatch *> g_innermost;

// About every 20k virtual-machine instructions: well under 200 ms even on slow disks.
constexpr int kInstructionsBetweenAsks = 20000;

} // namespace

StatementWatch::StatementWatch(sqlite3 *db, WorkProgress work) : m_db(db), m_work(std::move(work))
{
    QMutexLocker locker(&g_watchesMutex);
    m_outer = g_innermost.value(m_db);
    g_innermost.insert(m_db, this);
    sqlite3_progress_handler(m_db, kInstructionsBetweenAsks, &StatementWatch::callback, this);
}

StatementWatch::~StatementWatch()
{
    QMutexLocker locker(&g_watchesMutex);
    if (m_outer) {
        g_innermost.insert(m_db, m_outer);
        sqlite3_progress_handler(m_db, kInstructionsBetweenAsks, &StatementWatch::callback, m_outer);
    } else {
        g_innermost.remove(m_db);
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    }
}

bool StatementWatch::keepGoing()
{
    if (m_work.cancelled() || (m_outer && !m_outer->keepGoing()))
        m_stopped = true;
    return !m_stopped;
}

int StatementWatch::callback(void *self)
{
    return static_cast<StatementWatch *>(self)->keepGoing() ? 0 : 1;
}

bool StatementWatch::runInterrupting(const std::function<void()> &statements, const WorkProgress &work,
                                     const std::function<void()> &interrupt)
{
    auto done = helper::start(statements);
    bool interrupted = false;
    while (done.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready) {
        if (!interrupted && work.cancelled()) {
            interrupt();
            interrupted = true;
        }
    }
    done.get();
    return !interrupted;
}

} // namespace strongroom
