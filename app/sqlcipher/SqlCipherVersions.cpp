#include "sqlcipher/SqlCipherVersions.h"

#include <sqlite3.h>

namespace strongroom {

namespace {

QString pragmaText(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    QString value;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return value;
}

} // namespace

SqlCipherVersions SqlCipherVersions::query()
{
    SqlCipherVersions v;
    v.sqlite = QString::fromUtf8(sqlite3_libversion());
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        // The provider is only known once a codec is attached; a throwaway key on an in-memory
        // database attaches one without touching any file.
        sqlite3_key(db, "doctor", 6);
        v.sqlcipher = pragmaText(db, "PRAGMA cipher_version");
        v.provider = pragmaText(db, "PRAGMA cipher_provider");
        v.providerVersion = pragmaText(db, "PRAGMA cipher_provider_version");
        v.dbstat = !pragmaText(db, "SELECT count(*) FROM dbstat").isEmpty();
    }
    sqlite3_close(db);
    return v;
}

} // namespace strongroom
