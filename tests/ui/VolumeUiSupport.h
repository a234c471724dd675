#pragma once

#include <QDir>
#include <QTemporaryDir>
#include <QWidget>

// Shared by the volume GUI tests: a private settings and audit-log home, and screenshots of the
// real widgets into STRONGROOM_SCREENSHOT_DIR when that is set (docs/screenshots is made that way).
struct VolumeUiHome
{
    QTemporaryDir home;
    VolumeUiHome()
    {
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    }
};

// The named child of `parent`, with a warning naming it when it is missing (the test then fails on
// the null pointer with that name in its log).
template <typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STRONGROOM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->grab().save(QDir(dir).filePath(QStringLiteral("volumes-%1.png").arg(name)));
}
