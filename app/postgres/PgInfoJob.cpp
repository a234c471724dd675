#include "postgres/PgInfoJob.h"

#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
#include "postgres/PgSnapshot.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <algorithm>

namespace strongroom::postgres {

namespace {

enum Step
{
    Connect,
    Facts,
    Tables,
    Count
};

QString bytes(qint64 n)
{
    return QLocale::c().formattedDataSize(n, 1, QLocale::DataSizeIecFormat);
}

// Ordinary tables (partitions included, partitioned parents not: they hold no rows of their own),
// outside the system schemas, with their sizes; largest first.
const char *const kTablesSql = R"(
SELECT n.nspname, c.relname, c.reltuples::bigint,
       pg_table_size(c.oid) - COALESCE(pg_total_relation_size(NULLIF(c.reltoastrelid, 0)), 0),
       COALESCE(pg_total_relation_size(NULLIF(c.reltoastrelid, 0)), 0),
       pg_indexes_size(c.oid), has_table_privilege(c.oid, 'SELECT')
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind = 'r' AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'
 ORDER BY pg_total_relation_size(c.oid) DESC, n.nspname, c.relname)";

} // namespace

PgInfoJob::PgInfoJob(Request request) : m_request(std::move(request)) {}

QString PgInfoJob::title() const
{
    return QCoreApplication::translate("PgInfoJob", "Examine PostgreSQL database %1")
        .arg(m_request.connection.displayName());
}

QList<JobStep> PgInfoJob::steps() const
{
    QList<JobStep> steps{{QCoreApplication::translate("PgInfoJob", "Connect")},
                         {QCoreApplication::translate("PgInfoJob", "Read the server's facts and settings")},
                         {QCoreApplication::translate("PgInfoJob", "Read the tables' sizes")}};
    if (m_request.exactCounts)
        steps.append({QCoreApplication::translate("PgInfoJob", "Count every table's rows in one snapshot")});
    return steps;
}

Status PgInfoJob::readFacts(PgSession &session, JobContext &context)
{
    const WorkProgress cancelled = workProgress(context).cancelOnly();
    m_info.serverVersion = session.serverVersion();
    m_info.serverVersionNumber = session.serverVersionNumber();
    m_info.host = session.host();
    m_info.port = session.port();
    m_info.database = session.database();
    m_info.user = session.user();
    m_info.tls = session.tls();
    Result<PgResult> facts = session.exec(
        QStringLiteral("SELECT pg_database_size(current_database()), pg_encoding_to_char(d.encoding) "
                       "FROM pg_database d WHERE d.datname = current_database()"),
        {}, cancelled);
    if (!facts)
        return facts.error();
    m_info.databaseBytes = facts->int64(0, 0);
    m_info.encoding = facts->text(0, 1);
    // pg_settings leaves out what this user may not read (ssl_min_protocol_version needs
    // pg_read_all_settings), where current_setting() would fail.
    Result<PgResult> settings = session.exec(
        QStringLiteral("SELECT name, setting FROM pg_settings "
                       "WHERE name IN ('password_encryption', 'ssl', 'ssl_min_protocol_version')"),
        {}, cancelled);
    if (!settings)
        return settings.error();
    for (int r = 0; r < settings->rows(); ++r) {
        const QString name = settings->text(r, 0);
        QString &target = name == QLatin1String("ssl")                   ? m_info.ssl
                          : name == QLatin1String("password_encryption") ? m_info.passwordEncryption
                                                                         : m_info.sslMinProtocol;
        target = settings->text(r, 1);
    }

    // Only superusers and members of pg_read_all_settings may read data_directory. A savepoint
    // keeps the snapshot's transaction usable when the read is refused.
    const bool inTransaction = m_request.exactCounts;
    if (inTransaction)
        session.exec(QStringLiteral("SAVEPOINT data_directory"));
    Result<PgResult> directory =
        session.exec(QStringLiteral("SELECT current_setting('data_directory')"), {}, cancelled);
    if (directory) {
        m_info.dataDirectory = directory->value();
    } else if (directory.cancelled()) {
        return Cancelled{};
    } else if (inTransaction) {
        session.exec(QStringLiteral("ROLLBACK TO SAVEPOINT data_directory"));
    }
    if (m_info.dataDirectory.isEmpty())
        m_info.storage = StorageEncryption::unknown(QCoreApplication::translate(
            "PgInfoJob", "the server does not show this user its data directory (superusers and members of "
                         "pg_read_all_settings may read it)"));
    else if (!PgConnection::fromOptions({{QStringLiteral("host"), m_info.host}}).namesLocalServer())
        m_info.storage = StorageEncryption::unknown(
            QCoreApplication::translate("PgInfoJob", "the server runs on another machine (%1)")
                .arg(m_info.host));
    else if (!QFileInfo::exists(m_info.dataDirectory))
        m_info.storage = StorageEncryption::unknown(
            QCoreApplication::translate("PgInfoJob",
                                        "the data directory %1 is not visible from here (another "
                                        "container or user)")
                .arg(m_info.dataDirectory));
    else
        m_info.storage = StorageEncryption::probe(m_info.dataDirectory);
    return Status::success();
}

