#include "backup/CheckedRowCount.h"

#include "core/HelperTask.h"
#include "core/MappedRead.h"
#include "sqlcipher/EncryptedRowCounter.h"
#include "sqlcipher/PageAuthenticator.h"
#include "sqlcipher/RowCount.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <optional>
#include <vector>

namespace strongroom {

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
        if (m_data) {
            mappedread::forget(m_data, m_size);
            m_file.unmap(const_cast<uchar *>(m_data));
        }
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
                                             const WorkProgress &work)
{
    if (file.data()) {
        std::optional<Result<QMap<QString, qint64>>> counted;
        if (!mappedread::guarded(file.data(), file.size(), [&] {
                counted = EncryptedRowCounter::count(file.data(), file.size(), keys, settings, tables, work);
            }))
            return mappedread::truncatedError(db.path());
        if (*counted || counted->cancelled())
            return *counted;
    }
    return rowcount::rowsPerTable(db);
}

} // namespace

Result<QMap<QString, qint64>> countRowsBesidePageCheck(Database &db, int fd, const PageKeys &keys,
                                                       const CipherSettings &settings,
                                                       const WorkProgress &work)
{
    if (!EncryptedRowCounter::supports(settings))
        return rowcount::rowsPerTable(db);
    const Result<QList<EncryptedRowCounter::Table>> tables = rowcount::tablesToCount(db);
    if (!tables)
        return tables.error();
    const MappedDatabaseFile file(fd, settings.pageSize);
    return countFromPages(db, file, keys, settings, tables.value(), work);
}

namespace {

// Every page's HMAC, on every core; the failing pages in order. Cancelled when `work`, asked
// between waits here, is cancelled; Integrity when the file was truncated meanwhile.
Result<QList<qint64>> failingPagesOnAllCores(const QString &path, const uchar *file, qint64 pageCount,
                                             const PageAuthenticator &pages, const WorkProgress &work)
{
    std::atomic<bool> stopped = false;
    std::atomic<qint64> next = 0;
    std::atomic<qint64> checked = 0;
    if (work.cancelled())
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
            if (work.cancelled())
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
                                                         const WorkProgress &work)
{
    const QString wal = db.path() + QStringLiteral("-wal");
    if (!EncryptedRowCounter::supports(settings) || QFileInfo(wal).size() > 0)
        return rowcount::rowsPerTable(db);
    // The snapshot began with an empty WAL (checked before and after it began), so the database file
    // holds all of it; a reader's snapshot keeps checkpoints from changing that file meanwhile.
    const SnapshotRead read(db, descriptors);
    if (!read.status())
        return read.status().error();
    const Result<QList<EncryptedRowCounter::Table>> tables = rowcount::tablesToCount(db);
    if (!tables)
        return tables.error();
    if (QFileInfo(wal).size() > 0)
        return rowcount::rowsPerTable(db);
    const MappedDatabaseFile file(read.databaseFd(), settings.pageSize);
    if (!file.data())
        return rowcount::rowsPerTable(db);
    const Result<QList<qint64>> failing = failingPagesOnAllCores(
        db.path(), file.data(), file.size() / settings.pageSize, PageAuthenticator(keys, settings), work);
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
    return countFromPages(db, file, keys, settings, tables.value(), work);
}

} // namespace strongroom
