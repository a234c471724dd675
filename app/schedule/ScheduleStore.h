#pragma once

#include "schedule/Schedule.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace strongroom {

// Where schedules and their run reports live: $XDG_DATA_HOME/strongroom/schedules (0700), one
// NAME.json per schedule (0600, written atomically), the sealed key NAME.cred where there is one,
// and runs/NAME/ with one JSON report per run (0600), named by its start time so names sort by age.
// Reports outlive a removed schedule: they are the history `status` and the audit read.
class ScheduleStore
{
public:
    explicit ScheduleStore(QString folder = defaultFolder());
    static QString defaultFolder();
    // The store in `folder`, or the default one when it is empty.
    static ScheduleStore at(const QString &folder)
    {
        return folder.isEmpty() ? ScheduleStore() : ScheduleStore(folder);
    }
    QString folder() const { return m_folder; }

    QString definitionPath(const QString &name) const;
    QString credentialPath(const QString &name) const;
    QString runsFolder(const QString &name) const;

    bool exists(const QString &name) const;
    Status save(const Schedule &schedule) const;
    Result<Schedule> load(const QString &name) const;
    // Every schedule, by name; a file that does not read is named in `problems`.
    QList<Schedule> list(QStringList *problems = nullptr) const;
    // The definition and the sealed key; the reports stay.
    Status remove(const QString &name) const;

    // Writes a run report (the report's "started" names the file); returns its path.
    Result<QString> writeReport(const QString &name, const QJsonObject &report) const;
    // The newest reports first, at most `max`.
    QList<QJsonObject> reports(const QString &name, int max = 50) const;

private:
    QString m_folder;
};

// A run report's fields, as ScheduledRunJob writes them.
namespace runreport {
inline QString outcome(const QJsonObject &r)
{
    return r.value(QStringLiteral("outcome")).toString();
}
inline bool succeeded(const QJsonObject &r)
{
    return outcome(r) == QLatin1String("succeeded");
}
QDateTime started(const QJsonObject &r);
QDateTime finished(const QJsonObject &r);
} // namespace runreport

} // namespace strongroom
