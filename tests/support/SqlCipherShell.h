#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

// Test inputs are made with the real `sqlcipher` shell, never with Strongroom. The script goes in
// on stdin, so keys never appear on a command line.
struct ShellRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// `options` go before the file, e.g. "-readonly".
inline ShellRun runSqlCipherShell(const QString &file, const QByteArray &script,
                                  const QStringList &options = {})
{
    QProcess p;
    p.start(QStringLiteral("sqlcipher"),
            QStringList{QStringLiteral("-batch"), QStringLiteral("-bail")} + options + QStringList{file});
    p.waitForStarted();
    p.write(script);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return ShellRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                    p.readAllStandardError()};
}
