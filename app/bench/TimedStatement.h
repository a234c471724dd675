#pragma once

#include "core/Result.h"
#include "sqlcipher/Statement.h"

#include <QVariantList>

namespace strongroom {
class Database;
}

namespace strongroom::bench {

// A workload statement prepared once on one connection and timed one execution at a time: the
// clock runs from the first sqlite3_step to SQLITE_DONE, every row stepped through (and its first
// column read, as an application would); binding and resetting stay outside the measurement.
class TimedStatement
{
public:
    static Result<TimedStatement> prepare(const Database &db, const QString &sql);

    // Nanoseconds of one execution with `values` bound (one per parameter). Cancelled when the
    // connection was interrupted, else the SQLite error.
    Result<qint64> run(const QVariantList &values);

private:
    TimedStatement(Statement statement, const Database &db) : m_statement(std::move(statement)), m_db(&db) {}
    Statement m_statement;
    const Database *m_db = nullptr;
};

} // namespace strongroom::bench
