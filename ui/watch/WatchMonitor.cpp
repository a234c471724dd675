#include "watch/WatchMonitor.h"

#include "core/JobHandle.h"
#include "core/JobRunner.h"
#include "keylist/KeyListSettings.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QVariantMap>

namespace strongroom::ui {

WatchMonitor::WatchMonitor(JobRunner *runner, QObject *parent) : QObject(parent), m_runner(runner)
{
    m_timer.setInterval(15 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &WatchMonitor::refresh);
    m_timer.start();
}

// A check still running is cancelled; its handle waits for the worker (cancel within 200 ms).
WatchMonitor::~WatchMonitor()
{
    if (m_handle)
        m_handle->cancel();
}

void WatchMonitor::refresh()
{
    if (m_running)
        return;
    m_running = true;
    WatchRequest request;
    request.historyFolders = keylistsettings::historyFolders();
    request.volumeImages = keylistsettings::volumeImages();
    request.rotationDays = keylistsettings::rotationDays();
    request.drillMaxAgeDays = watchsettings::drillMaxAgeDays();
    request.askSystemd = false;
    auto job = std::make_shared<WatchStatusJob>(request);
    // On the runner's pool but not in its list: a look-up in the background is no job the user
    // started, so the status bar's running-jobs count stays the user's.
    m_handle = startDetached(job, m_runner->pool());
    connect(m_handle.get(), &JobHandle::finished, this, [this, job](const JobReport &report) {
        m_running = false;
        m_handle.release()->deleteLater();
        if (report.outcome != JobOutcome::Succeeded)
            return;
        m_findings = job->findings();
        notifyNewFailures();
        Q_EMIT changed();
    });
}

QList<WatchFinding> WatchMonitor::findingsFor(const QString &page) const
{
    QList<WatchFinding> found;
    for (const WatchFinding &finding : m_findings)
        if (finding.page == page)
            found.append(finding);
    return found;
}

void WatchMonitor::notifyNewFailures()
{
    for (const WatchFinding &finding : std::as_const(m_findings)) {
        if (finding.level != WatchFinding::Level::Failure)
            continue;
        const QString key = finding.kind + QLatin1Char('/') + finding.subject;
        if (m_announced.contains(key))
            continue;
        m_announced.insert(key);
        QDBusMessage notify = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
        notify << QStringLiteral("Strongroom") << uint(0) << QStringLiteral("dialog-warning")
               << tr("Strongroom needs attention") << finding.message << QStringList() << QVariantMap()
               << int(-1);
        // No reply awaited: the console never waits on the desktop.
        m_notified =
            QDBusConnection::sessionBus().isConnected() && QDBusConnection::sessionBus().send(notify);
    }
}

} // namespace strongroom::ui
