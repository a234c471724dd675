#pragma once

#include "core/Job.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTextStream>

namespace strongroom::cli {

// The one-line progress display on a terminal's stderr: step (and the part of it that runs, a
// benchmark's statement), percent, rate, ETA. Silent when
// stderr is not a terminal, so logs and pipes stay clean.
class ProgressLine
{
public:
    ProgressLine(QTextStream &err, bool enabled) : m_err(err), m_enabled(enabled) {}

    // `stopping`: a cancel was asked (Ctrl-C) and the job has not ended yet.
    void update(const QList<JobStep> &steps, const JobProgress &progress, bool stopping = false);
    void clear();
    bool enabled() const { return m_enabled; }

    // `nowMs` (ms since the epoch) counts down the end of work that cannot be stopped.
    static QString render(const QList<JobStep> &steps, const JobProgress &progress, bool stopping = false,
                          qint64 nowMs = QDateTime::currentMSecsSinceEpoch());

private:
    QTextStream &m_err;
    bool m_enabled;
    int m_lastWidth = 0;
};

QString formatDuration(qint64 ms);
// The running part of the step as the job named it, with its own progress:
// "Statement 2 of 5: point lookup (40 of 100)"; empty when the step has no parts.
QString describePart(const JobProgress &progress);
// "cannot be stopped; ends in about 4 s", or empty when no such work runs.
QString describeUnstoppable(const JobProgress &progress, qint64 nowMs);

} // namespace strongroom::cli
