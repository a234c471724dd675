#include "sqlcipher/RememberedSettings.h"

#include "core/Sha256.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>

namespace strongroom {

namespace {

// QSettings reads '/' in a key as a group separator, so files are keyed by a hash of their path.
QString keyFor(const QString &path)
{
    const QByteArray canonical = QFileInfo(path).absoluteFilePath().toUtf8();
    return QStringLiteral("sqlcipher-settings/") + sha256Hex(canonical);
}

} // namespace

std::optional<CipherSettings> RememberedSettings::lookup(const QString &path)
{
    const QString stored =
        QSettings(QStringLiteral("strongroom"), QStringLiteral("strongroom")).value(keyFor(path)).toString();
    if (stored.isEmpty())
        return std::nullopt;
    // Settings files are as editable as catalogs: what does not validate is not used.
    const Result<CipherSettings> settings =
        CipherSettings::fromJson(QJsonDocument::fromJson(stored.toUtf8()).object());
    if (!settings)
        return std::nullopt;
    return settings.value();
}

void RememberedSettings::remember(const QString &path, const CipherSettings &settings)
{
    if (!settings.validate())
        return;
    QJsonObject entry = settings.toJson();
    entry.insert(QStringLiteral("path"), QFileInfo(path).absoluteFilePath());
    QSettings store(QStringLiteral("strongroom"), QStringLiteral("strongroom"));
    store.setValue(keyFor(path), QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
}

void RememberedSettings::forget(const QString &path)
{
    QSettings store(QStringLiteral("strongroom"), QStringLiteral("strongroom"));
    store.remove(keyFor(path));
}

} // namespace strongroom
