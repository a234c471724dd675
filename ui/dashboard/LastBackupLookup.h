#pragma once

#include "backup/BackupCatalog.h"

#include <QObject>
#include <optional>

namespace strongroom {
class JobRunner;
} // namespace strongroom

namespace strongroom::ui {

// Finds the newest backup of one database in its history catalog, off the GUI thread (a short read
// through JobRunner::runTask), and says what it found.
class LastBackupLookup : public QObject
{
    Q_OBJECT
public:
    LastBackupLookup(QString databasePath, JobRunner *runner, QObject *parent = nullptr);

    void refresh();

Q_SIGNALS:
    // nullopt: the history holds no backup of this database.
    void found(const std::optional<strongroom::LastBackup> &last);

private:
    QString m_path;
    JobRunner *m_runner;
};

} // namespace strongroom::ui
