#include "conversion/ContentFingerprint.h"

#include "core/Sha256.h"
#include "sqlcipher/Database.h"

#include <QCoreApplication>
#include <QtEndian>
#include <sqlite3.h>

namespace strongroom {

namespace {

// Hashing value by value costs a call each; rows are batched instead.
class BufferedHash
{
public:
    BufferedHash() { m_buffer.reserve(kFlushAt + 4096); }

    void addInt(qint64 v)
    {
        char bytes[8];
        qToLittleEndian(v, bytes);
        m_buffer.append(bytes, 8);
    }
    void addTag(char tag) { m_buffer.append(tag); }
    void addBytes(const void *data, int size)
    {
        addInt(size);
        m_buffer.append(static_cast<const char *>(data), size);
        if (m_buffer.size() >= kFlushAt)
            flush();
    }
    void endRow()
    {
        if (m_buffer.size() >= kFlushAt)
            flush();
    }
    QString finalHex()
    {
        flush();
        return QString::fromLatin1(m_hash.finalHex());
    }

private:
    void flush()
    {
        if (!m_buffer.isEmpty())
            m_hash.update(m_buffer);
        m_buffer.clear();
    }

    static constexpr qsizetype kFlushAt = 1 << 16;
    Sha256Stream m_hash;
    QByteArray m_buffer;
};

void hashValue(BufferedHash &hash, sqlite3_stmt *stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER:
        hash.addTag('i');
        hash.addInt(sqlite3_column_int64(stmt, column));
        break;
    case SQLITE_FLOAT: {
        const double d = sqlite3_column_double(stmt, column);
        qint64 bits;
        static_assert(sizeof bits == sizeof d);
        memcpy(&bits, &d, sizeof bits);
        hash.addTag('f');
        hash.addInt(bits);
        break;
    }
    case SQLITE_TEXT: {
        const unsigned char *p = sqlite3_column_text(stmt, column);
        hash.addTag('t');
        hash.addBytes(p, sqlite3_column_bytes(stmt, column));
        break;
    }
    case SQLITE_BLOB: {
        const void *p = sqlite3_column_blob(stmt, column);
        hash.addTag('b');
        hash.addBytes(p, sqlite3_column_bytes(stmt, column));
        break;
    }
    default:
        hash.addTag('n');
        break;
    }
}

Error readError(const Database &db, const QString &what)
{
    const int code = sqlite3_extended_errcode(db.handle()) & 0xff;
    const ExitCode exit = (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) ? ExitCode::Integrity
                          : (code == SQLITE_BUSY || code == SQLITE_LOCKED)  ? ExitCode::Busy
                                                                            : ExitCode::Failure;
    return Error(exit, QCoreApplication::translate("ContentFingerprint", "%1: cannot read %2: %3")
                           .arg(db.path(), what, db.lastError()));
}

// Rowid tables in rowid order; WITHOUT ROWID tables in primary-key order (the only order they have).
QString orderedSelect(const Database &db, const QString &table)
{
    const QString quoted = quoteIdentifier(table);
    Statement probe = db.prepare(QStringLiteral("SELECT _rowid_ FROM %1 LIMIT 0").arg(quoted));
    if (probe.isValid())
        return QStringLiteral("SELECT * FROM %1 ORDER BY _rowid_").arg(quoted);
    Statement info =
        db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?1) WHERE pk > 0 ORDER BY pk"));
    info.bind(1, table);
    QStringList keys;
    while (info.step())
        keys.append(quoteIdentifier(info.text(0)));
    return QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(quoted, keys.join(QStringLiteral(", ")));
}

} // namespace

qint64 ContentFingerprint::totalRows() const
{
    qint64 total = 0;
    for (const TableFingerprint &t : tables)
        total += t.rows;
    return total;
}

QJsonObject ContentFingerprint::headerJson() const
{
    return {{QStringLiteral("user_version"), userVersion},
            {QStringLiteral("application_id"), applicationId},
            {QStringLiteral("journal_mode"), journalMode},
            {QStringLiteral("auto_vacuum"), autoVacuum}};
}

void readHeaderFields(const Database &db, ContentFingerprint &fp)
{
    fp.userVersion = db.scalar(QStringLiteral("PRAGMA user_version")).toLongLong();
    fp.applicationId = db.scalar(QStringLiteral("PRAGMA application_id")).toLongLong();
    fp.journalMode = db.scalar(QStringLiteral("PRAGMA journal_mode")).toString().toLower();
    fp.autoVacuum = db.scalar(QStringLiteral("PRAGMA auto_vacuum")).toInt();
}

Result<ContentFingerprint> fingerprintDatabase(const Database &db, const WorkProgress &progress)
{
    ContentFingerprint fp;
    readHeaderFields(db, fp);

    // ANALYZE statistics are derived data that sqlcipher_export() does not promise to copy.
    const QString objects =
        QStringLiteral("FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\'");
    BufferedHash schemaHash;
    QStringList tables;
    {
        Statement schema =
            db.prepare(QStringLiteral("SELECT type, name, tbl_name, sql, "
                                      "type = 'table' AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL%' ") +
                       objects + QStringLiteral(" ORDER BY type, name"));
        if (!schema.isValid())
            return readError(db, QCoreApplication::translate("ContentFingerprint", "the schema"));
        while (schema.step()) {
            for (int c = 0; c < 4; ++c)
                hashValue(schemaHash, schema.handle(), c);
            if (schema.int64(4))
                tables.append(schema.text(1));
        }
        if ((schema.lastResult() & 0xff) != SQLITE_DONE)
            return readError(db, QCoreApplication::translate("ContentFingerprint", "the schema"));
    }
    fp.schemaSha256 = schemaHash.finalHex();

    qint64 rowsSoFar = 0;
    for (const QString &table : tables) {
        Statement select = db.prepare(orderedSelect(db, table));
        if (!select.isValid())
            return readError(db, QCoreApplication::translate("ContentFingerprint", "table %1").arg(table));
        BufferedHash hash;
        const int columns = select.columnCount();
        hash.addInt(columns);
        qint64 rows = 0;
        sqlite3_stmt *stmt = select.handle();
        while (select.step()) {
            for (int c = 0; c < columns; ++c)
                hashValue(hash, stmt, c);
            hash.endRow();
            ++rows;
            if ((rows & 0xfff) == 0 && !progress.keepGoing(rowsSoFar + rows))
                return Cancelled{QCoreApplication::translate(
                    "ContentFingerprint", "Cancelled while verifying; nothing was changed.")};
        }
        if ((select.lastResult() & 0xff) != SQLITE_DONE)
            return readError(db, QCoreApplication::translate("ContentFingerprint", "table %1").arg(table));
        rowsSoFar += rows;
        fp.tables.append({table, rows, hash.finalHex()});
    }
    progress.report(rowsSoFar);
    return fp;
}

} // namespace strongroom
