#include "widgets/NewPassphraseField.h"

#include "keys/PassphraseGenerator.h"
#include "keys/PassphraseStrength.h"
#include "widgets/SecretLineEdit.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace strongroom::ui {

NewPassphraseField::NewPassphraseField(QWidget *parent) : QWidget(parent)
{
    m_first = new SecretLineEdit;
    m_first->setObjectName(QStringLiteral("passphraseEdit"));
    m_second = new SecretLineEdit;
    m_second->setObjectName(QStringLiteral("repeatEdit"));
    m_meter = new QProgressBar;
    m_meter->setObjectName(QStringLiteral("strengthMeter"));
    m_meter->setRange(0, 100);
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(8);
    m_verdict = new QLabel;
    m_verdict->setObjectName(QStringLiteral("strengthLabel"));
    auto *generate = new QPushButton(tr("Generate Words"));
    generate->setObjectName(QStringLiteral("generateButton"));
    generate->setToolTip(tr("Six random words from a list of 2048 (66 bits): easy to type, hard to guess."));
    m_show = new QPushButton(tr("Show"));
    m_show->setObjectName(QStringLiteral("showButton"));
    m_show->setCheckable(true);

    auto *firstRow = new QHBoxLayout;
    firstRow->addWidget(m_first, 1);
    firstRow->addWidget(m_show);
    firstRow->addWidget(generate);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Passphrase:"), firstRow);
    form->addRow(tr("Repeat:"), m_second);
    form->addRow(tr("Strength:"), m_meter);
    form->addRow(QString(), m_verdict);

    connect(m_first, &SecretLineEdit::textChanged, this, &NewPassphraseField::update);
    connect(m_second, &SecretLineEdit::textChanged, this, &NewPassphraseField::update);
    connect(generate, &QPushButton::clicked, this, &NewPassphraseField::generate);
    connect(m_show, &QPushButton::toggled, this, [this](bool shown) {
        m_first->setRevealed(shown);
        m_second->setRevealed(shown);
    });
    update();
}

bool NewPassphraseField::isAcceptable() const
{
    return !m_first->isEmpty() && m_first->sameSecretAs(*m_second);
}

QCA::SecureArray NewPassphraseField::passphrase() const
{
    return m_first->secret();
}

void NewPassphraseField::clear()
{
    m_first->clear();
    m_second->clear();
}

void NewPassphraseField::generate()
{
    const PassphraseGenerator &generator = m_generator;
    const KeyMaterial phrase = generator.words(PassphraseGenerator::kMinimumWords);
    m_first->setSecret(phrase.secret());
    m_second->setSecret(phrase.secret());
    m_show->setChecked(true); // a generated phrase must be read to be written down
}

void NewPassphraseField::update()
{
    PassphraseStrength strength;
    m_first->withText(
        [&](const QString &text) { strength = PassphraseStrength::estimate(text, m_generator.words()); });
    m_meter->setValue(qMin(100, int(strength.bits)));
    QString verdict;
    QString colour;
    switch (strength.level) {
    case PassphraseStrength::Level::Empty:
        verdict = tr("Type a passphrase or generate one.");
        break;
    case PassphraseStrength::Level::VeryWeak:
        verdict = tr("Weak (about %1 bits): easy to guess.").arg(int(strength.bits));
        colour = QStringLiteral("#c0392b");
        break;
    case PassphraseStrength::Level::Weak:
        verdict = tr("Fair (about %1 bits).").arg(int(strength.bits));
        colour = QStringLiteral("#d68910");
        break;
    case PassphraseStrength::Level::Good:
        verdict = tr("Good (about %1 bits).").arg(int(strength.bits));
        colour = QStringLiteral("#28b463");
        break;
    case PassphraseStrength::Level::Strong:
        verdict = tr("Strong (about %1 bits).").arg(int(strength.bits));
        colour = QStringLiteral("#1e8449");
        break;
    }
    if (!m_second->isEmpty() && !m_first->sameSecretAs(*m_second))
        verdict += QLatin1Char(' ') + tr("The two entries differ.");
    m_verdict->setText(verdict);
    m_meter->setStyleSheet(
        colour.isEmpty() ? QString() : QStringLiteral("QProgressBar::chunk { background: %1; }").arg(colour));
    Q_EMIT changed();
}

} // namespace strongroom::ui
