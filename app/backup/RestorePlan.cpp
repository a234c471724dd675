#include "backup/RestorePlan.h"

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
    if (liveSettings && *liveSettings != backup.settings)
        json.insert(QStringLiteral("warning"),
                    QStringLiteral(
                        "The backup uses %1 cipher settings and the live database %2; the restored database "
                        "keeps the backup's settings.")
                        .arg(backup.settings.profileName(), liveSettings->profileName()));
    return json;
}

} // namespace strongroom
