#pragma once

#include "core/WorkProgress.h"
#include "sqlcipher/Database.h"
#include "sqlcipher/FileFacts.h"

#include <QMutex>
#include <functional>
#include <memory>
#include <optional>

namespace strongroom {

// One open database as the dashboard holds it: a single keyed connection (the KDF ran once, at
// open) and the facts read then. Jobs share a session through a shared_ptr and take its lock for
// the whole of their work, so a worker thread uses the connection one job at a time. Several
// sessions (several databases) may be open at once. close() — or the last owner letting go —
// closes the connection, and SQLCipher wipes the key it holds; the session's own copy of the key
// (kept for the sqlcipher shell that measures table sizes) is wiped then too.
class DatabaseSession
{
public:
    DatabaseSession(std::unique_ptr<Database> db, FileFacts facts);
    ~DatabaseSession();
    DatabaseSession(const DatabaseSession &) = delete;
    DatabaseSession &operator=(const DatabaseSession &) = delete;

    const FileFacts &facts() const { return m_facts; }
    QString path() const { return m_facts.path; }

    // The key that opened the file, kept because a child `sqlcipher` shell needs it (Debian's
    // libsqlcipher lacks dbstat; the shell has it). Locked memory; wiped by close().
    void keepKey(const KeyMaterial &key);
    // A copy of the kept key; none for a plain file or once closed.
    std::optional<KeyMaterial> key();

    // Exclusive use of the connection while the guard lives; database() is null once closed.
    class Guard
    {
    public:
        explicit Guard(DatabaseSession &session) : m_session(session), m_locker(&session.m_useMutex) {}
        Database *database() const { return m_session.m_db.get(); }

    private:
        DatabaseSession &m_session;
        QMutexLocker<QMutex> m_locker;
    };
    Guard use() { return Guard(*this); }

    // Makes the statement now running on the connection stop with SQLITE_INTERRUPT. Safe from any
    // thread, also while another thread holds the guard.
    void interrupt();

    // Runs `statements` (which must use the connection of a guard the caller holds) on a helper
    // thread and calls interrupt() as soon as work.cancelled() turns true, checking every 50 ms
    // (StatementWatch::runInterrupting). Long statements such as count(*) run inside one SQLite
    // opcode where no progress handler is called; the interrupt flag is the one thing they check.
    void runInterruptible(const std::function<void()> &statements, const WorkProgress &work);

    // Waits for the running job's statement to end (interrupting it), then closes the connection.
    void close();
    bool isOpen();

private:
    FileFacts m_facts;
    QMutex m_useMutex;    // held by the job using the connection
    QMutex m_handleMutex; // guards m_db's lifetime against interrupt()
    std::unique_ptr<Database> m_db;
    std::optional<KeyMaterial> m_key; // guarded by m_handleMutex
};

} // namespace strongroom
