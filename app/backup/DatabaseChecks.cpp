#include "backup/DatabaseChecks.h"

#include "sqlcipher/EncryptedRowCounter.h"

#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace strongroom {

namespace {

Error stepError(Database &db, int rc, const QString &what)
{
    const int primary = rc & 0xff;
    const ExitCode code = (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_IOERR)
                              ? ExitCode::Integrity
                          : (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) ? ExitCode::Busy
                                                                                 : ExitCode::Failure;
    return Error(code, QStringLiteral("%1: %2 failed: %3").arg(db.path(), what, db.lastError()));
}

// Runs a check PRAGMA that answers "ok" (integrity_check) or nothing (cipher_integrity_check).
Status runCheck(Database &db, const QString &pragma, bool okRow)
{
    Statement s = db.prepare(pragma);
    if (!s.isValid())
        return stepError(db, s.prepareResult(), pragma);
    QStringList problems;
    while (s.step()) {
        const QString line = s.text(0);
        if (!(okRow && line == QLatin1String("ok")))
            problems.append(line);
    }
    if (s.lastResult() != SQLITE_DONE)
        return stepError(db, s.lastResult(), pragma);
    if (problems.isEmpty())
        return Status::success();
    const int shown = std::min<int>(problems.size(), 3);
    return Error(ExitCode::Integrity,
                 QStringLiteral("%1: the file is damaged (%2 reports %3 problem(s): %4). Use another backup.")
                     .arg(db.path(), pragma)
                     .arg(problems.size())
                     .arg(problems.mid(0, shown).join(QStringLiteral("; "))),
                 QStringLiteral("damaged"));
}

} // namespace

Status cipherIntegrityCheck(Database &db)
{
    return runCheck(db, QStringLiteral("PRAGMA cipher_integrity_check"), false);
}

Status sqliteIntegrityCheck(Database &db)
{
    return runCheck(db, QStringLiteral("PRAGMA integrity_check"), true);
}

Status pagesCheck(Database &db, const CipherSettings &settings)
{
    return settings.useHmac ? cipherIntegrityCheck(db) : sqliteIntegrityCheck(db);
}

namespace {

// The tables countRows counts, with their root pages, by name.
Result<QList<EncryptedRowCounter::Table>> tablesToCount(Database &db)
{
    QList<EncryptedRowCounter::Table> tables;
    Statement s =
        db.prepare(QStringLiteral("SELECT name, rootpage FROM sqlite_schema WHERE type = 'table' AND "
                                  "name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                                  "ORDER BY name"));
    while (s.step())
        tables.append({s.text(0), s.int64(1)});
    if (s.lastResult() != SQLITE_DONE)
        return stepError(db, s.lastResult(), QStringLiteral("reading the schema"));
    return tables;
}

} // namespace

Result<QMap<QString, qint64>> countRows(Database &db)
{
    const Result<QList<EncryptedRowCounter::Table>> tables = tablesToCount(db);
    if (!tables)
        return tables.error();
    QMap<QString, qint64> counts;
    for (const EncryptedRowCounter::Table &table : tables.value()) {
        Statement s = db.prepare(QStringLiteral("SELECT count(*) FROM ") + quoteIdentifier(table.name));
        if (!s.isValid())
            return stepError(db, s.prepareResult(), QStringLiteral("counting rows of ") + table.name);
        if (!s.step())
            return stepError(db, s.lastResult(), QStringLiteral("counting rows of ") + table.name);
        counts.insert(table.name, s.int64(0));
    }
    return counts;
}

Result<QMap<QString, qint64>> countRowsBesidePageCheck(Database &db, int fd, const PageKeys &keys,
                                                       const CipherSettings &settings,
                                                       const std::function<bool()> &keepGoing)
{
    const Result<QList<EncryptedRowCounter::Table>> tables = tablesToCount(db);
    if (!tables)
        return tables.error();
    QFile file;
    if (EncryptedRowCounter::supports(settings) &&
        file.open(fd, QIODevice::ReadOnly, QFileDevice::DontCloseHandle)) {
        const qint64 size = file.size();
        const uchar *data = size > 0 ? file.map(0, size) : nullptr;
        if (data) {
            Result<QMap<QString, qint64>> counted =
                EncryptedRowCounter::count(data, size, keys, settings, tables.value(), keepGoing);
            file.unmap(const_cast<uchar *>(data));
            if (counted || counted.error().code == ExitCode::Cancelled)
                return counted;
        }
    }
    // SQLite counts, and names what is wrong where the walk found something it did not expect.
    return countRows(db);
}

Status opensWhole(const QString &path, const KeyMaterial &key, const CipherSettings &settings)
{
    Result<std::unique_ptr<Database>> db =
        Database::open(path, {Database::Access::ReadOnly, &key, settings, 5000});
    if (!db)
        return db.error();
    const qint64 pages = db.value()->scalar(QStringLiteral("PRAGMA page_count")).toLongLong();
    const qint64 size = QFileInfo(path).size();
    if (pages * settings.pageSize != size)
        return Error(ExitCode::Integrity,
                     QStringLiteral("%1: its header counts %2 pages, but the file holds %3 bytes.")
                         .arg(path)
                         .arg(pages)
                         .arg(size));
    return Status::success();
}

QString journalMode(Database &db)
{
    return db.scalar(QStringLiteral("PRAGMA journal_mode")).toString().toLower();
}

} // namespace strongroom
