#include "backup/RemoveBackupsJob.h"

#include "backup/BackupCatalog.h"
#include "core/JobContext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace strongroom {

QString RemoveBackupsJob::title() const
{
    return m_fileNames.size() == 1 ? QStringLiteral("Delete the backup %1").arg(m_fileNames.first())
                                   : QStringLiteral("Delete %1 backups").arg(m_fileNames.size());
}

QList<JobStep> RemoveBackupsJob::steps() const
{
    return {JobStep{QStringLiteral("Delete the files"), true},
            JobStep{QStringLiteral("Update the catalog"), false}};
}

void RemoveBackupsJob::run(JobContext &context)
{
    BackupCatalog catalog(m_folder);
    context.startStep(0, m_fileNames.size());
    QStringList failed;
    for (const QString &name : std::as_const(m_fileNames)) {
        if (QFile::remove(QDir(catalog.folder()).filePath(name)))
            m_removed.append(name);
        else
            failed.append(name);
        context.addProgress(1);
    }
    context.startStep(1);
    if (!m_removed.isEmpty()) {
        if (Status s = catalog.remove(m_removed); !s) {
            context.fail(s.error());
            return;
        }
    }
    context.setData({{QStringLiteral("folder"), catalog.folder()},
                     {QStringLiteral("removed"), QJsonArray::fromStringList(m_removed)},
                     {QStringLiteral("failed"), QJsonArray::fromStringList(failed)}});
    if (!failed.isEmpty()) {
        context.fail(Error(ExitCode::Failure,
                           QStringLiteral("Could not delete %1 in %2; check the permissions of the folder.")
                               .arg(failed.join(QStringLiteral(", ")), catalog.folder())));
        return;
    }
    context.setOverview(
        QStringLiteral("Deleted %1 from %2.").arg(m_removed.join(QStringLiteral(", ")), catalog.folder()));
}

} // namespace strongroom
