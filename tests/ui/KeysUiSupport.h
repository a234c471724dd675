#pragma once

#include "support/AgeKeygen.h"

#include <QDir>
#include <QFile>
#include <QWidget>

// Shared by the Keys page tests: real identities by age-keygen (support/AgeKeygen.h), and
// screenshots of the real widgets into STRONGROOM_SCREENSHOT_DIR when that is set (docs/screenshots
// is made that way).

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
