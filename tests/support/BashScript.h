#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

// Pipelines of standard tools run exactly as an administrator types them (age -d … | pg_restore …,
// sha256sum -c): bash -o pipefail -c SCRIPT, so a stage that fails fails the whole. Paths and other
// words from the test go into the script through shellQuoted().

// The exit code (-1 when bash did not end normally within 5 minutes); stdout, then stderr, in `output`.
inline int runBash(const QString &script, QByteArray *output = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("bash"),
                  {QStringLiteral("-o"), QStringLiteral("pipefail"), QStringLiteral("-c"), script});
    process.waitForFinished(300000);
    if (output)
        *output = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// `text` as one word for bash: in single quotes, a quote inside it closed, escaped and reopened.
inline QString shellQuoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}
