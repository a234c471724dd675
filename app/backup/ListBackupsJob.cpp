#include "backup/ListBackupsJob.h"

#include "backup/BackupCatalog.h"
#include "core/JobContext.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace strongroom {

QString ListBackupsJob::title() const
{
    return QCoreApplication::translate("ListBackupsJob", "Read the backup history in %1").arg(m_folder);
}

QList<JobStep> ListBackupsJob::steps() const
{
    return {JobStep{QCoreApplication::translate("ListBackupsJob", "Read the catalog and the folder"), false}};
}

void ListBackupsJob::run(JobContext &context)
{
    context.startStep(0);
    if (m_missingIsEmpty && !QFileInfo(m_folder).isDir())
        return;
    Result<QList<BackupRecord>> records = BackupCatalog(m_folder).list();
    if (!records) {
        context.fail(records.error());
        return;
    }
    m_backups = records.value();
    context.setOverview(QCoreApplication::translate("ListBackupsJob", "%1 backups in %2")
                            .arg(m_backups.size())
                            .arg(m_folder));
}

} // namespace strongroom
