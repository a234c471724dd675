#include "keys/KeyRotationDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace strongroom::ui {

KeyRotationDialog::KeyRotationDialog(const KnownKey &key, int globalDays, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Rotation Period of a Key"));
    auto *intro = new QLabel(tr("<b>%1</b> (%2)<br>When this key is due for a new one. A key that guards "
                                "more, or sits in more places, deserves a shorter period.")
                                 .arg(key.keyId.toHtmlEscaped(), key.label.toHtmlEscaped()));
    intro->setWordWrap(true);
    m_global = new QRadioButton(tr("The global period (%1 days)").arg(globalDays));
    m_global->setObjectName(QStringLiteral("globalPeriodRadio"));
    m_own = new QRadioButton(tr("Its own period:"));
    m_own->setObjectName(QStringLiteral("ownPeriodRadio"));
    m_days = new QSpinBox;
    m_days->setObjectName(QStringLiteral("periodSpin"));
    m_days->setRange(1, 3650);
    m_days->setSuffix(tr(" days"));
    m_days->setValue(key.ownRotationDays > 0 ? key.ownRotationDays : globalDays);
    (key.ownRotationDays > 0 ? m_own : m_global)->setChecked(true);
    m_days->setEnabled(m_own->isChecked());
    connect(m_own, &QRadioButton::toggled, m_days, &QSpinBox::setEnabled);

    auto *own = new QHBoxLayout;
    own->addWidget(m_own);
    own->addWidget(m_days);
    own->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set Period"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_global);
    layout->addLayout(own);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

int KeyRotationDialog::days() const
{
    return m_own->isChecked() ? m_days->value() : 0;
}

} // namespace strongroom::ui
