#include "sqlcipher/DatabaseSession.h"

#include "sqlcipher/StatementWatch.h"

#include <sqlite3.h>

namespace strongroom {

DatabaseSession::DatabaseSession(std::unique_ptr<Database> db, FileFacts facts)
    : m_facts(std::move(facts)), m_db(std::move(db))
{
}

DatabaseSession::~DatabaseSession()
{
    close();
}

void DatabaseSession::interrupt()
{
    QMutexLocker locker(&m_handleMutex);
    if (m_db)
        sqlite3_interrupt(m_db->handle());
}

void DatabaseSession::runInterruptible(const std::function<void()> &statements, const WorkProgress &work)
{
    StatementWatch::runInterrupting(statements, work, [this] { interrupt(); });
}

void DatabaseSession::keepKey(const KeyMaterial &key)
{
    QMutexLocker handle(&m_handleMutex);
    if (m_key)
        m_key->wipe();
    m_key = key;
}

std::optional<KeyMaterial> DatabaseSession::key()
{
    QMutexLocker handle(&m_handleMutex);
    if (!m_db)
        return std::nullopt;
    return m_key;
}

void DatabaseSession::close()
{
    interrupt();
    QMutexLocker use(&m_useMutex);
    QMutexLocker handle(&m_handleMutex);
    m_db.reset();
    if (m_key) {
        m_key->wipe();
        m_key.reset();
    }
}

bool DatabaseSession::isOpen()
{
    QMutexLocker handle(&m_handleMutex);
    return m_db != nullptr;
}

} // namespace strongroom
