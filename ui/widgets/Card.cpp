#include "widgets/Card.h"

#include <QLabel>
#include <QVBoxLayout>

namespace strongroom::ui {

Card::Card(const QString &caption, QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("card"));
    setStyleSheet(QStringLiteral(
        "QFrame#card{background:palette(base);border:1px solid palette(mid);border-radius:6px}"));
    setMinimumWidth(170);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    auto *title = new QLabel(caption);
    title->setStyleSheet(QStringLiteral("color:palette(dark);font-size:11px"));
    m_value = new QLabel(QStringLiteral("…"));
    m_value->setStyleSheet(QStringLiteral("font-size:16px;font-weight:600"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail = new QLabel;
    m_detail->setWordWrap(true);
    m_detail->setStyleSheet(QStringLiteral("color:palette(dark);font-size:11px"));
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
}

void Card::setValue(const QString &value, const QString &detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

void Card::setWarning(bool warning)
{
    m_value->setStyleSheet(warning ? QStringLiteral("font-size:16px;font-weight:600;color:#b35c00")
                                   : QStringLiteral("font-size:16px;font-weight:600"));
}

QString Card::value() const
{
    return m_value->text();
}

} // namespace strongroom::ui
