#pragma once

#include "core/Result.h"
#include "keys/KeyMaterial.h"
#include "schedule/Schedule.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace strongroom::systemdtools {

// The systemd programs a schedule needs, run from /usr/bin or /bin only (never a PATH lookup that
// a user's folder could answer): systemctl, systemd-analyze and systemd-creds. Each call waits for
// the program (seconds at most) and turns a failure into an Error that quotes what it said.

struct ToolRun
{
    bool started = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString problem() const; // stderr (or stdout) as one trimmed line, for messages
};

// The program's absolute path, or empty when it is not installed.
QString toolPath(const QString &name);
ToolRun run(const QString &tool, const QStringList &arguments, int timeoutMs = 60000);

// `systemctl --user` for the user scope.
QStringList scopeArguments(Schedule::Scope scope);

// Seals `key` with `systemd-creds [--user] encrypt --name=NAME - OUT` (TPM2 where present, else the
// host's or the user's credential key, as systemd-creds decides). The key goes to it through a pipe
// of its own as its standard input: never argv, never the environment, never QProcess's buffer.
Status sealCredential(Schedule::Scope scope, const QString &credentialName, const KeyMaterial &key,
                      const QString &outputPath);

// The interval between the next two times `expression` elapses (systemd-analyze calendar): the
// period the overdue rule measures against. An error for an expression systemd does not accept.
Result<qint64> calendarInterval(const QString &expression);

// `systemd-analyze [--user] verify FILES`: Environment (7) when systemd-analyze is not installed.
Status verifyUnits(Schedule::Scope scope, const QStringList &files);

// systemctl [--user] ARGS; the error says what systemctl said.
Status systemctl(Schedule::Scope scope, const QStringList &arguments);
// A unit property (systemctl show -P), empty when the manager cannot be asked.
QString unitProperty(Schedule::Scope scope, const QString &unit, const QString &property);
// When the timer fires next, from its NextElapseUSecRealtime; invalid when unknown.
QDateTime nextElapse(Schedule::Scope scope, const QString &timer);

} // namespace strongroom::systemdtools
