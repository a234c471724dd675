#pragma once

#include "schedule/WatchStatus.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>

namespace strongroom {
class JobHandle;
class JobRunner;
} // namespace strongroom

namespace strongroom::ui {

// Keeps watch while the console runs: checks the schedules, drills and keys (WatchStatusJob, as
// `strongroom-cli status`) when started and every 15 minutes, says which console page each finding
// belongs to (the sidebar's badge and the page's banner read it), and sends a desktop notification
// through org.freedesktop.Notifications for each failure not seen before.
class WatchMonitor : public QObject
{
    Q_OBJECT
public:
    explicit WatchMonitor(JobRunner *runner, QObject *parent = nullptr);
    ~WatchMonitor() override;

    void refresh();
    QList<WatchFinding> findings() const { return m_findings; }
    // The findings of one page ("backups", "keys").
    QList<WatchFinding> findingsFor(const QString &page) const;
    // Whether the last notification went out (false where no notification service runs).
    bool lastNotificationSent() const { return m_notified; }

Q_SIGNALS:
    void changed();

private:
    void notifyNewFailures();

    JobRunner *m_runner;
    std::unique_ptr<JobHandle> m_handle;
    QTimer m_timer;
    bool m_running = false;
    bool m_notified = false;
    QList<WatchFinding> m_findings;
    QSet<QString> m_announced; // kind + subject of failures already notified
};

} // namespace strongroom::ui
