#include "cli/ProgressLine.h"

#include <QCoreApplication>
#include <QLocale>

namespace strongroom::cli {

QString formatDuration(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    if (s < 60)
        return QStringLiteral("%1 s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60);
    return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString describeUnstoppable(const JobProgress &progress, qint64 nowMs)
{
    const qint64 remaining = progress.unstoppableRemainingMs(nowMs);
    return remaining > 0
               ? QCoreApplication::translate("cli::ProgressLine", "cannot be stopped; ends in about %1")
                     .arg(formatDuration(remaining))
               : QString();
}

QString describePart(const JobProgress &p)
{
    if (p.partIndex < 0 || p.part.name.isEmpty())
        return {};
    // The job names the part whole ("Statement 2 of 5: point lookup"), as the console's dialog shows it.
    const QLocale locale = QLocale::c();
    if (p.part.total > 0)
        return QCoreApplication::translate("cli::ProgressLine", "%1 (%2 of %3)")
            .arg(p.part.name, locale.toString(p.part.done), locale.toString(p.part.total));
    if (p.part.done > 0)
        return QCoreApplication::translate("cli::ProgressLine", "%1 (%2)")
            .arg(p.part.name, locale.toString(p.part.done));
    return p.part.name;
}

QString ProgressLine::render(const QList<JobStep> &steps, const JobProgress &p, bool stopping, qint64 nowMs)
{
    if (p.step < 0 || p.step >= steps.size())
        return QCoreApplication::translate("cli::ProgressLine", "starting...");
    QString text = QStringLiteral("[%1/%2] %3").arg(p.step + 1).arg(steps.size()).arg(steps[p.step].name);
    if (const QString part = describePart(p); !part.isEmpty())
        text += QStringLiteral(" - ") + part;
    if (p.total > 0)
        text += QStringLiteral("  %1%").arg(p.fraction() * 100.0, 0, 'f', 1);
    if (p.done > 0)
        text += QStringLiteral("  ") + formatUnits(p.done, p.unit);
    if (p.rate > 0)
        text += QStringLiteral("  ") + formatRate(p.rate, p.unit);
    if (p.etaMs >= 0)
        text += QStringLiteral("  ") +
                QCoreApplication::translate("cli::ProgressLine", "ETA %1").arg(formatDuration(p.etaMs));
    if (p.suspended)
        text += QCoreApplication::translate("cli::ProgressLine", "  (paused)");
    if (const QString unstoppable = describeUnstoppable(p, nowMs); !unstoppable.isEmpty())
        text += QStringLiteral("  ") + unstoppable +
                (stopping ? QCoreApplication::translate("cli::ProgressLine", ", then stops") : QString());
    else if (stopping)
        text += QCoreApplication::translate("cli::ProgressLine", "  stopping...");
    return text;
}

void ProgressLine::update(const QList<JobStep> &steps, const JobProgress &progress, bool stopping)
{
    if (!m_enabled)
        return;
    const QString text = render(steps, progress, stopping);
    m_err << '\r' << text;
    if (text.size() < m_lastWidth)
        m_err << QString(m_lastWidth - text.size(), QLatin1Char(' '));
    m_err << Qt::flush;
    m_lastWidth = int(text.size());
}

void ProgressLine::clear()
{
    if (!m_enabled || m_lastWidth == 0)
        return;
    m_err << '\r' << QString(m_lastWidth, QLatin1Char(' ')) << '\r' << Qt::flush;
    m_lastWidth = 0;
}

} // namespace strongroom::cli
