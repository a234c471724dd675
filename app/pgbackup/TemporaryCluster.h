#pragma once

#include "core/Result.h"
#include "core/WorkProgress.h"
#include "postgres/PgConnection.h"

#include <QProcess>
#include <QString>
#include <functional>
#include <memory>

namespace strongroom::pgbackup {

// A PostgreSQL server of Strongroom's own for a restore drill (pg verify --level 3 without a
// server named): initdb in a 0700 folder under the temporary directory, a Unix socket in a private
// folder of its own, no TCP (listen_addresses ''), the binaries of the backup's major version
// (/usr/lib/postgresql/N/bin, else a newer one installed there, which restores an older dump as well).
// When we run as root the server runs as the `postgres` system user (or `nobody`), as initdb refuses
// root. Stopped (fast shutdown, then SIGKILL) and its folder removed by stop() and the destructor,
// so a failure or a cancel leaves nothing; a crash takes the postmaster with it (its parent-death
// signal), and removeStale() clears the folder at the next drill.
class TemporaryCluster
{
public:
    ~TemporaryCluster();
    TemporaryCluster(const TemporaryCluster &) = delete;
    TemporaryCluster &operator=(const TemporaryCluster &) = delete;

    // Failures: no server binaries of `major` or newer (exit 7, naming the package postgresql-N),
    // initdb or the server failing (exit 7 with its last words); a cancel heard through `progress`
    // gives Cancelled.
    static Result<std::unique_ptr<TemporaryCluster>> start(int major, const WorkProgress &progress);

    // The superuser `postgres` over the private socket, to `dbname`.
    postgres::PgConnection connection(const QString &dbname = QStringLiteral("postgres")) const;
    // "temporary cluster (PostgreSQL 17)", for reports and the catalog's drill record.
    QString description() const;
    QString folder() const { return m_root; }
    qint64 postmasterPid() const;
    void stop();

    // Folders of drills whose process no longer runs (left by a crash) under `parent`: their
    // postmaster, if it still runs, is stopped, and the folder removed. Returns what was removed.
    static QStringList removeStale(const QString &parent);
    // "strongroom-pgdrill-": folders are named PREFIX<pid>-XXXXXX.
    static QString folderPrefix();

private:
    TemporaryCluster() = default;
    Status run(const QStringList &command, const WorkProgress &progress);
    Status writeConfig();
    void setServerUserFor(QProcess &process) const;

    QString m_root;
    QString m_binDir;
    QString m_dataDir;
    QString m_socketDir;
    int m_major = 0;
    int m_uid = -1; // the user the server runs as when we are root, -1 otherwise
    int m_gid = -1;
    std::unique_ptr<QProcess> m_postmaster;
};

} // namespace strongroom::pgbackup
