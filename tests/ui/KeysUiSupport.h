#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QWidget>

// Shared by the Keys page tests: age-keygen for real identities, and screenshots of the real widgets
// into STRONGROOM_SCREENSHOT_DIR when that is set (docs/screenshots is made that way).
inline QString ageKeygen(const QString &out)
{
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("age-keygen"));
    if (keygen.isEmpty())
        return {};
    QProcess p;
    p.start(keygen, {QStringLiteral("-o"), out});
    p.waitForFinished();
    QProcess y;
    y.start(keygen, {QStringLiteral("-y"), out});
    y.waitForFinished();
    return QString::fromLatin1(y.readAllStandardOutput().trimmed());
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline void keysScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STRONGROOM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->grab().save(QDir(dir).filePath(QStringLiteral("keys-%1.png").arg(name)));
}