Status PgInfoJob::readTables(PgSession &session, JobContext &context)
{
    Result<PgResult> tables =
        session.exec(QString::fromLatin1(kTablesSql), {}, workProgress(context).cancelOnly());
    if (!tables)
        return tables.error();
    for (int r = 0; r < tables->rows(); ++r) {
        PgTableInfo t;
        t.table = PgTableRef{tables->text(r, 0), tables->text(r, 1)};
        t.estimatedRows = tables->int64(r, 2);
        t.tableBytes = tables->int64(r, 3);
        t.toastBytes = tables->int64(r, 4);
        t.indexBytes = tables->int64(r, 5);
        t.readable = tables->text(r, 6) == QLatin1String("t");
        m_info.tables.append(t);
    }
    // The server sorted by its own total; keep exactly that order with ties by name.
    std::stable_sort(
        m_info.tables.begin(), m_info.tables.end(),
        [](const PgTableInfo &a, const PgTableInfo &b) { return a.totalBytes() > b.totalBytes(); });
    context.setProgress(m_info.tables.size());
    return Status::success();
}

void PgInfoJob::run(JobContext &context)
{
    const WorkProgress cancelled = workProgress(context).cancelOnly();
    // A cancel is the job's outcome already (the context saw it): only failures are reported.
    auto stop = [&context](const auto &outcome) {
        if (!outcome.cancelled())
            context.fail(outcome.error());
    };

    context.startStep(Connect);
    Result<std::unique_ptr<PgSession>> opened =
        PgSession::open(m_request.connection, m_request.password, cancelled);
    if (!opened)
        return stop(opened);
    PgSession &session = **opened;

    context.startStep(Facts);
    // With exact counts, everything is read inside the snapshot the counters import, so sizes,
    // estimates and counts describe one moment.
    if (m_request.exactCounts) {
        Result<QString> id = snapshot::exportFrom(session, cancelled);
        if (!id)
            return stop(id);
        m_info.snapshot = *id;
    }
    if (Status s = readFacts(session, context); !s)
        return stop(s);

    context.startStep(Tables);
    if (Status s = readTables(session, context); !s)
        return stop(s);

    if (m_request.exactCounts) {
        // Tables this role may not read are listed without a count, and said so.
        QList<PgTableRef> refs;
        QList<qsizetype> positions;
        QStringList unreadable;
        for (qsizetype i = 0; i < m_info.tables.size(); ++i) {
            if (m_info.tables[i].readable) {
                refs.append(m_info.tables[i].table);
                positions.append(i);
            } else {
                unreadable.append(m_info.tables[i].table.displayName());
            }
        }
        context.startStep(Count, refs.size(), ProgressUnit::Items);
        PgRowCounter counter(m_request.connection, m_request.password, m_request.sessions);
        Result<QList<qint64>> rows = counter.count(m_info.snapshot, refs, workProgress(context));
        if (!rows)
            return stop(rows);
        for (qsizetype i = 0; i < rows->size(); ++i)
            m_info.tables[positions[i]].exactRows = rows->at(i);
        if (!unreadable.isEmpty())
            context.addDetail(
                QCoreApplication::translate("PgInfoJob", "Not counted (no SELECT privilege): %1")
                    .arg(unreadable.join(QStringLiteral(", "))));
        m_info.exactCounts = true;
    }
    if (m_request.exactCounts)
        session.exec(QStringLiteral("COMMIT"));

    qint64 rowsTotal = 0;
    for (const PgTableInfo &t : m_info.tables)
        rowsTotal += m_info.exactCounts ? t.exactRows : std::max<qint64>(0, t.estimatedRows);
    context.setData(m_info.toJson());
    context.setOverview(
        QCoreApplication::translate("PgInfoJob", "PostgreSQL %1, database %2: %3, %4 tables, %5 rows (%6)")
            .arg(m_info.serverVersion, m_info.database, bytes(m_info.databaseBytes))
            .arg(m_info.tables.size())
            .arg(rowsTotal)
            .arg(m_info.exactCounts ? QCoreApplication::translate("PgInfoJob", "exact, one snapshot")
                                    : QCoreApplication::translate("PgInfoJob", "estimated")));
    context.addDetail(QCoreApplication::translate("PgInfoJob", "TLS: %1").arg(m_info.tls.describe()));
    context.addDetail(
        QCoreApplication::translate("PgInfoJob", "Data directory: %1").arg(m_info.storage.describe()));
}

} // namespace strongroom::postgres
