#include "widgets/Banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace strongroom::ui {

Banner::Banner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("banner"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    m_label = new QLabel;
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    m_actions = new QHBoxLayout;
    layout->addLayout(m_actions);
    setVisible(false);
}

void Banner::showMessage(Tone tone, const QString &text)
{
    static const char *const colours[] = {"#e3f2fd;color:#0d3c61", "#e8f5e9;color:#1b5e20",
                                          "#fff4e5;color:#663c00", "#fdecea;color:#8a1c1c"};
    setStyleSheet(QStringLiteral("QFrame#banner{background:%1;border-radius:4px}")
                      .arg(QString::fromLatin1(colours[int(tone)])));
    m_label->setText(text);
    // deleteLater: the button being clicked may be the one that asked for this message.
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    setVisible(!text.isEmpty());
}

QPushButton *Banner::addAction(const QString &text)
{
    auto *button = new QPushButton(text);
    m_actions->addWidget(button);
    return button;
}

QString Banner::text() const
{
    return m_label->text();
}

} // namespace strongroom::ui
