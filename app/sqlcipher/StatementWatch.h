#pragma once

#include "core/WorkProgress.h"

#include <functional>

struct sqlite3;

namespace strongroom {

// The one way to stop a statement while SQLite runs it (an integrity check of a big file, an
// export, a long query): while a watch is alive, SQLite asks the work's cancelled() every few
// thousand virtual-machine instructions and within integrity_check's b-tree walk, on the statement's
// thread; true makes the statement end with SQLITE_INTERRUPT and stopped() true, so a cancel is
// honoured within a fraction of a second. Watches on one connection nest: an inner one (an engine
// such as IntegrityCheck that watches its own statements) also asks the outer ones.
// A single opcode that never calls the progress handler (count(*) over a whole table) stops only
// through sqlite3_interrupt from another thread: runInterrupting. SQLCipher's
// cipher_integrity_check asks nothing at all and always runs to its end.
class StatementWatch
{
public:
    StatementWatch(sqlite3 *db, WorkProgress work);

    // Runs `work` (statements on one connection) on a helper thread while this thread asks
    // work.cancelled() every 50 ms; once it answers true, calls `interrupt` (sqlite3_interrupt of that
    // connection), so the running statement ends with SQLITE_INTERRUPT. False when it was stopped.
    static bool runInterrupting(const std::function<void()> &statements, const WorkProgress &work,
                                const std::function<void()> &interrupt);

    ~StatementWatch();
    StatementWatch(const StatementWatch &) = delete;
    StatementWatch &operator=(const StatementWatch &) = delete;

    bool stopped() const { return m_stopped; }

private:
    static int callback(void *self);
    bool keepGoing();

    sqlite3 *m_db;
    WorkProgress m_work;
    StatementWatch *m_outer = nullptr;
    bool m_stopped = false;
};

} // namespace strongroom
