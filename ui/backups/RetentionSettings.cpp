#include "backups/RetentionSettings.h"

#include <QDir>
#include <QSettings>
#include <QUrl>

namespace strongroom::ui::retentionsettings {

namespace {

// One group per folder; the path is percent-encoded so its slashes do not nest groups.
QString groupFor(const QString &historyFolder)
{
    return QStringLiteral("backupRetention/") +
           QString::fromLatin1(QUrl::toPercentEncoding(QDir(historyFolder).absolutePath()));
}

} // namespace

RetentionPolicy load(const QString &historyFolder)
{
    QSettings settings;
    settings.beginGroup(groupFor(historyFolder));
    if (!settings.contains(QStringLiteral("last")))
        return RetentionPolicy::defaultPolicy();
    RetentionPolicy policy;
    policy.last = settings.value(QStringLiteral("last")).toInt();
    policy.hourly = settings.value(QStringLiteral("hourly")).toInt();
    policy.daily = settings.value(QStringLiteral("daily")).toInt();
    policy.weekly = settings.value(QStringLiteral("weekly")).toInt();
    policy.monthly = settings.value(QStringLiteral("monthly")).toInt();
    policy.yearly = settings.value(QStringLiteral("yearly")).toInt();
    policy.within = RetentionDuration::parse(settings.value(QStringLiteral("within")).toString());
    policy.includeProtected = settings.value(QStringLiteral("includeProtected")).toBool();
    return policy;
}

void save(const QString &historyFolder, const RetentionPolicy &policy)
{
    QSettings settings;
    settings.beginGroup(groupFor(historyFolder));
    settings.setValue(QStringLiteral("last"), policy.last);
    settings.setValue(QStringLiteral("hourly"), policy.hourly);
    settings.setValue(QStringLiteral("daily"), policy.daily);
    settings.setValue(QStringLiteral("weekly"), policy.weekly);
    settings.setValue(QStringLiteral("monthly"), policy.monthly);
    settings.setValue(QStringLiteral("yearly"), policy.yearly);
    settings.setValue(QStringLiteral("within"), policy.within ? policy.within->toString() : QString());
    settings.setValue(QStringLiteral("includeProtected"), policy.includeProtected);
}

} // namespace strongroom::ui::retentionsettings
