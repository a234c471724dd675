#include "conversion/SourceProbe.h"

#include "sqlcipher/Database.h"

namespace strongroom {

Result<bool> isPlainSqlite(const QString &path)
{
    auto db = Database::open(path, {Database::Access::ReadOnly, nullptr, {}, 0});
    if (db)
        return true;
    if (db.error().code == ExitCode::Unsupported)
        return false;
    return db.error();
}

Result<CipherSettings> findOpeningSettings(const QString &path, const KeyMaterial &key,
                                           const std::optional<CipherSettings> &hint)
{
    const QList<CipherSettings> candidates =
        hint ? QList<CipherSettings>{*hint} : CipherSettings::standardProfiles();
    for (const CipherSettings &settings : candidates) {
        auto db = Database::open(path, {Database::Access::ReadOnly, &key, settings, 0});
        if (db)
            return settings;
        if (db.error().code != ExitCode::WrongKey)
            return db.error();
    }
    const QString tried = hint ? QStringLiteral("the given settings (%1)").arg(hint->profileName())
                               : QStringLiteral("the SQLCipher 4, 3, 2 and 1 defaults");
    return Error(
        ExitCode::WrongKey,
        QStringLiteral("%1: the key does not open this file with %2. Check the key; if the file uses custom "
                       "settings, give them with the --source-... options. Nothing was changed.")
            .arg(path, tried),
        QStringLiteral("wrong-key"));
}

} // namespace strongroom
