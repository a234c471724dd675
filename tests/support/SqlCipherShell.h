#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

// Test inputs are made with the real `sqlcipher` shell, never with Strongroom. The script goes in
// on stdin, so keys never appear on a command line.
struct ShellRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ShellRun runSqlCipherShell(const QString &file, const QByteArray &script, int timeoutMs = 120000)
{
    QProcess p;
    p.start(QStringLiteral("sqlcipher"), {QStringLiteral("-batch"), QStringLiteral("-bail"), file});
    p.waitForStarted();
    p.write(script);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    return ShellRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                    p.readAllStandardError()};
}
