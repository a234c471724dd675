#pragma once

#include "core/Result.h"

#include <QString>

namespace strongroom::pgbackup {

// PostgreSQL's client programs (pg_dump, pg_dumpall, pg_restore, psql): which one to run for a
// server of a given major version, and whether it is new enough. Debian installs each major version
// under /usr/lib/postgresql/N/bin; the one matching the server is preferred, else the newest there,
// else the one on PATH.
struct PgClientTool
{
    QString program; // absolute path
    int major = 0;   // 17
    QString version; // "17.2"

    // Missing, or older than the server (pg_dump refuses to dump a newer server): exit 7, naming
    // the Debian package that provides the right one (postgresql-client-N).
    static Result<PgClientTool> find(const QString &name, int serverMajor);
    // Where the versions are: /usr/lib/postgresql (Debian's layout), or $STRONGROOM_PG_LIBDIR for
    // another layout of N/bin folders.
    static QString versionsFolder();
};

} // namespace strongroom::pgbackup
