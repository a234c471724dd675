#include "schedule/SystemdUnits.h"

#include <QStandardPaths>
#include <QStringList>

namespace strongroom::systemdunits {

QString unitFolder(Schedule::Scope scope)
{
    if (scope == Schedule::Scope::System)
        return QStringLiteral("/etc/systemd/system");
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/systemd/user");
}

QString failureTemplateName()
{
    return QStringLiteral("strongroom-failure@.service");
}

QString escapeSpecifiers(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return escaped;
}

QString execArgument(const QString &word)
{
    QString escaped = escapeSpecifiers(word);
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    escaped.replace(QLatin1Char('$'), QStringLiteral("$$"));
    const bool plain = !escaped.isEmpty() && !escaped.contains(QLatin1Char(' ')) &&
                       !escaped.contains(QLatin1Char('\t')) && !escaped.contains(QLatin1Char('\'')) &&
                       !escaped.contains(QLatin1Char(';')) && escaped == word;
    return plain ? escaped : QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString environmentAssignment(const QString &variable, const QString &value)
{
    QString escaped = escapeSpecifiers(value);
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + variable + QLatin1Char('=') + escaped + QLatin1Char('"');
}

QString serviceText(const Schedule &schedule, const ServiceInputs &inputs)
{
    const QString what =
        schedule.kind == Schedule::Kind::Backup
            ? QStringLiteral("Strongroom backup of %1").arg(schedule.target)
            : QStringLiteral("Strongroom restore drill of the newest backup in %1").arg(schedule.target);
    QStringList lines{
        QStringLiteral(
            "# Written by strongroom-cli schedule add; remove with: strongroom-cli schedule remove %1")
            .arg(schedule.name),
        QStringLiteral("[Unit]"),
        QStringLiteral("Description=%1 (schedule %2)").arg(escapeSpecifiers(what), schedule.name),
        QStringLiteral("OnFailure=strongroom-failure@%n.service"),
        QString(),
        QStringLiteral("[Service]"),
        QStringLiteral("Type=oneshot"),
        QStringLiteral("UMask=0077"),
        QStringLiteral("Nice=10"),
        QStringLiteral("IOSchedulingClass=idle"),
        QStringLiteral("NoNewPrivileges=yes"),
        QStringLiteral("Environment=%1")
            .arg(environmentAssignment(QStringLiteral("XDG_DATA_HOME"), inputs.dataHome)),
    };
    QStringList command{execArgument(inputs.cliPath), QStringLiteral("schedule"), QStringLiteral("exec"),
                        schedule.name};
    switch (schedule.keyDelivery) {
    case Schedule::KeyDelivery::Credential:
        lines.append(QStringLiteral("LoadCredentialEncrypted=%1:%2")
                         .arg(schedule.credentialName(), escapeSpecifiers(inputs.credentialFile)));
        break;
    case Schedule::KeyDelivery::KeyFile:
        lines.append(QStringLiteral("LoadCredential=%1:%2")
                         .arg(schedule.credentialName(), escapeSpecifiers(inputs.credentialFile)));
        break;
    case Schedule::KeyDelivery::None:
        break;
    }
    if (schedule.keyDelivery != Schedule::KeyDelivery::None)
        command << QStringLiteral("--key-file") << QStringLiteral("%d/") + schedule.credentialName();
    lines.append(QStringLiteral("ExecStart=") + command.join(QLatin1Char(' ')));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString timerText(const Schedule &schedule)
{
    const QStringList lines{
        QStringLiteral(
            "# Written by strongroom-cli schedule add; remove with: strongroom-cli schedule remove %1")
            .arg(schedule.name),
        QStringLiteral("[Unit]"),
        QStringLiteral("Description=Strongroom schedule %1 (%2)")
            .arg(schedule.name, Schedule::kindName(schedule.kind)),
        QString(),
        QStringLiteral("[Timer]"),
        QStringLiteral("OnCalendar=%1").arg(escapeSpecifiers(schedule.calendar)),
        QStringLiteral("Persistent=true"),
        QStringLiteral("Unit=%1").arg(schedule.serviceName()),
        QString(),
        QStringLiteral("[Install]"),
        QStringLiteral("WantedBy=timers.target"),
    };
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString failureTemplateText()
{
    const QStringList lines{
        QStringLiteral(
            "# Written by strongroom-cli schedule add: OnFailure= of every Strongroom schedule starts it."),
        QStringLiteral("[Unit]"),
        QStringLiteral("Description=Strongroom: report the failed run of %i"),
        QString(),
        QStringLiteral("[Service]"),
        QStringLiteral("Type=oneshot"),
        QStringLiteral(
            "ExecStart=/usr/bin/systemd-cat --identifier=strongroom --priority=err /usr/bin/echo "
            "\"Strongroom: the scheduled run %i failed; see journalctl -u %i and strongroom-cli status\""),
    };
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace strongroom::systemdunits
