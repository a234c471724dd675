#include "sqlcipher/TableStatsJob.h"

#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
#include "sqlcipher/IntegrityCheck.h"
#include "sqlcipher/RowCount.h"
#include "sqlcipher/ShellDbstat.h"

#include <QCoreApplication>
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

// The first finding of PRAGMA cipher_integrity_check ("HMAC verification failed for page 9"), or empty.
QString firstFailingPage(Database &db)
{
    const Result<QStringList> found = integritycheck::problems(db, integritycheck::Kind::CipherPages);
    return found && !found->isEmpty() ? found->first() : QString();
}

Error stepError(const Database &db, int rc, const QString &what)
{
    const int primary = rc & 0xff;
    const ExitCode code = (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_ERROR)
                              ? ExitCode::Integrity
                          : primary == SQLITE_BUSY ? ExitCode::Busy
                                                   : ExitCode::Failure;
    return Error(
        code,
        QCoreApplication::translate("TableStatsJob", "%1: %2 failed: %3. Run a check of the database.")
            .arg(db.path(), what, db.lastError()),
        code == ExitCode::Integrity ? QStringLiteral("damaged")
        : code == ExitCode::Busy    ? QStringLiteral("locked")
                                    : QString());
}

} // namespace

QJsonObject TableStats::toJson() const
{
    auto orNull = [](qint64 v) { return v < 0 ? QJsonValue() : QJsonValue(v); };
    QJsonArray indexArray;
    for (const auto &[index, size] : indexes)
        indexArray.append(
            QJsonObject{{QStringLiteral("name"), index}, {QStringLiteral("bytes"), orNull(size)}});
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("rows"), orNull(rows)},
                       {QStringLiteral("bytes"), orNull(bytes)},
                       {QStringLiteral("index_bytes"), orNull(indexBytes)},
                       {QStringLiteral("indexes"), indexArray}};
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
    return QCoreApplication::translate("TableStatsJob", "Count and measure the tables of %1")
        .arg(QFileInfo(m_session->path()).fileName());
}

QList<JobStep> TableStatsJob::steps() const
{
    return {JobStep{QCoreApplication::translate("TableStatsJob", "Read the schema")},
            JobStep{QCoreApplication::translate("TableStatsJob", "Count rows and measure sizes")}};
}

void TableStatsJob::deliver(TableStats stats)
{
    m_tables.append(stats);
    if (m_onTable)
        m_onTable(stats);
}

