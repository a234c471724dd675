#pragma once

#include <QFile>
#include <QProcessEnvironment>
#include <QString>

// Keeps a test's settings, remembered cipher settings, audit log, catalogs and key registry away
// from the user's: XDG_CONFIG_HOME and XDG_DATA_HOME point to "config" and "data" in a folder of the
// test's own (a QTemporaryDir).

// For the programs a test starts (strongroom-cli, the console): `env` with both variables set.
inline QProcessEnvironment
isolatedEnvironment(const QString &home, QProcessEnvironment env = QProcessEnvironment::systemEnvironment())
{
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    return env;
}

// For the test process itself (QSettings, QStandardPaths and the audit log read these); call it
// before the first QSettings is made.
inline void isolateThisProcess(const QString &home)
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(home + QStringLiteral("/data")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/config")));
}
