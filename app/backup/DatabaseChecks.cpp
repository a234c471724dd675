#include "backup/DatabaseChecks.h"

#include "core/HelperTask.h"
#include "core/MappedRead.h"
#include "sqlcipher/EncryptedRowCounter.h"
#include "sqlcipher/PageAuthenticator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <optional>
#include <sqlite3.h>
#include <vector>

namespace strongroom {

namespace {

Error stepError(Database &db, int rc, const QString &what)
{
    const int primary = rc & 0xff;
    const ExitCode code = (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_IOERR)
                              ? ExitCode::Integrity
                          : (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) ? ExitCode::Busy
                                                                                 : ExitCode::Failure;
    return Error(code, QCoreApplication::translate("DatabaseChecks", "%1: %2 failed: %3")
                           .arg(db.path(), what, db.lastError()));
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
    return Error(
        ExitCode::Integrity,
        QCoreApplication::translate(
            "DatabaseChecks", "%1: the file is damaged (%2 reports %3 problem(s): %4). Use another backup.")
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
        return stepError(db, s.lastResult(),
                         QCoreApplication::translate("DatabaseChecks", "reading the schema"));
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
            return stepError(db, s.prepareResult(),
                             QCoreApplication::translate("DatabaseChecks", "counting rows of ") + table.name);
        if (!s.step())
            return stepError(db, s.lastResult(),
                             QCoreApplication::translate("DatabaseChecks", "counting rows of ") + table.name);
        counts.insert(table.name, s.int64(0));
    }
    return counts;
}

namespace {

// The database file behind a descriptor, mapped while alive; no data where it cannot be mapped, is
// empty or is no whole number of pages. The descriptor stays open (see SourceDescriptors).
class MappedDatabaseFile
{
public:
    MappedDatabaseFile(int fd, int pageSize)
    {
        if (!m_file.open(fd, QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
            return;
        m_size = m_file.size();
        if (m_size > 0 && m_size % pageSize == 0)
            m_data = m_file.map(0, m_size);
    }
    ~MappedDatabaseFile()
    {
        if (m_data)
            m_file.unmap(const_cast<uchar *>(m_data));
    }
    MappedDatabaseFile(const MappedDatabaseFile &) = delete;
    MappedDatabaseFile &operator=(const MappedDatabaseFile &) = delete;
    const uchar *data() const { return m_data; }
    qint64 size() const { return m_size; }

private:
    QFile m_file;
    const uchar *m_data = nullptr;
    qint64 m_size = 0;
};

// The rows from the mapped pages (EncryptedRowCounter); SQLite's count(*) where the file is not
// mapped or the walk meets what it does not expect: SQLite then counts, or names what is wrong.
Result<QMap<QString, qint64>> countFromPages(Database &db, const MappedDatabaseFile &file,
                                             const PageKeys &keys, const CipherSettings &settings,
                                             const QList<EncryptedRowCounter::Table> &tables,
                                             const std::function<bool()> &keepGoing)
{
    if (file.data()) {
        std::optional<Result<QMap<QString, qint64>>> counted;
        if (!mappedread::guarded(file.data(), file.size(), [&] {
                counted =
                    EncryptedRowCounter::count(file.data(), file.size(), keys, settings, tables, keepGoing);
            }))
            return mappedread::truncatedError(db.path());
        if (*counted || counted->cancelled())
            return *counted;
    }
    return countRows(db);
}

} // namespace

Result<QMap<QString, qint64>> countRowsBesidePageCheck(Database &db, int fd, const PageKeys &keys,
                                                       const CipherSettings &settings,
                                                       const std::function<bool()> &keepGoing)
{
    if (!EncryptedRowCounter::supports(settings))
        return countRows(db);
    const Result<QList<EncryptedRowCounter::Table>> tables = tablesToCount(db);
    if (!tables)
        return tables.error();
    const MappedDatabaseFile file(fd, settings.pageSize);
    return countFromPages(db, file, keys, settings, tables.value(), keepGoing);
}

namespace {

// Every page's HMAC, on every core; the failing pages in order. Cancelled when keepGoing, asked
// between waits here, answers false; Integrity when the file was truncated meanwhile.
Result<QList<qint64>> failingPagesOnAllCores(const QString &path, const uchar *file, qint64 pageCount,
                                             const PageAuthenticator &pages,
                                             const std::function<bool()> &keepGoing)
{
    std::atomic<bool> stopped = false;
    std::atomic<qint64> next = 0;
    std::atomic<qint64> checked = 0;
    if (keepGoing && !keepGoing())
        stopped = true;
    std::atomic<bool> truncated = false;
    std::vector<HelperTask<QList<qint64>>> workers;
    for (int i = 0; i < std::max(1, QThread::idealThreadCount()); ++i)
        workers.push_back(helper::start([&] {
            QList<qint64> failing;
            if (!mappedread::guarded(file, pageCount * pages.pageSize(), [&] {
                    failing = pages.failingPagesInSlices(file, pageCount, next, stopped, checked);
                })) {
                truncated = true;
                stopped = true;
            }
            return failing;
        }));
    for (auto &worker : workers) {
        while (worker.wait_for(std::chrono::milliseconds(20)) != std::future_status::ready) {
            if (keepGoing && !keepGoing())
                stopped = true;
        }
    }
    QList<qint64> failing;
    for (auto &worker : workers)
        failing += worker.get();
    if (truncated.load())
        return mappedread::truncatedError(path);
    if (stopped.load())
        return Cancelled{};
    std::sort(failing.begin(), failing.end());
    return failing;
}

} // namespace

Result<QMap<QString, qint64>> countRowsCheckingEveryPage(Database &db, SourceDescriptors &descriptors,
                                                         const PageKeys &keys, const CipherSettings &settings,
                                                         const std::function<bool()> &keepGoing)
{
    const QString wal = db.path() + QStringLiteral("-wal");
    if (!EncryptedRowCounter::supports(settings) || QFileInfo(wal).size() > 0)
        return countRows(db);
    // The snapshot began with an empty WAL (checked before and after it began), so the database file
    // holds all of it; a reader's snapshot keeps checkpoints from changing that file meanwhile.
    const SnapshotRead read(db, descriptors);
    if (!read.status())
        return read.status().error();
    const Result<QList<EncryptedRowCounter::Table>> tables = tablesToCount(db);
    if (!tables)
        return tables.error();
    if (QFileInfo(wal).size() > 0)
        return countRows(db);
    const MappedDatabaseFile file(read.databaseFd(), settings.pageSize);
    if (!file.data())
        return countRows(db);
    const Result<QList<qint64>> failing =
        failingPagesOnAllCores(db.path(), file.data(), file.size() / settings.pageSize,
                               PageAuthenticator(keys, settings), keepGoing);
    if (!failing)
        return failing.error();
    if (!failing->isEmpty()) {
        QString more;
        if (failing->size() > 1)
            more = QCoreApplication::translate("DatabaseChecks", "; %1 failing pages in all")
                       .arg(failing->size());
        return Error(
            ExitCode::Integrity,
            QCoreApplication::translate("DatabaseChecks", "%1: HMAC verification failed for page %2%3")
                .arg(db.path())
                .arg(failing->first())
                .arg(more),
            QStringLiteral("damaged"));
    }
    return countFromPages(db, file, keys, settings, tables.value(), keepGoing);
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
                     QCoreApplication::translate(
                         "DatabaseChecks", "%1: its header counts %2 pages, but the file holds %3 bytes.")
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
