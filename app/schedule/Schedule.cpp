#include "schedule/Schedule.h"

#include "backup/BackupCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace strongroom {

namespace {

const char *const kRetentionFields[] = {"last", "hourly", "daily", "weekly", "monthly", "yearly"};

std::optional<QString> normalisedTime(const QString &hourMinute)
{
    static const QRegularExpression pattern(QStringLiteral("^([01]?[0-9]|2[0-3]):([0-5][0-9])$"));
    const QRegularExpressionMatch match = pattern.match(hourMinute.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return QStringLiteral("%1:%2:00")
        .arg(match.captured(1).toInt(), 2, 10, QLatin1Char('0'))
        .arg(match.captured(2));
}

} // namespace

bool Schedule::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    return pattern.match(name).hasMatch();
}

QString Schedule::watchedFolder() const
{
    if (kind == Kind::Drill)
        return QDir(target).absolutePath();
    return historyFolder.isEmpty() ? defaultHistoryFolder(QFileInfo(target).absoluteFilePath())
                                   : QDir(historyFolder).absolutePath();
}

QString Schedule::kindName(Kind kind)
{
    return kind == Kind::Backup ? QStringLiteral("backup") : QStringLiteral("drill");
}

QString Schedule::engineName(Engine engine)
{
    return engine == Engine::Postgres ? QStringLiteral("postgres") : QStringLiteral("sqlcipher");
}

QString Schedule::scopeName(Scope scope)
{
    return scope == Scope::User ? QStringLiteral("user") : QStringLiteral("system");
}

QJsonObject retentionToJson(const RetentionPolicy &policy)
{
    const int values[] = {policy.last,   policy.hourly,  policy.daily,
                          policy.weekly, policy.monthly, policy.yearly};
    QJsonObject object;
    for (int i = 0; i < 6; ++i)
        if (values[i] != 0)
            object.insert(QLatin1String(kRetentionFields[i]), values[i]);
    if (policy.within)
        object.insert(QStringLiteral("within"), policy.within->toString());
    return object;
}

RetentionPolicy retentionFromJson(const QJsonObject &object)
{
    RetentionPolicy policy;
    int *fields[] = {&policy.last,   &policy.hourly,  &policy.daily,
                     &policy.weekly, &policy.monthly, &policy.yearly};
    for (int i = 0; i < 6; ++i)
        *fields[i] = object.value(QLatin1String(kRetentionFields[i])).toInt();
    if (object.contains(QStringLiteral("within")))
        policy.within = RetentionDuration::parse(object.value(QStringLiteral("within")).toString());
    return policy;
}

QJsonObject Schedule::toJson() const
{
    static const char *const deliveries[] = {"none", "credential", "key-file"};
    QJsonObject object{{QStringLiteral("name"), name},
                       {QStringLiteral("kind"), kindName(kind)},
                       {QStringLiteral("target"), target},
                       {QStringLiteral("calendar"), calendar},
                       {QStringLiteral("interval_seconds"), intervalSeconds},
                       {QStringLiteral("key_delivery"), QLatin1String(deliveries[int(keyDelivery)])},
                       {QStringLiteral("scope"), scopeName(scope)},
                       {QStringLiteral("created"), created.toString(Qt::ISODate)},
                       {QStringLiteral("folder"), watchedFolder()}};
    if (!historyFolder.isEmpty())
        object.insert(QStringLiteral("history_folder"), historyFolder);
    if (keep)
        object.insert(QStringLiteral("keep"), retentionToJson(*keep));
    if (keyDelivery == KeyDelivery::KeyFile)
        object.insert(QStringLiteral("key_file"), keyFile);
    if (engine == Engine::Postgres)
        object.insert(QStringLiteral("engine"), engineName(engine));
    if (!recipients.isEmpty())
        object.insert(QStringLiteral("recipients"), QJsonArray::fromStringList(recipients));
    if (!drillServer.isEmpty())
        object.insert(QStringLiteral("drill_server"), drillServer);
    return object;
}

Result<Schedule> Schedule::fromJson(const QJsonObject &object)
{
    Schedule s;
    s.name = object.value(QStringLiteral("name")).toString();
    const QString kind = object.value(QStringLiteral("kind")).toString();
    s.target = object.value(QStringLiteral("target")).toString();
    s.calendar = object.value(QStringLiteral("calendar")).toString();
    s.intervalSeconds = object.value(QStringLiteral("interval_seconds")).toInteger();
    s.historyFolder = object.value(QStringLiteral("history_folder")).toString();
    if (object.contains(QStringLiteral("keep")))
        s.keep = retentionFromJson(object.value(QStringLiteral("keep")).toObject());
    const QString delivery = object.value(QStringLiteral("key_delivery")).toString();
    s.keyFile = object.value(QStringLiteral("key_file")).toString();
    s.scope = object.value(QStringLiteral("scope")).toString() == QLatin1String("system") ? Scope::System
                                                                                          : Scope::User;
    s.created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODate);
    if (object.value(QStringLiteral("engine")).toString() == QLatin1String("postgres"))
        s.engine = Engine::Postgres;
    for (const QJsonValue &recipient : object.value(QStringLiteral("recipients")).toArray())
        s.recipients.append(recipient.toString());
    s.drillServer = object.value(QStringLiteral("drill_server")).toString();
    // A PostgreSQL backup's target is a conninfo; every other target is an absolute path.
    const bool conninfoTarget = s.engine == Engine::Postgres && kind == QLatin1String("backup");
    if (!isValidName(s.name) || (kind != QLatin1String("backup") && kind != QLatin1String("drill")) ||
        (conninfoTarget ? s.target.isEmpty() || s.historyFolder.isEmpty()
                        : !QDir::isAbsolutePath(s.target)) ||
        s.calendar.isEmpty() || s.intervalSeconds <= 0)
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate(
                         "Schedule", "The schedule file of \"%1\" is damaged or was edited by hand "
                                     "(name, kind, target, calendar or interval is missing).")
                         .arg(s.name));
    s.kind = kind == QLatin1String("backup") ? Kind::Backup : Kind::Drill;
    if (delivery == QLatin1String("credential"))
        s.keyDelivery = KeyDelivery::Credential;
    else if (delivery == QLatin1String("key-file"))
        s.keyDelivery = KeyDelivery::KeyFile;
    return s;
}

std::optional<ScheduleTime> dailyAt(const QString &hourMinute)
{
    const std::optional<QString> time = normalisedTime(hourMinute);
    if (!time)
        return std::nullopt;
    return ScheduleTime{QStringLiteral("*-*-* ") + *time, 86400};
}

std::optional<ScheduleTime> weeklyAt(const QString &day, const QString &hourMinute)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    const std::optional<QString> time = normalisedTime(hourMinute);
    if (!time)
        return std::nullopt;
    for (const char *name : days) {
        const QString shortName = QLatin1String(name);
        if (day.size() >= 3 && shortName.startsWith(day.left(3), Qt::CaseInsensitive)) {
            static const QStringList longNames{QStringLiteral("monday"),    QStringLiteral("tuesday"),
                                               QStringLiteral("wednesday"), QStringLiteral("thursday"),
                                               QStringLiteral("friday"),    QStringLiteral("saturday"),
                                               QStringLiteral("sunday")};
            const QString lower = day.toLower();
            const bool known = std::any_of(longNames.cbegin(), longNames.cend(),
                                           [&](const QString &l) { return l.startsWith(lower); });
            if (!known)
                return std::nullopt;
            return ScheduleTime{shortName + QStringLiteral(" *-*-* ") + *time, 7 * 86400};
        }
    }
    return std::nullopt;
}

} // namespace strongroom
