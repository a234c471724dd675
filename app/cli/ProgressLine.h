#pragma once

#include "core/Job.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace strongroom::cli {

// The one-line progress display on a terminal's stderr: step, percent, rate, ETA. Silent when
// stderr is not a terminal, so logs and pipes stay clean.
class ProgressLine
{
public:
    ProgressLine(QTextStream &err, bool enabled) : m_err(err), m_enabled(enabled) {}

    void update(const QList<JobStep> &steps, const JobProgress &progress);
    void clear();

    static QString render(const QList<JobStep> &steps, const JobProgress &progress);

private:
    QTextStream &m_err;
    bool m_enabled;
    int m_lastWidth = 0;
};

QString formatDuration(qint64 ms);

} // namespace strongroom::cli
