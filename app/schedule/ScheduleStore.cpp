#include "schedule/ScheduleStore.h"

#include "core/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

namespace strongroom {

ScheduleStore::ScheduleStore(QString folder) : m_folder(std::move(folder)) {}

QString ScheduleStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/strongroom/schedules");
}

QString ScheduleStore::definitionPath(const QString &name) const
{
    return QDir(m_folder).filePath(name + QStringLiteral(".json"));
}

QString ScheduleStore::credentialPath(const QString &name) const
{
    return QDir(m_folder).filePath(name + QStringLiteral(".cred"));
}

QString ScheduleStore::runsFolder(const QString &name) const
{
    return QDir(m_folder).filePath(QStringLiteral("runs/") + name);
}

bool ScheduleStore::exists(const QString &name) const
{
    return QFile::exists(definitionPath(name));
}

Status ScheduleStore::save(const Schedule &schedule) const
{
    if (Status made = safefile::makePrivateFolder(m_folder); !made)
        return made;
    return safefile::writeFileAtomically(
        definitionPath(schedule.name), QJsonDocument(schedule.toJson()).toJson(QJsonDocument::Indented),
        QStringLiteral("schedule"), QCoreApplication::translate("ScheduleStore", "the schedule file"));
}

Result<Schedule> ScheduleStore::load(const QString &name) const
{
    if (!Schedule::isValidName(name))
        return Error(ExitCode::Usage,
                     QCoreApplication::translate(
                         "ScheduleStore", "\"%1\" is not a schedule name (lower-case letters, digits and -).")
                         .arg(name));
    QFile file(definitionPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            ExitCode::Failure,
            QCoreApplication::translate(
                "ScheduleStore", "There is no schedule \"%1\" (strongroom-cli schedule list shows them).")
                .arg(name),
            QStringLiteral("no-such-schedule"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate("ScheduleStore", "%1 is not a schedule file: %2")
                         .arg(file.fileName(), parseError.errorString()));
    return Schedule::fromJson(document.object());
}

QList<Schedule> ScheduleStore::list(QStringList *problems) const
{
    QList<Schedule> schedules;
    const QStringList files = QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        Result<Schedule> schedule = load(file.chopped(5));
        if (schedule)
            schedules.append(*schedule);
        else if (problems)
            problems->append(schedule.error().message);
    }
    return schedules;
}

Status ScheduleStore::remove(const QString &name) const
{
    QFile::remove(credentialPath(name));
    if (QFile::exists(definitionPath(name)) && !QFile::remove(definitionPath(name)))
        return Error(
            ExitCode::Failure,
            QCoreApplication::translate("ScheduleStore", "Cannot remove %1.").arg(definitionPath(name)));
    return Status::success();
}

Result<QString> ScheduleStore::writeReport(const QString &name, const QJsonObject &report) const
{
    const QString folder = runsFolder(name);
    for (const QString &level : {m_folder, QDir(m_folder).filePath(QStringLiteral("runs")), folder})
        if (Status made = safefile::makePrivateFolder(level); !made)
            return made.error();
    const QDateTime started = runreport::started(report);
    const QString stamp = (started.isValid() ? started : QDateTime::currentDateTimeUtc())
                              .toUTC()
                              .toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString path = QDir(folder).filePath(stamp + QStringLiteral(".json"));
    if (Status written = safefile::writeFileAtomically(
            path, QJsonDocument(report).toJson(QJsonDocument::Indented), QStringLiteral("run-report"),
            QCoreApplication::translate("ScheduleStore", "the run report"));
        !written)
        return written.error();
    return path;
}

QList<QJsonObject> ScheduleStore::reports(const QString &name, int max) const
{
    QList<QJsonObject> reports;
    const QDir folder(runsFolder(name));
    const QStringList files =
        folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &file : files) {
        if (reports.size() >= max)
            break;
        QFile f(folder.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(f.readAll());
        if (document.isObject())
            reports.append(document.object());
    }
    return reports;
}

namespace runreport {

QDateTime started(const QJsonObject &r)
{
    return QDateTime::fromString(r.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
}

QDateTime finished(const QJsonObject &r)
{
    return QDateTime::fromString(r.value(QStringLiteral("finished")).toString(), Qt::ISODateWithMs);
}

} // namespace runreport

} // namespace strongroom
