#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QtGlobal>

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

// PRAGMA key as the shell reads it: a raw key (x'<hex>') in double quotes, a passphrase in single
// quotes (a quote inside it doubled); nothing for a plain file (an empty key).
inline QByteArray keyPragma(const QByteArray &key)
{
    if (key.isEmpty())
        return {};
    if (key.startsWith("x'"))
        return "PRAGMA key = \"" + key + "\";\n";
    return "PRAGMA key = '" + QByteArray(key).replace('\'', "''") + "';\n";
}

// Makes the database at `path` with the shell: the key's PRAGMA, then `script` (cipher settings,
// schema, rows). The fixtures say what goes in; this is how every test database is made. False,
// with the shell's complaint as a warning, when the shell failed.
inline bool makeDatabase(const QString &path, const QByteArray &key, const QByteArray &script)
{
    const ShellRun made = runSqlCipherShell(path, keyPragma(key) + script);
    if (made.exitCode != 0)
        qWarning("sqlcipher could not make %s: %s", qPrintable(path), made.err.constData());
    return made.exitCode == 0;
}

// Runs `script` in the shell on `file` and kills the shell once it has run, before it can checkpoint
// on close: what the script commits to a WAL database stays in the -wal only. False when the shell
// did not start or did not get through the script within `timeoutMs`.
inline bool runSqlCipherShellThenKill(const QString &file, const QByteArray &script, int timeoutMs)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlcipher"), {QStringLiteral("-batch"), file});
    if (!shell.waitForStarted())
        return false;
    // The shell buffers its output in a pipe, so it signals with a file instead.
    const QString ready = file + QStringLiteral(".ready");
    shell.write(script + ".system touch '" + QFile::encodeName(ready) + "'\n");
    const bool ran = QTest::qWaitFor([&] { return QFile::exists(ready); }, timeoutMs);
    QFile::remove(ready);
    shell.kill();
    shell.waitForFinished();
    return ran;
}
