#include "sqlcipher/TableStatsJob.h"

#include "core/JobContext.h"

#include <QFileInfo>
#include <QJsonArray>
#include <algorithm>
#include <sqlite3.h>

namespace strongroom {

namespace {

struct SchemaTable
{
    QString name;
    bool isVirtual = false;
    QStringList indexes;
};

QList<SchemaTable> listTables(Database &db)
{
    QList<SchemaTable> tables;
    Statement s = db.prepare(
        QStringLiteral("SELECT name, rootpage = 0 FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    while (s.step())
        tables.append({s.text(0), s.int64(1) != 0, {}});
    Statement idx = db.prepare(QStringLiteral(
        "SELECT tbl_name, name FROM sqlite_schema WHERE type = 'index' AND rootpage > 0 ORDER BY name"));
    while (idx.step()) {
        const QString table = idx.text(0);
        for (SchemaTable &t : tables)
            if (t.name == table)
                t.indexes.append(idx.text(1));
    }
    return tables;
}

Error stepError(const Database &db, int rc, const QString &what)
{
    const int primary = rc & 0xff;
    const ExitCode code = (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_ERROR)
                              ? ExitCode::Integrity
                          : primary == SQLITE_BUSY ? ExitCode::Busy
                                                   : ExitCode::Failure;
    return Error(code, QStringLiteral("%1: %2 failed: %3. Run a check of the database.")
                           .arg(db.path(), what, db.lastError()));
}

} // namespace

QJsonObject TableStats::toJson() const
{
    auto orNull = [](qint64 v) { return v < 0 ? QJsonValue() : QJsonValue(v); };
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("rows"), orNull(rows)},
                       {QStringLiteral("bytes"), orNull(bytes)},
                       {QStringLiteral("index_bytes"), orNull(indexBytes)}};
}

QJsonArray TableStatsJob::toJson(const QList<TableStats> &tables)
{
    QJsonArray array;
    for (const TableStats &t : tables)
        array.append(t.toJson());
    return array;
}

TableStatsJob::TableStatsJob(std::shared_ptr<DatabaseSession> session, TableCallback onTable)
    : m_session(std::move(session)), m_onTable(std::move(onTable))
{
}

QString TableStatsJob::title() const
{
    return QStringLiteral("Count and measure the tables of %1").arg(QFileInfo(m_session->path()).fileName());
}

QList<JobStep> TableStatsJob::steps() const
{
    return {JobStep{QStringLiteral("Read the schema")},
            JobStep{QStringLiteral("Count rows and measure sizes")}};
}

void TableStatsJob::run(JobContext &context)
{
    auto guard = m_session->use();
    Database *db = guard.database();
    if (!db) {
        context.fail(Error(ExitCode::Failure, QStringLiteral("%1 is closed.").arg(m_session->path())));
        return;
    }
    context.startStep(0);
    const QList<SchemaTable> schema = listTables(*db);
    auto cancelled = [&context] { return context.isCancelled(); };
    // Sums one b-tree's pages; one dbstat row per page, so the interrupt flag is seen between pages.
    Statement sizeOf =
        db->prepare(QStringLiteral("SELECT coalesce(sum(pgsize), 0), count(*) FROM dbstat WHERE name = ?"));
    // dbstat is a compile-time option of SQLite; Debian's libsqlcipher is built without it. Then
    // the counts still come, and the sizes stay unknown rather than guessed.
    m_sizesAvailable = sizeOf.isValid();
    if (!m_sizesAvailable)
        context.addDetail(
            QStringLiteral("Table sizes are unknown: this SQLCipher library is built without the "
                           "dbstat table (SQLITE_ENABLE_DBSTAT_VTAB)."));
    if (m_sizesAvailable)
        context.startStep(1, m_session->facts().pageCount, ProgressUnit::Pages);
    else
        context.startStep(1, schema.size(), ProgressUnit::Items);
    qint64 pagesDone = 0;
    auto measure = [&](const QString &btree, qint64 &bytes) -> std::optional<Error> {
        sizeOf.reset();
        sizeOf.bind(1, btree);
        bool row = false;
        m_session->runInterruptible([&] { row = sizeOf.step(); }, cancelled);
        if (!row)
            return stepError(*db, sizeOf.lastResult(), QStringLiteral("measuring %1").arg(btree));
        bytes = sizeOf.int64(0);
        pagesDone += sizeOf.int64(1);
        return std::nullopt;
    };

    for (const SchemaTable &table : schema) {
        if (context.isCancelled())
            return;
        TableStats stats;
        stats.name = table.name;
        Statement count = db->prepare(QStringLiteral("SELECT count(*) FROM ") + quoteIdentifier(table.name));
        bool row = false;
        m_session->runInterruptible([&] { row = count.isValid() && count.step(); }, cancelled);
        if (context.isCancelled())
            return;
        if (row) {
            stats.rows = count.int64(0);
        } else if (!table.isVirtual) {
            context.fail(stepError(*db, count.isValid() ? count.lastResult() : count.prepareResult(),
                                   QStringLiteral("counting the rows of %1").arg(table.name)));
            return;
        }
        if (!table.isVirtual && m_sizesAvailable) {
            if (auto error = measure(table.name, stats.bytes)) {
                if (!context.isCancelled())
                    context.fail(*error);
                return;
            }
            stats.indexBytes = 0;
            for (const QString &index : table.indexes) {
                qint64 bytes = 0;
                if (auto error = measure(index, bytes)) {
                    if (!context.isCancelled())
                        context.fail(*error);
                    return;
                }
                stats.indexes.append({index, bytes});
                stats.indexBytes += bytes;
            }
        }
        m_tables.append(stats);
        context.setProgress(m_sizesAvailable ? pagesDone : m_tables.size());
        if (m_onTable)
            m_onTable(stats);
    }

    std::stable_sort(m_tables.begin(), m_tables.end(), [](const TableStats &a, const TableStats &b) {
        return a.bytes != b.bytes ? a.bytes > b.bytes : a.rows > b.rows;
    });
    qint64 rows = 0;
    for (const TableStats &t : std::as_const(m_tables))
        rows += std::max<qint64>(0, t.rows);
    context.setOverview(QStringLiteral("%1 tables, %2 rows.").arg(m_tables.size()).arg(rows));
    context.setData(QJsonObject{{QStringLiteral("tables"), toJson(m_tables)}});
}

} // namespace strongroom
