#pragma once

// What `pg info` and the console's PostgreSQL dashboard show about one database: the server, its
// security settings, the connection's TLS, whether the data directory lies on encrypted storage,
// and every table with its estimated (and on request exact) row count and sizes.

#include "postgres/PgRowCounter.h"
#include "postgres/PgSession.h"
#include "postgres/StorageEncryption.h"

#include <QJsonObject>
#include <QList>

namespace strongroom::postgres {

struct PgTableInfo
{
    PgTableRef table;
    qint64 estimatedRows = -1; // pg_class.reltuples; -1 when never vacuumed or analysed
    qint64 exactRows = -1;     // count(*) in the shared snapshot; -1 unless counted
    qint64 tableBytes = 0;     // main fork, free space map, visibility map
    qint64 toastBytes = 0;     // the TOAST table and its index
    qint64 indexBytes = 0;
    bool readable = true; // this role may SELECT from it (else it is not counted exactly)
    qint64 totalBytes() const { return tableBytes + toastBytes + indexBytes; }
    QJsonObject toJson() const;
};

struct PgServerInfo
{
    QString serverVersion;
    int serverVersionNumber = 0;
    QString host; // the socket folder or host libpq connected to
    QString port;
    QString database;
    QString user;
    qint64 databaseBytes = 0;
    QString encoding;
    PgTlsStatus tls;
    QString passwordEncryption; // scram-sha-256 or md5
    QString ssl;                // on/off
    QString sslMinProtocol;     // TLSv1.2
    QString dataDirectory;      // empty when this user may not read it
    StorageEncryption storage;
    QList<PgTableInfo> tables; // largest (table + TOAST + indexes) first
    QString snapshot;          // the exported snapshot the exact counts were taken in
    bool exactCounts = false;

    QJsonObject toJson() const;
};

} // namespace strongroom::postgres
