#include "bench/TimedStatement.h"

#include "bench/MonotonicClock.h"
#include "sqlcipher/Database.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace strongroom::bench {

Result<TimedStatement> TimedStatement::prepare(const Database &db, const QString &sql)
{
    Statement statement = db.prepare(sql);
    if (!statement.isValid())
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("Benchmark", "%1: \"%2\" does not prepare: %3")
                         .arg(db.path(), sql.simplified().left(80), db.lastError()));
    return TimedStatement(std::move(statement), db);
}

Result<qint64> TimedStatement::run(const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        m_statement.bind(int(i + 1), values[i]);
    sqlite3_stmt *raw = m_statement.handle();
    const qint64 start = monotonicNs();
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW)
        (void)sqlite3_column_type(raw, 0);
    const qint64 elapsed = monotonicNs() - start;
    sqlite3_reset(raw);
    if (rc == SQLITE_DONE)
        return elapsed;
    if (rc == SQLITE_INTERRUPT)
        return Cancelled{};
    return Error(ExitCode::Failure, QCoreApplication::translate("Benchmark", "%1: the statement failed: %2")
                                        .arg(m_db->path(), m_db->lastError()));
}

} // namespace strongroom::bench
