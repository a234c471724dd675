#pragma once

#include "core/Job.h"
#include "sqlcipher/DatabaseSession.h"

#include <QJsonObject>
#include <QList>
#include <functional>
#include <memory>

namespace strongroom {

// The numbers of one table: its exact row count (count(*)) and what its b-tree and its indexes
// occupy in the file (from dbstat). -1 where a number could not be had (a virtual table).
struct TableStats
{
    QString name;
    qint64 rows = -1;
    qint64 bytes = -1;                     // the table's own pages
    qint64 indexBytes = -1;                // all its indexes' pages
    QList<QPair<QString, qint64>> indexes; // name, bytes

    QJsonObject toJson() const; // name, rows, bytes, index_bytes
};

// Counts and measures every table of an open session, one table at a time, and hands each table's
// numbers to onTable as soon as they are known (on the worker thread: the GUI wraps it in a queued
// call). Cancel stops the running statement through sqlite3_interrupt within about 50 ms.
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
    // False when the SQLCipher library lacks dbstat: rows are counted, bytes stay -1.
    bool sizesAvailable() const { return m_sizesAvailable; }
    static QJsonArray toJson(const QList<TableStats> &tables);

private:
    std::shared_ptr<DatabaseSession> m_session;
    TableCallback m_onTable;
    QList<TableStats> m_tables;
    bool m_sizesAvailable = true;
};

} // namespace strongroom
