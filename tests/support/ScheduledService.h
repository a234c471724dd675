#pragma once

// Running a service that `schedule add` wrote as systemd runs it, for the tests of schedules
// (tests/cli/TestScheduleCommands, tests/app/schedule/TestPgSchedules).

#include "support/CliProcess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

// The ExecStart= line of the service unit at `unitPath` (strongroom-NAME.service), run as systemd
// runs it: %d is the credentials folder `credentials`, which then holds `keyFile` under the
// credential's name (strongroom-NAME.key) and is named in CREDENTIALS_DIRECTORY. Empty (exit -1)
// when the unit has no ExecStart= line.
inline CliRun runScheduledService(const QString &unitPath, const QString &name, const QString &keyFile,
                                  const QString &credentials, const QProcessEnvironment &env, int timeoutMs)
{
    QFile unit(unitPath);
    const QString service = unit.open(QIODevice::ReadOnly) ? QString::fromUtf8(unit.readAll()) : QString();
    const QRegularExpressionMatch exec =
        QRegularExpression(QStringLiteral("^ExecStart=(.*)$"), QRegularExpression::MultilineOption)
            .match(service);
    if (!exec.hasMatch())
        return {};
    QDir().mkpath(credentials);
    const QString credential = credentials + QStringLiteral("/strongroom-%1.key").arg(name);
    QFile::remove(credential);
    QFile::copy(keyFile, credential);
    QStringList words = exec.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words)
        word.replace(QStringLiteral("%d"), credentials);
    QProcess p;
    QProcessEnvironment withCredentials = env;
    withCredentials.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials);
    p.setProcessEnvironment(withCredentials);
    p.start(words.takeFirst(), words);
    p.waitForFinished(timeoutMs);
    return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                  p.readAllStandardError()};
}
