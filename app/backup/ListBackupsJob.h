#pragma once

#include "backup/BackupRecord.h"
#include "core/Job.h"

#include <QList>

namespace strongroom {

// Reads a history folder (its catalog and the files in it) off the GUI thread; the Backups page and
// `backup list` run it. For the page a folder that does not exist yet is an empty history; for
// `backup list`, where the user named the folder, it is an error (missingIsEmpty false).
class ListBackupsJob : public Job
{
public:
    explicit ListBackupsJob(QString folder, bool missingIsEmpty = true)
        : m_folder(std::move(folder)), m_missingIsEmpty(missingIsEmpty)
    {
    }

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    const QList<BackupRecord> &backups() const { return m_backups; }

private:
    QString m_folder;
    bool m_missingIsEmpty;
    QList<BackupRecord> m_backups;
};

} // namespace strongroom
