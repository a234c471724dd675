#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace strongroom::ui {

// Asks before backups are deleted: a warning naming what goes, Cancel as the default, and the
// destructive button named for what it does. Window-modal through open(); `onConfirmed` runs
// only when that button is pressed. The box's objectName lets tests find it.
void confirmDeletion(QWidget *parent, const QString &objectName, const QString &title,
                     const QString &question, const QString &details, const QString &buttonText,
                     std::function<void()> onConfirmed);

} // namespace strongroom::ui
