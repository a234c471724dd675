#pragma once

#include "core/Job.h"

#include <QStringList>

namespace strongroom {

// Deletes backups from a history folder: each file, then its catalog entry (a file that could not
// be deleted keeps its entry). Used by Delete and by applying a retention policy.
// Its data: {"folder", "removed": [names], "failed": [names]}.
class RemoveBackupsJob : public Job
{
public:
    RemoveBackupsJob(QString folder, QStringList fileNames)
        : m_folder(std::move(folder)), m_fileNames(std::move(fileNames))
    {
    }

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    QStringList removed() const { return m_removed; }

private:
    QString m_folder;
    QStringList m_fileNames;
    QStringList m_removed;
};

} // namespace strongroom
