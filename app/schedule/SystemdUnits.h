#pragma once

#include "schedule/Schedule.h"

#include <QString>

namespace strongroom {

// The unit files a schedule is made of, as text: a oneshot service that runs `strongroom-cli
// schedule exec NAME` (the same ScheduledRunJob as a run by hand), a timer with OnCalendar= and
// Persistent=true (a run missed while the machine was off happens at the next boot), and one shared
// template, strongroom-failure@.service, that OnFailure= starts to put a failed run in the journal
// at error priority. A key reaches the service only as a credential: its path or sealed file is in
// the unit, never its value, and the service reads it from $CREDENTIALS_DIRECTORY (%d).
namespace systemdunits {

// ~/.config/systemd/user ($XDG_CONFIG_HOME) for the user's manager, /etc/systemd/system for root's.
QString unitFolder(Schedule::Scope scope);
QString failureTemplateName();

struct ServiceInputs
{
    QString cliPath;        // absolute path of strongroom-cli
    QString dataHome;       // XDG_DATA_HOME the service must use (where the schedule and reports are)
    QString credentialFile; // KeyDelivery::Credential: the sealed key; KeyFile: the admin's key file
};
QString serviceText(const Schedule &schedule, const ServiceInputs &inputs);
QString timerText(const Schedule &schedule);
QString failureTemplateText();

// One word of a unit's command line, quoted and with % and $ doubled so systemd passes it as it is.
QString execArgument(const QString &word);
// Environment="VARIABLE=value", quoted so a value with spaces stays one assignment.
QString environmentAssignment(const QString &variable, const QString &value);
// A path or value on the right of an assignment: only % is special there.
QString escapeSpecifiers(const QString &value);

} // namespace systemdunits
} // namespace strongroom
