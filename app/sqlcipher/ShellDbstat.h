#pragma once

#include "core/Error.h"
#include "keys/KeyMaterial.h"
#include "sqlcipher/CipherSettings.h"

#include <QList>
#include <QProcess>
#include <QStringList>
#include <optional>

namespace strongroom {

// Measures b-trees with dbstat in a child `sqlcipher` shell. Debian's shared libsqlcipher is built
// without SQLITE_ENABLE_DBSTAT_VTAB, but Debian's sqlcipher shell carries its own SQLCipher with
// dbstat; so the shell reads the same file, read-only, and reports each b-tree's pages.
//
// The key and the cipher settings go to the shell through a pipe of their own (its descriptor 3,
// read with ".read /dev/fd/3"), the queries through stdin; never through the command line or the
// environment, and never through QProcess's write buffer, which is freed without being wiped. The
// file is opened read-only and, when its -shm exists, with readonly_shm, so no byte of the database,
// -wal or -shm changes; committed frames of the -wal are read like the in-process connection reads
// them.
//
// Use from one thread (QProcess without an event loop): start(), then take() the sizes as they
// arrive, until finished(); then error() says whether all went well. kill() (or the destructor)
// ends the shell at once, for a cancel.
class ShellDbstat
{
public:
    struct Size
    {
        int index = -1;   // position in the list given to start()
        qint64 bytes = 0; // sum of pgsize
        qint64 pages = 0;
    };

    ShellDbstat() = default;
    ~ShellDbstat();
    ShellDbstat(const ShellDbstat &) = delete;
    ShellDbstat &operator=(const ShellDbstat &) = delete;

    // The shell's full path, or empty when it is not installed.
    static QString program();

    // Starts measuring btrees (names of tables and indexes) of the file at path, in that order.
    // key: null for a plain SQLite file. Errors: the shell is missing (Environment, 7), or a key
    // that SQL cannot carry.
    std::optional<Error> start(const QString &path, const KeyMaterial *key,
                               const std::optional<CipherSettings> &settings, const QStringList &btrees);

    // The sizes that arrived since the last call, waiting at most waitMs for the first of them.
    QList<Size> take(int waitMs = 0);
    bool finished() const { return m_finished; }
    // After finished(): why the shell failed (wrong key, damaged file, locked, no dbstat), if it did.
    std::optional<Error> error() const;

    void kill();

    // The command line the shell was started with (never holds the key: tests check it).
    QStringList arguments() const { return m_process.arguments(); }

    // What the shell reads first, from a pipe of its own (never stdin, never QProcess's buffer):
    // PRAGMA key and the cipher settings. Public for the tests of quoting.
    static QCA::SecureArray keyScript(const KeyMaterial *key, const std::optional<CipherSettings> &settings);
    // The queries, on stdin.
    static QByteArray queryScript(const QStringList &btrees);

private:
    void parse(QList<Size> &into);

    QProcess m_process;
    QString m_path;
    QByteArray m_pending; // stdout not yet ending in a newline
    QByteArray m_stderr;
    int m_expected = 0;
    int m_received = 0;
    bool m_finished = false;
};

} // namespace strongroom
