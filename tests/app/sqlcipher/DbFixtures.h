#pragma once

#include "support/SqlCipherShell.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

// The inputs of the db tests, all made with the real `sqlcipher` shell (never with Strongroom).
// Every encrypted input has the tables "big" (600 rows), "small" (3 rows) and "child" (2 rows).
namespace dbfixtures {

inline const QByteArray kRawKeyHex = "2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99";

inline QByteArray content()
{
    return "CREATE TABLE big(id INTEGER PRIMARY KEY, name TEXT, blob BLOB);\n"
           "CREATE INDEX big_name ON big(name);\n"
           "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 600)\n"
           "  INSERT INTO big SELECT x, 'name-' || x, randomblob(200) FROM c;\n"
           "CREATE TABLE small(id INTEGER PRIMARY KEY, v TEXT);\n"
           "INSERT INTO small(v) VALUES ('a'), ('b'), ('c');\n"
           "CREATE TABLE child(id INTEGER PRIMARY KEY, small_id INTEGER REFERENCES small(id));\n"
           "INSERT INTO child(small_id) VALUES (1), (2);\n";
}

inline QByteArray header(const QByteArray &keyPragmas)
{
    return keyPragmas + "\n";
}

inline void makeWithShell(const QString &path, const QByteArray &script)
{
    QVERIFY(makeDatabase(path, {}, script)); // the script holds its key and settings
}

inline void flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(offset);
    char c = 0;
    f.getChar(&c);
    f.seek(offset);
    f.putChar(char(c ^ 0x5a));
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

inline QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (char &c : b)
        c = char(QRandomGenerator::global()->bounded(256));
    return b;
}

// A sqlcipher shell that keeps its connection open until finish(): to hold a lock, or to keep WAL
// frames from being checkpointed while the files are copied.
class HeldShell
{
public:
    HeldShell(const QString &path, const QByteArray &script)
    {
        m_process.start(QStringLiteral("sqlcipher"), {QStringLiteral("-batch"), path});
        m_process.waitForStarted();
        m_process.write(script + "\nSELECT 'ready-marker';\n");
        while (!m_process.readAllStandardOutput().contains("ready-marker") &&
               m_process.waitForReadyRead(20000)) {
        }
    }
    ~HeldShell() { finish(); }
    void finish()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        m_process.waitForFinished(20000);
    }

private:
    QProcess m_process;
};

// SHA-256 of every file of a folder, by name.
inline QMap<QString, QByteArray> hashFolder(const QString &folder)
{
    QMap<QString, QByteArray> hashes;
    for (const QFileInfo &fi : QDir(folder).entryInfoList(QDir::Files)) {
        QFile f(fi.absoluteFilePath());
        if (f.open(QIODevice::ReadOnly))
            hashes.insert(fi.fileName(), QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return hashes;
}

// Makes every input in dir. Keys: pw4 (v4), raw key, pw3 (v3), pwc (custom), pwwal (WAL).
inline void makeAll(const QDir &dir)
{
    const QByteArray c = content();
    makeWithShell(dir.filePath("v4.db"), "PRAGMA key = 'pw4';\n" + c);
    makeWithShell(dir.filePath("raw.db"), "PRAGMA key = \"x'" + kRawKeyHex + "'\";\n" + c);
    makeWithShell(dir.filePath("v3.db"), "PRAGMA key = 'pw3';\nPRAGMA cipher_compatibility = 3;\n" + c);
    makeWithShell(dir.filePath("custom.db"),
                  "PRAGMA key = 'pwc';\nPRAGMA cipher_page_size = 8192;\n"
                  "PRAGMA kdf_iter = 64000;\nPRAGMA cipher_hmac_algorithm = HMAC_SHA256;\n"
                  "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA256;\n" +
                      c);
    makeWithShell(dir.filePath("plain.db"), c);

    QFile::copy(dir.filePath("v4.db"), dir.filePath("flipped.db"));
    // Page 20 is inside table "big" (600 rows of 200-byte blobs fill pages 2 and up).
    flipByte(dir.filePath("flipped.db"), 4096 * 19 + 300);
    QFile::copy(dir.filePath("v4.db"), dir.filePath("truncated.db"));
    QFile(dir.filePath("truncated.db")).resize(QFileInfo(dir.filePath("v4.db")).size() - 1000);

    writeFile(dir.filePath("random.db"), randomBytes(8192));
    writeFile(dir.filePath("empty.db"), {});
    writeFile(dir.filePath("image.db"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + randomBytes(200));

    // WAL: committed frames not yet checkpointed, copied while the writer holds the database open.
    const QString live = dir.filePath("live/wal.db");
    dir.mkpath(QStringLiteral("live"));
    {
        HeldShell writer(
            live, "PRAGMA key = 'pwwal';\nPRAGMA journal_mode = WAL;\nPRAGMA wal_autocheckpoint = 0;\n" + c +
                      "INSERT INTO small(v) VALUES ('from-wal');\n");
        for (const char *suffix : {"", "-wal", "-shm"})
            QVERIFY(QFile::copy(live + QLatin1String(suffix),
                                dir.filePath(QStringLiteral("wal.db") + QLatin1String(suffix))));
        writer.finish();
    }
    QVERIFY(QFileInfo(dir.filePath("wal.db-wal")).size() > 0);
}

} // namespace dbfixtures
