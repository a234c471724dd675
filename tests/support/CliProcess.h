#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the real strongroom-cli binary of this build, the way a user or a script does.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline QString strongroomBinary(const QString &name)
{
    // Tests are built next to the programs; ctest also says so explicitly.
    const QString dir = qEnvironmentVariable("STRONGROOM_BIN_DIR", QCoreApplication::applicationDirPath());
    return dir + QLatin1Char('/') + name;
}

inline CliRun runCli(const QStringList &args, const QByteArray &stdinData = {},
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                     int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(strongroomBinary(QStringLiteral("strongroom-cli")), args);
    p.waitForStarted();
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                  p.readAllStandardError()};
}

// What a run printed on stdout, as the JSON object `--json` promises (empty when it is not one).
inline QJsonObject jsonOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}
