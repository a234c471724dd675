#include "backup/RestorePlan.h"

#include "core/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace strongroom {

bool RestoreKeys::rekeyNeeded() const
{
    return backup && !(backup->secret() == live.secret());
}

QJsonObject RestorePlan::toJson() const
{
    QJsonObject json = comparison.toJson();
    json.insert(QStringLiteral("backup_file"), backup.toJson());
    json.insert(QStringLiteral("database"), livePath);
    json.insert(QStringLiteral("database_exists"), liveExists);
    json.insert(QStringLiteral("history_folder"), historyFolder);
    json.insert(QStringLiteral("rekey"), rekey);
    if (!liveProblem.isEmpty())
        json.insert(QStringLiteral("database_problem"), liveProblem);
    if (liveSettings && *liveSettings != backup.settings)
        json.insert(QStringLiteral("warning"),
                    QCoreApplication::translate(
                        "RestorePlan",
                        "The backup uses %1 cipher settings and the live database %2; the restored database "
                        "keeps the backup's settings.")
                        .arg(backup.settings.profileName(), liveSettings->profileName()));
    return json;
}

Result<QStringList> prepareRestoreFolder(const QString &livePath, qint64 copySize)
{
    const QString folder = QFileInfo(livePath).absolutePath();
    QStringList made;
    for (QString missing = folder; !QFileInfo::exists(missing); missing = QFileInfo(missing).absolutePath())
        made.append(missing);
    if (!safefile::makePrivateFolder(folder))
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("RestorePlan",
                                                 "%1: cannot create the folder for the restored database.")
                         .arg(livePath));
    if (Status s = safefile::requireFreeSpace(
            folder, copySize, QCoreApplication::translate("RestorePlan", "the restored copy"));
        !s) {
        for (const QString &folderMade : std::as_const(made))
            QDir().rmdir(folderMade);
        return s.error();
    }
    return made;
}

} // namespace strongroom
