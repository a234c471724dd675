#include "conversion/OperationPage.h"

#include "conversion/ConversionWizard.h"
#include "conversion/TargetSettingsBox.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace strongroom::ui {

namespace {

QLabel *explanation()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setIndent(24);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}

} // namespace

OperationPage::OperationPage(ConversionWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Choose the Operation"));
    setSubTitle(tr("Only the operations that make sense for this file can be chosen."));
    auto *layout = new QVBoxLayout(this);
    m_group = new QButtonGroup(this);
    m_encrypt = new QRadioButton(tr("&Encrypt the file"));
    m_encrypt->setObjectName(QStringLiteral("encryptRadio"));
    m_decrypt = new QRadioButton(tr("&Decrypt the file (remove the encryption)"));
    m_decrypt->setObjectName(QStringLiteral("decryptRadio"));
    m_rekey = new QRadioButton(tr("Change the &key"));
    m_rekey->setObjectName(QStringLiteral("rekeyRadio"));
    m_migrate = new QRadioButton(tr("&Migrate or change the settings"));
    m_migrate->setObjectName(QStringLiteral("migrateRadio"));
    m_encryptWhy = explanation();
    m_decryptWhy = explanation();
    m_rekeyWhy = explanation();
    m_migrateWhy = explanation();
    m_confirmDecrypt =
        new QCheckBox(tr("I &understand that after decrypting, anyone who can read the file can read "
                         "all of its data."));
    m_confirmDecrypt->setObjectName(QStringLiteral("confirmDecryptCheck"));
    m_changeKey = new QCheckBox(tr("Also &change the key"));
    m_changeKey->setObjectName(QStringLiteral("changeKeyCheck"));
    m_settings = new TargetSettingsBox;
    m_settings->setObjectName(QStringLiteral("targetSettingsBox"));

    const QList<std::pair<QRadioButton *, QLabel *>> rows{{m_encrypt, m_encryptWhy},
                                                          {m_decrypt, m_decryptWhy},
                                                          {m_rekey, m_rekeyWhy},
                                                          {m_migrate, m_migrateWhy}};
    int id = 0;
    for (const auto &[button, why] : rows) {
        m_group->addButton(button, id++);
        layout->addWidget(button);
        layout->addWidget(why);
        if (button == m_decrypt)
            layout->addWidget(m_confirmDecrypt);
        if (button == m_migrate)
            layout->addWidget(m_changeKey);
    }
    layout->addWidget(m_settings);
    layout->addStretch();

    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updateDetails();
    });
    connect(m_confirmDecrypt, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_changeKey, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_settings, &TargetSettingsBox::changed, this, &QWizardPage::completeChanged);
}

void OperationPage::initializePage()
{
    const ConversionChoices &choices = m_wizard->choices();
    const bool encrypted = choices.encrypted;
    const QString profile = choices.sourceSettings ? choices.sourceSettings->profileName() : QString();
    const bool current = profile == QLatin1String("sqlcipher-4");

    m_encrypt->setEnabled(!encrypted);
    m_encryptWhy->setText(encrypted ? tr("Not available: the file is already encrypted.")
                                    : tr("Writes an encrypted copy with a new key and swaps it in."));
    m_decrypt->setEnabled(encrypted);
    m_decryptWhy->setText(encrypted
                              ? tr("Writes a plain SQLite copy that any SQLite tool can read without a key. "
                                   "Only for data that needs no protection.")
                              : tr("Not available: the file is not encrypted."));
    m_rekey->setEnabled(encrypted);
    m_rekeyWhy->setText(encrypted
                            ? tr("Re-encrypts every page with a new passphrase or raw key; the settings stay "
                                 "%1.")
                                  .arg(profile)
                            : tr("Not available: the file is not encrypted."));
    m_migrate->setEnabled(encrypted);
    m_migrateWhy->setText(!encrypted ? tr("Not available: the file is not encrypted.")
                          : current
                              ? tr("Changes the cipher settings (KDF iterations, page size, algorithms); "
                                   "the file already uses SQLCipher 4 defaults.")
                              : tr("Recommended: moves the file from %1 to SQLCipher 4 defaults, which "
                                   "derive the key far more strongly. The key can stay the same.")
                                    .arg(profile));

    QRadioButton *preferred = !encrypted ? m_encrypt : current ? m_rekey : m_migrate;
    if (const auto wanted = m_wizard->preferredOperation()) {
        QRadioButton *asked = m_group->button(int(*wanted))
                                  ? static_cast<QRadioButton *>(m_group->button(int(*wanted)))
                                  : nullptr;
        if (asked && asked->isEnabled())
            preferred = asked;
    }
    preferred->setChecked(true);
    m_confirmDecrypt->setChecked(false);
    m_changeKey->setChecked(false);
    m_settings->setSettings(CipherSettings::sqlcipher4());
    updateDetails();
}

ConversionKind OperationPage::selected() const
{
    return ConversionKind(std::max(0, m_group->checkedId()));
}

void OperationPage::updateDetails()
{
    const ConversionKind kind = selected();
    m_confirmDecrypt->setVisible(kind == ConversionKind::Decrypt);
    m_changeKey->setVisible(kind == ConversionKind::Migrate);
    m_settings->setVisible(kind == ConversionKind::Encrypt || kind == ConversionKind::Migrate);
    Q_EMIT completeChanged();
}

bool OperationPage::isComplete() const
{
    if (m_group->checkedId() < 0 || !m_group->checkedButton()->isEnabled())
        return false;
    const bool newSettings = selected() == ConversionKind::Encrypt || selected() == ConversionKind::Migrate;
    if (newSettings && !m_settings->isValid())
        return false;
    return selected() != ConversionKind::Decrypt || m_confirmDecrypt->isChecked();
}

bool OperationPage::validatePage()
{
    ConversionChoices &choices = m_wizard->choices();
    choices.kind = selected();
    choices.changeKey = choices.kind != ConversionKind::Migrate || m_changeKey->isChecked();
    choices.targetSettings = m_settings->settings();
    return true;
}

int OperationPage::nextId() const
{
    const ConversionKind kind = selected();
    const bool newKey = kind == ConversionKind::Encrypt || kind == ConversionKind::Rekey ||
                        (kind == ConversionKind::Migrate && m_changeKey->isChecked());
    return newKey ? ConversionWizard::NewKeyId : ConversionWizard::SummaryId;
}

} // namespace strongroom::ui
