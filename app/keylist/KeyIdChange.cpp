#include "keylist/KeyIdChange.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupRecord.h"
#include "backup/KeyId.h"

namespace strongroom::keyidchange {

QJsonObject sqlcipherRekey(const QString &databasePath, const KeyMaterial *oldKey, const KeyMaterial &newKey)
{
    const QString folder = defaultHistoryFolder(databasePath);
    Result<BackupCatalog::Contents> contents = BackupCatalog(folder).read();
    if (!contents || contents->keyIdSalt.isEmpty())
        return {};
    QJsonObject ids{{QStringLiteral("key_id_folder"), folder}};
    Result<QString> fresh = backupKeyId(newKey, contents->keyIdSalt);
    if (fresh)
        ids.insert(QStringLiteral("new_key_id"), *fresh);
    if (oldKey) {
        Result<QString> old = backupKeyId(*oldKey, contents->keyIdSalt);
        if (old)
            ids.insert(QStringLiteral("old_key_id"), *old);
    }
    return ids;
}

std::function<QJsonObject()> sqlcipherRekeyIds(const QString &databasePath, std::optional<KeyMaterial> oldKey,
                                               std::optional<KeyMaterial> newKey)
{
    if (!newKey)
        return {};
    return [databasePath, oldKey = std::move(oldKey), newKey = std::move(newKey)] {
        return sqlcipherRekey(databasePath, oldKey ? &*oldKey : nullptr, *newKey);
    };
}

bool isRotationAction(const QString &action)
{
    return action == QLatin1String("db.rekey") || action == QLatin1String("db.encrypt") ||
           action == QLatin1String("db.migrate") || action == QLatin1String("volume.change-key");
}

} // namespace strongroom::keyidchange
