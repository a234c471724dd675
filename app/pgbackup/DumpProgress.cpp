#include "pgbackup/DumpProgress.h"

#include <algorithm>

namespace strongroom::pgbackup {

namespace {

// A table never vacuumed or analysed has no pages in the catalog yet, but is still some work.
constexpr qint64 kMinimumWeight = 8192;

} // namespace

DumpProgress::DumpProgress(const QList<PgTable> &tables)
{
    for (const PgTable &table : tables) {
        const qint64 weight = std::max(table.bytes, kMinimumWeight);
        m_weights.insert(table.qualified(), weight);
        m_total += weight;
    }
}

void DumpProgress::tableStarted(const QString &table)
{
    if (table == m_current)
        return;
    if (!m_current.isEmpty() && !m_finished.contains(m_current)) {
        m_finished.insert(m_current);
        m_finishedWeight += m_weights.value(m_current);
    }
    m_current = table;
    m_currentBytes = 0;
    update();
}

void DumpProgress::copied(const QString &table, qint64 bytes)
{
    // The COPY may show before pg_dump's line naming its table has been read.
    if (table != m_current) {
        if (!m_weights.contains(table) || m_finished.contains(table))
            return;
        tableStarted(table);
    }
    m_currentBytes = std::max(m_currentBytes, bytes);
    update();
}

void DumpProgress::finished()
{
    m_done = m_total;
}

void DumpProgress::update()
{
    const qint64 done = m_finishedWeight + std::min(m_currentBytes, m_weights.value(m_current));
    m_done = std::clamp(done, m_done, m_total);
}

} // namespace strongroom::pgbackup
