#pragma once

#include "backup/BackupRecord.h"
#include "core/Job.h"

#include <QList>

namespace strongroom {

// Reads a history folder (its catalog and the files in it) off the GUI thread. A folder that does
// not exist yet is an empty history.
class ListBackupsJob : public Job
{
public:
    explicit ListBackupsJob(QString folder) : m_folder(std::move(folder)) {}

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    const QList<BackupRecord> &backups() const { return m_backups; }

private:
    QString m_folder;
    QList<BackupRecord> m_backups;
};

} // namespace strongroom
