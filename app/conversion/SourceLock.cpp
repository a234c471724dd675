#include "conversion/SourceLock.h"

#include "sqlcipher/Database.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace strongroom {

SourceLock::SourceLock(std::unique_ptr<Database> db) : m_db(std::move(db)) {}

SourceLock::~SourceLock()
{
    if (m_readOnly)
        m_readOnly.reset(); // ends its read transaction
    else
        m_db->exec(QStringLiteral("ROLLBACK"));
}

Result<std::unique_ptr<SourceLock>> SourceLock::acquire(const QString &path, const KeyMaterial *key,
                                                        const CipherSettings &settings)
{
    auto opened = Database::open(path, {Database::Access::ReadWrite, key, settings, 0});
    if (!opened)
        return opened.error();
    sqlite3_db_config(opened.value()->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    std::unique_ptr<SourceLock> lock(new SourceLock(std::move(opened.value())));
    Database &db = *lock->m_db;

    Status begun = db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!begun && begun.error().code == ExitCode::Busy)
        return Error(ExitCode::Busy,
                     QCoreApplication::translate(
                         "SourceLock",
                         "%1: another program is writing to this database. Close it (or wait for it to "
                         "finish) and try again; nothing was changed.")
                         .arg(path),
                     QStringLiteral("locked"));
    // On a file SQLite could open only read-only (this user may not write it, a read-only mount)
    // BEGIN IMMEDIATE quietly starts a read transaction instead: ask SQLite which one it got.
    lock->m_writeLock = bool(begun) && sqlite3_db_readonly(db.handle(), "main") == 0;
    if (!begun) {
        // A file we may read but not write: a read transaction still keeps rollback-mode writers out.
        lock->m_readOnly.emplace(db);
        if (!lock->m_readOnly->status())
            return lock->m_readOnly->status().error();
    }
    return lock;
}

} // namespace strongroom
