#pragma once

#include <QFrame>

class QLabel;

namespace strongroom::ui {

// One fact on a dashboard: a small caption, the value in large type, and a detail line.
class Card : public QFrame
{
    Q_OBJECT
public:
    explicit Card(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail = {});
    void setWarning(bool warning);
    QString value() const;

private:
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace strongroom::ui
