#pragma once

#include <QString>

namespace strongroom {

// What the linked SQLCipher reports about itself.
struct SqlCipherVersions
{
    QString sqlcipher;       // PRAGMA cipher_version, e.g. "4.6.1 community"
    QString provider;        // PRAGMA cipher_provider, e.g. "openssl"
    QString providerVersion; // PRAGMA cipher_provider_version
    QString sqlite;          // sqlite3_libversion()
    bool dbstat = false;     // the dbstat virtual table is compiled in

    static SqlCipherVersions query();
};

} // namespace strongroom
