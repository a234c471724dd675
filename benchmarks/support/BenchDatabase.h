#pragma once

// Shared by the benchmark programs: the `sqlcipher` shell as the reference tool (the script goes in
// on stdin, so keys never appear on a command line) and the mixed database they measure on.

#include <QFile>
#include <QProcess>
#include <cstdio>

namespace bench {

inline bool runShell(const QString &file, const QByteArray &script, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("sqlcipher"), {QStringLiteral("-batch"), QStringLiteral("-bail"), file});
    p.waitForStarted();
    p.write(script);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        std::fprintf(stderr, "sqlcipher: %s\n", p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Mixed tables of about `sizeMb` MiB: wide rows with an index, narrow log lines with an index,
// overflowing blobs, and a small table. `keyPragmas` ("PRAGMA key = ...;\n" and settings, or empty
// for a plain file) comes first. Written to FILE.partial and renamed, so a cached file is complete.
inline bool buildMixedDatabase(const QString &file, qint64 sizeMb, const QByteArray &keyPragmas)
{
    const qint64 bytes = sizeMb * 1024 * 1024;
    const qint64 events = std::max<qint64>(100, bytes * 45 / 100 / 330);
    const qint64 logs = std::max<qint64>(100, bytes * 30 / 100 / 160);
    const qint64 blobs = std::max<qint64>(10, bytes * 25 / 100 / 6000);
    const QByteArray script =
        keyPragmas +
        "PRAGMA journal_mode = OFF;\nPRAGMA synchronous = OFF;\nBEGIN;\n"
        "CREATE TABLE events(id INTEGER PRIMARY KEY, kind INTEGER, at TEXT, payload BLOB);\n"
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < " +
        QByteArray::number(events) +
        ")\n"
        "  INSERT INTO events SELECT x, x % 17, datetime(x, 'unixepoch'), randomblob(280) FROM c;\n"
        "CREATE INDEX events_kind ON events(kind, at);\n"
        "CREATE TABLE logs(id INTEGER PRIMARY KEY, level TEXT, line TEXT);\n"
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < " +
        QByteArray::number(logs) +
        ")\n"
        "  INSERT INTO logs SELECT x, 'info', hex(randomblob(60)) FROM c;\n"
        "CREATE INDEX logs_level ON logs(level);\n"
        "CREATE TABLE attachments(id INTEGER PRIMARY KEY, data BLOB);\n"
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < " +
        QByteArray::number(blobs) +
        ")\n"
        "  INSERT INTO attachments SELECT x, randomblob(6000) FROM c;\n"
        "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT UNIQUE);\n"
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000)\n"
        "  INSERT INTO users SELECT x, 'user' || x FROM c;\n"
        "COMMIT;\n";
    const QString partial = file + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!runShell(partial, script))
        return false;
    return QFile::rename(partial, file);
}

} // namespace bench
