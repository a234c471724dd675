#pragma once

#include "core/Job.h"
#include "sqlcipher/DatabaseSession.h"

#include <QJsonObject>
#include <QList>
#include <functional>
#include <memory>

namespace strongroom {

// The numbers of one table: its exact row count (count(*)) and what its b-tree and its indexes
// occupy in the file (from dbstat: the pages of each b-tree, overflow pages included). -1 where a
// number could not be had (a virtual table has no pages of its own; its shadow tables are listed).
struct TableStats
{
    QString name;
    qint64 rows = -1;
    qint64 bytes = -1;                     // the table's own pages
    qint64 indexBytes = -1;                // all its indexes' pages
    QList<QPair<QString, qint64>> indexes; // name, bytes

    QJsonObject toJson() const; // name, rows, bytes, index_bytes, indexes: [{name, bytes}]
};

// Counts and measures every table of an open session and hands each table's numbers to onTable
// once, as soon as its count and its sizes (table and indexes) are all known (on the worker thread:
// the GUI wraps it in a queued call).
//
// Sizes come from dbstat: in-process when the SQLCipher library has it, else (Debian's
// libsqlcipher is built without it) from a child `sqlcipher` shell (ShellDbstat) that measures while
// the rows are counted here, so the two run side by side. Cancel stops the running count through
// sqlite3_interrupt and kills the shell, within about 50 ms.
//
// Failures: when sizes cannot be had (no sqlcipher shell: exit code 7), the tables already counted
// are still delivered, with bytes -1, before the job fails.
class TableStatsJob : public Job
{
public:
    using TableCallback = std::function<void(const TableStats &)>;

    TableStatsJob(std::shared_ptr<DatabaseSession> session, TableCallback onTable = {});

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    // Every table, sorted by bytes, descending; complete once the job succeeded.
    QList<TableStats> tables() const { return m_tables; }
    // False when neither the library nor the sqlcipher shell could measure: bytes stay -1.
    bool sizesAvailable() const { return m_sizesAvailable; }
    static QJsonArray toJson(const QList<TableStats> &tables);

private:
    void deliver(TableStats stats);

    std::shared_ptr<DatabaseSession> m_session;
    TableCallback m_onTable;
    QList<TableStats> m_tables;
    bool m_sizesAvailable = true;
};

} // namespace strongroom
