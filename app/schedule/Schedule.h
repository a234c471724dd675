#pragma once

#include "backup/RetentionPolicy.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace strongroom {

// One schedule of `schedule add`: what runs (a backup of a SQLCipher database or of a PostgreSQL
// database, or a restore drill of the newest backup in a history folder), when (a systemd calendar
// expression, and the interval the overdue rule of `status` measures against), and how its service gets the
// key. Kept as JSON in the schedule folder (ScheduleStore); it never holds a secret, only where the service
// finds one.
struct Schedule
{
    enum class Kind
    {
        Backup,
        Drill
    };
    enum class Scope
    {
        User,  // ~/.config/systemd/user, run by the user's manager
        System // /etc/systemd/system, as root
    };
    enum class Engine
    {
        SQLCipher, // target: a database file, or a folder of SQLCipher backups
        Postgres   // target: a conninfo (`pg backup`), or a folder of PostgreSQL backups (`pg verify`)
    };
    enum class KeyDelivery
    {
        None,       // no key: a drill reaches level 1 (checksum) only
        Credential, // the key sealed with systemd-creds, LoadCredentialEncrypted=
        KeyFile     // a key file the admin keeps (0600), handed over by LoadCredential=
    };

    QString name;
    Kind kind = Kind::Backup;
    Engine engine = Engine::SQLCipher;
    QString target;        // absolute: the database (backup) or the history folder (drill); a
                           // conninfo for a PostgreSQL backup
    QString historyFolder; // backup: where the backups go (empty: "backups" beside the database)
    QString calendar;      // OnCalendar=
    qint64 intervalSeconds = 86400;
    std::optional<RetentionPolicy> keep; // backup: applied after each successful backup
    KeyDelivery keyDelivery = KeyDelivery::None;
    QString keyFile; // KeyDelivery::KeyFile: the admin's key file
    // PostgreSQL backup: the age recipients (public keys, no secret) the backups are encrypted to;
    // empty: a passphrase delivered like a key.
    QStringList recipients;
    // PostgreSQL drill: the server the level-3 drill restores into a scratch database on (a conninfo);
    // empty: a temporary cluster Strongroom starts for the drill.
    QString drillServer;
    Scope scope = Scope::User;
    QDateTime created;

    // Lower-case letters, digits and '-', 1 to 40 characters, starting with a letter or digit: the
    // name goes into unit and credential names as it is.
    static bool isValidName(const QString &name);
    QString serviceName() const { return QStringLiteral("strongroom-%1.service").arg(name); }
    QString timerName() const { return QStringLiteral("strongroom-%1.timer").arg(name); }
    QString credentialName() const { return QStringLiteral("strongroom-%1.key").arg(name); }
    // The history folder whose backups this schedule makes (backup) or checks (drill).
    QString watchedFolder() const;

    static QString kindName(Kind kind);
    static QString engineName(Engine engine);
    static QString scopeName(Scope scope);
    QJsonObject toJson() const;
    static Result<Schedule> fromJson(const QJsonObject &object);
};

// The retention policy as the schedule file stores it, and back.
QJsonObject retentionToJson(const RetentionPolicy &policy);
RetentionPolicy retentionFromJson(const QJsonObject &object);

// When a schedule runs: --daily HH:MM and --weekly DAY HH:MM as systemd calendar expressions, with
// their interval. std::nullopt for a time or day that does not parse.
struct ScheduleTime
{
    QString calendar;
    qint64 intervalSeconds = 0;
};
std::optional<ScheduleTime> dailyAt(const QString &hourMinute);
std::optional<ScheduleTime> weeklyAt(const QString &day, const QString &hourMinute);

} // namespace strongroom
