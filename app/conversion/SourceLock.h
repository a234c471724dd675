#pragma once

#include "core/Result.h"
#include "keys/KeyMaterial.h"
#include "sqlcipher/CipherSettings.h"
#include "sqlcipher/ReadSnapshot.h"

#include <memory>
#include <optional>

namespace strongroom {

class Database;

// Holds the original still from the first read to the swap: a connection of its own with a write
// transaction open (BEGIN IMMEDIATE) and nothing written, so no other process can commit a change
// that the copy would miss, and a writer already at work is reported as Busy (5) up front.
// Checkpoint-on-close is off, so closing never folds the original's -wal into it.
class SourceLock
{
public:
    static Result<std::unique_ptr<SourceLock>> acquire(const QString &path, const KeyMaterial *key,
                                                       const CipherSettings &settings);
    ~SourceLock();
    SourceLock(const SourceLock &) = delete;
    SourceLock &operator=(const SourceLock &) = delete;

    // The locked connection: reads through it see exactly what the copy saw.
    const Database &database() const { return *m_db; }
    // False when only a read transaction could be had (a file this user may not write): a WAL
    // database's log can then still grow while it is read, so only SQLite's own reads see one snapshot.
    bool holdsWriteLock() const { return m_writeLock; }

private:
    explicit SourceLock(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
    bool m_writeLock = false;
    std::optional<ReadSnapshot> m_readOnly; // where the write lock could not be had
};

} // namespace strongroom
