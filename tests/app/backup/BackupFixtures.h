#pragma once

#include "support/IsolatedHome.h"
#include "support/SqlCipherShell.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QString>

// Test databases are made with the real sqlcipher shell. Raw keys skip the KDF, so the SQLCipher 4
// defaults cost nothing in tests; the key goes to the shell on stdin and to Strongroom through an
// environment variable.
namespace backupfixtures {

inline QByteArray liveKey()
{
    return QByteArrayLiteral("x'00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff'");
}

inline QByteArray otherKey()
{
    return QByteArrayLiteral("x'ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100'");
}

// A database with table t of `rows` rows (100 bytes each) and table marker holding `marker`.
inline bool makeDatabase(const QString &path, const QByteArray &key, int rows, const QByteArray &marker,
                         const QByteArray &journalMode = "delete")
{
    const QByteArray script = "PRAGMA journal_mode = " + journalMode +
                              ";\n"
                              "CREATE TABLE t(a INTEGER PRIMARY KEY, b BLOB);\n"
                              "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < " +
                              QByteArray::number(rows) +
                              ") INSERT INTO t SELECT x, randomblob(100) FROM c;\n"
                              "CREATE TABLE marker(m TEXT);\n"
                              "INSERT INTO marker VALUES ('" +
                              marker + "');\n";
    return ::makeDatabase(path, key, script);
}

// Runs SQL on an encrypted file through the shell; the output without the "ok" of PRAGMA key.
inline QByteArray query(const QString &path, const QByteArray &key, const QByteArray &sql)
{
    const ShellRun r = runSqlCipherShell(path, keyPragma(key) + sql);
    QByteArray out = r.out;
    if (out.startsWith("ok\n"))
        out = out.mid(3);
    return r.exitCode == 0 ? out.trimmed() : QByteArray("error: ") + r.err.trimmed();
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QProcessEnvironment environment(const QString &home)
{
    QProcessEnvironment env = isolatedEnvironment(home);
    env.insert(QStringLiteral("LIVE_KEY"), QString::fromLatin1(liveKey()));
    env.insert(QStringLiteral("OTHER_KEY"), QString::fromLatin1(otherKey()));
    return env;
}

} // namespace backupfixtures
