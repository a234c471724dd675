#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace strongroom::ui {

// A coloured strip above a page that says what happened and offers the next action, instead of a
// modal error box.
class Banner : public QFrame
{
    Q_OBJECT
public:
    enum class Tone
    {
        Info,
        Success,
        Warning,
        Error
    };

    explicit Banner(QWidget *parent = nullptr);

    void showMessage(Tone tone, const QString &text);
    // Adds a button for the next action; the buttons go when the next message is shown.
    QPushButton *addAction(const QString &text);
    QString text() const;

private:
    QLabel *m_label;
    QHBoxLayout *m_actions;
};

} // namespace strongroom::ui
