#pragma once

#include "support/IsolatedHome.h"
#include "support/WidgetLookup.h"

#include <QDir>
#include <QTemporaryDir>
#include <QWidget>

// Shared by the volume GUI tests: a private settings and audit-log home, and screenshots of the
// real widgets into STRONGROOM_SCREENSHOT_DIR when that is set (docs/screenshots is made that way).
struct VolumeUiHome
{
    QTemporaryDir home;
    VolumeUiHome() { isolateThisProcess(home.path()); }
};

inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STRONGROOM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->grab().save(QDir(dir).filePath(QStringLiteral("volumes-%1.png").arg(name)));
}
