#include "volumes/KnownVolumes.h"

#include <QFileInfo>
#include <QSettings>

namespace strongroom::ui {

namespace {
const QString kKey = QStringLiteral("volumes/known");
}

KnownVolumes::KnownVolumes(QObject *parent) : QObject(parent)
{
    m_paths = QSettings().value(kKey).toStringList();
}

bool KnownVolumes::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_paths.contains(absolute))
        return false;
    m_paths.append(absolute);
    save();
    Q_EMIT changed();
    return true;
}

void KnownVolumes::remove(const QString &path)
{
    if (m_paths.removeAll(path) == 0)
        return;
    save();
    Q_EMIT changed();
}

void KnownVolumes::save() const
{
    QSettings().setValue(kKey, m_paths);
}

} // namespace strongroom::ui
