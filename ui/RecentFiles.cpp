#include "RecentFiles.h"

#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace strongroom::ui {

RecentFiles::RecentFiles(QObject *parent) : QObject(parent)
{
    m_paths = QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_paths.removeAll(absolute);
    m_paths.prepend(absolute);
    while (m_paths.size() > kMaximum)
        m_paths.removeLast();
    save();
}

void RecentFiles::clear()
{
    m_paths.clear();
    save();
}

void RecentFiles::save()
{
    QSettings().setValue(QStringLiteral("recentFiles"), m_paths);
    Q_EMIT changed();
}

void RecentFiles::attach(QMenu *menu)
{
    fill(menu);
    connect(this, &RecentFiles::changed, menu, [this, menu] { fill(menu); });
}

void RecentFiles::fill(QMenu *menu)
{
    menu->clear();
    for (const QString &path : std::as_const(m_paths)) {
        QAction *action =
            menu->addAction(QFileInfo(path).fileName(), this, [this, path] { Q_EMIT openRequested(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (m_paths.isEmpty()) {
        menu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    menu->addAction(tr("&Clear List"), this, &RecentFiles::clear);
}

} // namespace strongroom::ui
