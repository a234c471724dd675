#pragma once

// Schedules in tests without the machine's systemd: the environment `schedule add` runs in, and a
// service it wrote run as systemd runs it (tests/cli/TestScheduleCommands, support/PgScheduleFixtures.h
// for the PostgreSQL ones).

#include "support/CliProcess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

// `env` with HOME at `home` as well, and with no way to the session's user manager (no D-Bus session
// bus, no runtime folder): `schedule add --user` writes its units below the test's folder and never
// enables them in the user's real systemd; enabling fails with exit 7, as where no user manager runs.
inline QProcessEnvironment scheduleEnvironment(QProcessEnvironment env, const QString &home)
{
    env.insert(QStringLiteral("HOME"), home);
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    return env;
}

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
