#pragma once

#include "pgbackup/BackupSnapshot.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace strongroom::pgbackup {

// The dump step's progress in bytes, true whatever pg_dump's output size: pg_dump compresses its own
// output, so its bytes say little about how far it is. Each table weighs its estimated size (pages of
// the table and its TOAST, at least one page); a table counts in full once pg_dump has gone past it
// (its --verbose names the next one) and, while it is copied, with the bytes its COPY has sent so far
// (pg_stat_progress_copy), never more than its weight. done() never goes back, never exceeds total()
// and reaches it when the dump has ended.
class DumpProgress
{
public:
    explicit DumpProgress(const QList<PgTable> &tables);

    qint64 total() const { return m_total; }
    qint64 done() const { return m_done; }

    // pg_dump --verbose announced the table ("schema.name"): the one before it is done.
    void tableStarted(const QString &table);
    // The COPY of `table` has sent `bytes` (pg_stat_progress_copy.bytes_processed).
    void copied(const QString &table, qint64 bytes);
    // The dump has ended: every table is done.
    void finished();

private:
    void update();

    QHash<QString, qint64> m_weights;
    QSet<QString> m_finished;
    qint64 m_finishedWeight = 0;
    QString m_current;
    qint64 m_currentBytes = 0;
    qint64 m_total = 0;
    qint64 m_done = 0;
};

} // namespace strongroom::pgbackup
