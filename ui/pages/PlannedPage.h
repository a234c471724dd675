#pragma once

#include <QWidget>

namespace strongroom::ui {

// A sidebar section whose console view is not built yet: it says what it will hold and what already
// works from the command line, and has no buttons that do nothing.
class PlannedPage : public QWidget
{
    Q_OBJECT
public:
    PlannedPage(const QString &title, const QString &willHold, const QStringList &availableNow,
                QWidget *parent = nullptr);
};

} // namespace strongroom::ui
