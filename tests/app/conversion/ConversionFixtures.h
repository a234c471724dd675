#pragma once

// Shared by the conversion tests: inputs are made and outputs read by the real `sqlcipher` shell
// (keys go in on stdin), and strongroom-cli runs as a child process with keys in env variables.

#include "support/CliProcess.h"
#include "support/SqlCipherShell.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>

namespace fixtures {

// The keys tests use; they reach strongroom-cli only through these environment variables.
inline const QByteArray kOldPassphrase = "old horse battery";
inline const QByteArray kNewPassphrase = "new staple correct";
inline const QByteArray kRawKey = "x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'";

inline QProcessEnvironment cliEnvironment(const QString &dataHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dataHome + QStringLiteral("/config"));
    env.insert(QStringLiteral("OLD_KEY"), QString::fromLatin1(kOldPassphrase));
    env.insert(QStringLiteral("NEW_KEY"), QString::fromLatin1(kNewPassphrase));
    env.insert(QStringLiteral("RAW_KEY"), QString::fromLatin1(kRawKey));
    return env;
}

// "PRAGMA key = '...';" plus settings pragmas, or nothing for a plain file.
inline QByteArray keyPragmas(const QByteArray &key, const QByteArray &settings = {})
{
    return key.isEmpty() ? QByteArray() : keyPragma(key) + settings;
}

// A database with what a conversion must keep: rowid and WITHOUT ROWID tables, every storage class,
// NULLs, gaps in rowids, an index, a view, a trigger, user_version, application_id, auto_vacuum.
inline QByteArray sampleSchemaAndRows(int rows, int blobBytes = 40)
{
    return QStringLiteral(
               "PRAGMA auto_vacuum = 1;\n"
               "PRAGMA user_version = 42;\n"
               "PRAGMA application_id = 1234567;\n"
               "CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT NOT NULL, photo BLOB, score REAL, "
               "note);\n"
               "CREATE TABLE tags(k TEXT PRIMARY KEY, v) WITHOUT ROWID;\n"
               "CREATE TABLE log(msg);\n"
               "CREATE INDEX people_name ON people(name);\n"
               "CREATE VIEW names AS SELECT name FROM people;\n"
               "CREATE TRIGGER people_added AFTER INSERT ON people BEGIN INSERT INTO log VALUES ('added ' || "
               "new.name); END;\n"
               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)\n"
               "  INSERT INTO people(name, photo, score, note) SELECT 'person ' || i, randomblob(%2 + i %% "
               "7), i * 0.25,\n"
               "  CASE WHEN i %% 3 = 0 THEN NULL WHEN i %% 3 = 1 THEN i ELSE 'n' || i END FROM n;\n"
               "INSERT INTO tags VALUES ('b', x'00ff'), ('a', 1), ('c', 'three'), ('d', 4.5), ('e', NULL);\n"
               "DELETE FROM log WHERE rowid %% 7 = 0;\n")
        .arg(rows)
        .arg(blobBytes)
        .replace(QStringLiteral("%%"), QStringLiteral("%"))
        .toUtf8();
}

inline void makeDatabase(const QString &path, const QByteArray &key, const QByteArray &settings, int rows,
                         bool wal = false, int blobBytes = 40)
{
    const QByteArray script = (key.isEmpty() ? QByteArray() : settings) +
                              sampleSchemaAndRows(rows, blobBytes) +
                              (wal ? QByteArray("PRAGMA journal_mode = WAL;\n") : QByteArray());
    QVERIFY(makeDatabase(path, key, script));
}

// Everything the sqlcipher shell sees in the file: the full .dump plus the header fields, or the
// shell's error output when it cannot open it.
inline QByteArray shellContent(const QString &path, const QByteArray &key, const QByteArray &settings = {})
{
    const ShellRun r = runSqlCipherShell(
        path, keyPragmas(key, settings) +
                  ".dump\nPRAGMA user_version;\nPRAGMA application_id;\nPRAGMA auto_vacuum;\n"
                  "PRAGMA journal_mode;\nPRAGMA integrity_check;\n");
    if (r.exitCode != 0 || !r.err.isEmpty())
        return "ERROR: " + r.err;
    // "ok" printed by PRAGMA key is not content.
    QByteArray out = r.out;
    if (out.startsWith("ok\n"))
        out.remove(0, 3);
    return out;
}

// One row of a table of conversions run through `strongroom-cli db`: the source the shell makes with
// `sourceKey` and `sourceSettings` (the pragmas the shell needs to open it), with transactions left
// in its -wal or not; the verb and its options; the key and settings the shell opens the result with
// (empty settings: the key alone).
struct ConversionCase
{
    QByteArray sourceKey;
    QByteArray sourceSettings;
    bool walFrames = false;
    QStringList args;
    QByteArray resultKey;
    QByteArray resultSettings;
};

// In a _data function: the columns of ConversionCase, in its order.
inline void addConversionCaseColumns()
{
    QTest::addColumn<QByteArray>("sourceKey");
    QTest::addColumn<QByteArray>("sourceSettings");
    QTest::addColumn<bool>("walFrames");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("resultKey");
    QTest::addColumn<QByteArray>("resultSettings");
}

// In the test function: the current row.
inline ConversionCase fetchConversionCase()
{
    QFETCH(QByteArray, sourceKey);
    QFETCH(QByteArray, sourceSettings);
    QFETCH(bool, walFrames);
    QFETCH(QStringList, args);
    QFETCH(QByteArray, resultKey);
    QFETCH(QByteArray, resultSettings);
    return {sourceKey, sourceSettings, walFrames, args, resultKey, resultSettings};
}

inline QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

inline QStringList strongroomTempsIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral(".strongroom-tmp-*")}, QDir::Files | QDir::Hidden);
}

inline QStringList keptOriginalsIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.before-*")}, QDir::Files | QDir::Hidden);
}

} // namespace fixtures
