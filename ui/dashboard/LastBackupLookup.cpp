#include "dashboard/LastBackupLookup.h"

#include "core/JobRunner.h"

#include <QFutureWatcher>

namespace strongroom::ui {

LastBackupLookup::LastBackupLookup(QString databasePath, JobRunner *runner, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_runner(runner)
{
}

void LastBackupLookup::refresh()
{
    auto *watcher = new QFutureWatcher<std::optional<LastBackup>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        Q_EMIT found(watcher->result());
    });
    watcher->setFuture(m_runner->runTask([path = m_path] { return lastBackupOf(path); }));
}

} // namespace strongroom::ui
