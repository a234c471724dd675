#pragma once

#include "core/Result.h"
#include "keys/KeyMaterial.h"
#include "sqlcipher/CipherSettings.h"
#include "sqlcipher/Statement.h"

#include <QString>
#include <QVariant>
#include <memory>

struct sqlite3;

namespace strongroom {

// One open SQLCipher (or plain SQLite) connection through the C API. The key is applied once at
// open, so the KDF runs once per open database; closing wipes the key inside SQLCipher.
// Not thread-safe: use a connection from one thread at a time.
class Database
{
public:
    enum class Access
    {
        ReadOnly,
        ReadWrite,
        Create
    };

    struct OpenOptions
    {
        Access access = Access::ReadOnly;
        const KeyMaterial *key = nullptr;           // null: a plain SQLite file
        CipherSettings settings = CipherSettings{}; // ignored without a key
        int busyTimeoutMs = 0;
        // With Access::ReadOnly: never write any file, not even the -shm of a WAL database (SQLite's
        // readonly_shm; a reader that is first to a -shm would otherwise rebuild it). Off by default.
        bool neverWrite = false;
    };

    // Opens and proves the key by reading the schema. Errors: WrongKey (3) when the key or the
    // settings do not decrypt page 1, Unsupported (6) for a file that is no database, Busy (5) when
    // locked, Failure (1) otherwise. Finer diagnosis lives in the opener of the dashboard.
    static Result<std::unique_ptr<Database>> open(const QString &path, const OpenOptions &options);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    bool isEncrypted() const { return m_encrypted; }

    // Runs SQL that returns no rows (several statements allowed). Only for SQL written in the code:
    // anything holding a value (every PRAGMA that sets one) goes through execSingle.
    Status exec(const QString &sql);
    // Runs exactly one statement, prepared with sqlite3_prepare_v2 and stepped to its end (rows it
    // returns, as "PRAGMA journal_mode = DELETE" does, are dropped). Anything but white space after
    // the first statement, such as "; ATTACH ...", refuses the whole text before any of it runs:
    // Usage (2), kind "several-statements".
    Status execSingle(const QString &statement);
    Statement prepare(const QString &sql) const { return Statement(m_db, sql); }
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql) const;
    QString lastError() const;

private:
    Database(QString path, sqlite3 *db, bool encrypted);

    QString m_path;
    sqlite3 *m_db = nullptr;
    bool m_encrypted = false;
};

// Quotes an identifier for SQL ("my ""table""").
QString quoteIdentifier(const QString &name);

} // namespace strongroom