void TableStatsJob::run(JobContext &context)
{
    auto guard = m_session->use();
    Database *db = guard.database();
    if (!db) {
        context.fail(
            Error(ExitCode::Failure,
                  QCoreApplication::translate("TableStatsJob", "%1 is closed.").arg(m_session->path())));
        return;
    }
    context.startStep(0);
    const QList<SchemaTable> schema = listTables(*db);
    const WorkProgress work = workProgress(context);

    // Every b-tree to measure, in schema order: each table, then its indexes. owner[i] is the
    // table's position and the index's position in it (-1 for the table itself).
    QList<TableStats> pending(schema.size());
    QList<int> sizesMissing(schema.size(), 0);
    QList<bool> counted(schema.size(), false);
    QList<bool> delivered(schema.size(), false);
    QStringList btrees;
    QList<QPair<int, int>> owner;
    for (int t = 0; t < schema.size(); ++t) {
        pending[t].name = schema[t].name;
        if (schema[t].isVirtual)
            continue;
        pending[t].indexBytes = 0;
        btrees.append(schema[t].name);
        owner.append({t, -1});
        for (int i = 0; i < schema[t].indexes.size(); ++i) {
            pending[t].indexes.append({schema[t].indexes[i], -1});
            btrees.append(schema[t].indexes[i]);
            owner.append({t, i});
        }
        sizesMissing[t] = 1 + schema[t].indexes.size();
    }

    context.startStep(1, schema.size() + btrees.size(), ProgressUnit::Items);
    qint64 done = 0;
    auto deliverIfComplete = [&](int t) {
        // Several sizes can arrive at once from the shell; once cancelled, none of them is delivered.
        if (context.isCancelled())
            return;
        if (!delivered[t] && counted[t] && sizesMissing[t] == 0) {
            delivered[t] = true;
            deliver(pending[t]);
        }
    };
    auto applySize = [&](int btree, qint64 bytes) {
        const auto [t, index] = owner.at(btree);
        TableStats &stats = pending[t];
        if (index < 0) {
            stats.bytes = bytes;
        } else {
            stats.indexes[index].second = bytes;
            stats.indexBytes += bytes;
        }
        --sizesMissing[t];
        context.setProgress(++done);
        deliverIfComplete(t);
    };

    // dbstat is a compile-time option of SQLite. Debian's libsqlcipher is built without it, its
    // sqlcipher shell with it: then the shell measures, in parallel with the counts below.
    Statement sizeOf =
        db->prepare(QStringLiteral("SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = ?"));
    const bool inProcess = sizeOf.isValid();
    std::optional<Error> sizeError;
    std::unique_ptr<ShellDbstat> shell;
    if (!inProcess && !btrees.isEmpty()) {
        shell = std::make_unique<ShellDbstat>();
        std::optional<KeyMaterial> key = m_session->key(); // wiped when it leaves this scope
        if (m_session->facts().encrypted && !key)
            sizeError = Error(ExitCode::Failure,
                              QCoreApplication::translate(
                                  "TableStatsJob", "%1: the key is no longer held, so table sizes cannot be "
                                                   "measured. Open the database again.")
                                  .arg(m_session->path()));
        else
            sizeError =
                shell->start(m_session->path(), key ? &*key : nullptr, m_session->facts().settings, btrees);
        if (sizeError)
            shell.reset();
    }
    auto takeShellSizes = [&](int waitMs) {
        if (shell)
            for (const ShellDbstat::Size &size : shell->take(waitMs))
                applySize(size.index, size.bytes);
    };

    int btree = 0;
    for (int t = 0; t < schema.size(); ++t) {
        if (context.isCancelled())
            return; // the shell, if any, is killed as it goes out of scope
        const SchemaTable &table = schema[t];
        Result<qint64> rows = Cancelled{};
        m_session->runInterruptible([&] { rows = rowcount::rowsOf(*db, table.name); }, work);
        if (context.isCancelled())
            return;
        if (rows) {
            pending[t].rows = rows.value();
        } else if (!table.isVirtual) {
            // The connection still holds the result code of the count that failed.
            Error error = stepError(
                *db, sqlite3_extended_errcode(db->handle()),
                QCoreApplication::translate("TableStatsJob", "counting the rows of %1").arg(table.name));
            // A page that fails its HMAC is named, as `db check` names it, not left to SQLite's
            // "malformed" (the full read costs only on this way out).
            QString page;
            if (error.code == ExitCode::Integrity && m_session->facts().encrypted)
                m_session->runInterruptible([&] { page = firstFailingPage(*db); }, work);
            if (!page.isEmpty())
                error.message =
                    QCoreApplication::translate(
                        "TableStatsJob", "%1 is damaged: %2 (while counting the rows of %3). Run a check "
                                         "of the database (db check) to see every damaged page; restore "
                                         "it from a backup.")
                        .arg(m_session->path(), page, table.name);
            context.fail(error);
            return;
        }
        counted[t] = true;
        context.setProgress(++done);
        if (inProcess) {
            // Sums one b-tree's pages; one dbstat row per page, so the interrupt flag is seen often.
            for (; btree < owner.size() && owner[btree].first == t; ++btree) {
                sizeOf.reset();
                sizeOf.bind(1, btrees[btree]);
                bool measured = false;
                m_session->runInterruptible([&] { measured = sizeOf.step(); }, work);
                if (context.isCancelled())
                    return;
                if (!measured) {
                    context.fail(stepError(
                        *db, sizeOf.lastResult(),
                        QCoreApplication::translate("TableStatsJob", "measuring %1").arg(btrees[btree])));
                    return;
                }
                applySize(btree, sizeOf.int64(0));
            }
        }
        takeShellSizes(0);
        deliverIfComplete(t);
    }

    while (shell && !shell->finished()) {
        if (context.isCancelled()) {
            shell->kill();
            return;
        }
        takeShellSizes(50);
    }
    if (shell)
        sizeError = shell->error();
    if (sizeError) {
        // What was counted still reaches the dashboard; the sizes stay unknown rather than partial.
        m_sizesAvailable = false;
        for (int t = 0; t < schema.size(); ++t) {
            if (delivered[t])
                continue;
            pending[t].bytes = -1;
            pending[t].indexBytes = -1;
            for (auto &index : pending[t].indexes)
                index.second = -1;
            deliver(pending[t]);
        }
        context.fail(*sizeError);
        return;
    }

    std::stable_sort(m_tables.begin(), m_tables.end(), [](const TableStats &a, const TableStats &b) {
        return a.bytes != b.bytes ? a.bytes > b.bytes : a.rows > b.rows;
    });
    qint64 rows = 0;
    for (const TableStats &t : std::as_const(m_tables))
        rows += std::max<qint64>(0, t.rows);
    context.setOverview(
        QCoreApplication::translate("TableStatsJob", "%1 tables, %2 rows.").arg(m_tables.size()).arg(rows));
    context.setData(QJsonObject{{QStringLiteral("tables"), toJson(m_tables)}});
}

} // namespace strongroom
