#pragma once

#include "core/Result.h"
#include "core/WorkProgress.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace strongroom {

class Database;

// One table's content: its row count and the SHA-256 of every row in rowid (or primary-key)
// order, each value with its SQLite storage class, so 1 and '1' and x'31' all differ.
struct TableFingerprint
{
    QString name;
    qint64 rows = 0;
    QString sha256;
};

// What a conversion must preserve, read through a connection: the schema, every table's content
// and the header fields that sqlcipher_export() does not carry by itself.
struct ContentFingerprint
{
    QString schemaSha256;
    QList<TableFingerprint> tables;
    qint64 userVersion = 0;
    qint64 applicationId = 0;
    QString journalMode;
    int autoVacuum = 0;

    qint64 totalRows() const;
    QJsonObject headerJson() const;
};

// Reads only the header fields (user_version, application_id, journal_mode, auto_vacuum).
void readHeaderFields(const Database &db, ContentFingerprint &into);

// Reads the fingerprint of the main database of `db`, reporting the rows hashed so far every few
// thousand rows; a cancel stops the read (Cancelled).
Result<ContentFingerprint> fingerprintDatabase(const Database &db, const WorkProgress &progress = {});

} // namespace strongroom
