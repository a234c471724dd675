#include "conversion/TargetSettingsBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace strongroom::ui {

TargetSettingsBox::TargetSettingsBox(QWidget *parent) : QGroupBox(tr("Settings of the new file"), parent)
{
    auto *layout = new QFormLayout(this);
    m_profile = new QComboBox;
    m_profile->setObjectName(QStringLiteral("targetProfileCombo"));
    m_profile->addItem(tr("SQLCipher 4 defaults (recommended)"));
    m_profile->addItem(tr("Custom settings"));
    layout->addRow(tr("&Settings:"), m_profile);

    m_custom = new QWidget;
    auto *custom = new QFormLayout(m_custom);
    custom->setContentsMargins(0, 0, 0, 0);
    m_pageSize = new QSpinBox;
    m_pageSize->setObjectName(QStringLiteral("targetPageSize"));
    m_pageSize->setRange(512, 65536);
    m_kdfIter = new QSpinBox;
    m_kdfIter->setObjectName(QStringLiteral("targetKdfIter"));
    m_kdfIter->setRange(1, 10000000);
    m_kdfIter->setGroupSeparatorShown(true);
    m_hmac = new QComboBox;
    m_hmac->addItems(CipherSettings::hmacAlgorithms());
    m_kdf = new QComboBox;
    m_kdf->addItems(CipherSettings::kdfAlgorithms());
    m_headerSize = new QSpinBox;
    m_headerSize->setRange(0, 96);
    m_headerSize->setSingleStep(16);
    m_headerSize->setToolTip(tr("Leaves the first bytes of the file unencrypted (for iOS shared containers); "
                                "needs a raw key with its salt (x'<96 hex digits>')."));
    custom->addRow(tr("&Page size (bytes):"), m_pageSize);
    custom->addRow(tr("KDF &iterations:"), m_kdfIter);
    custom->addRow(tr("&HMAC algorithm:"), m_hmac);
    custom->addRow(tr("KDF &algorithm:"), m_kdf);
    custom->addRow(tr("Plain&text header (bytes):"), m_headerSize);
    layout->addRow(m_custom);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("targetSettingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addRow(m_problem);
    setSettings(CipherSettings::sqlcipher4());

    connect(m_profile, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_custom->setEnabled(index == 1);
        if (index == 0)
            setSettings(CipherSettings::sqlcipher4());
        Q_EMIT changed();
    });
    for (QSpinBox *box : {m_pageSize, m_kdfIter, m_headerSize})
        connect(box, &QSpinBox::valueChanged, this, &TargetSettingsBox::changed);
    for (QComboBox *box : {m_hmac, m_kdf})
        connect(box, &QComboBox::currentIndexChanged, this, &TargetSettingsBox::changed);
    connect(this, &TargetSettingsBox::changed, this, [this] {
        const Status valid = settings().validate();
        m_problem->setText(valid ? QString()
                                 : tr("These settings cannot be used: %1").arg(valid.error().message));
        m_problem->setVisible(!valid);
    });
}

bool TargetSettingsBox::isValid() const
{
    return bool(settings().validate());
}

void TargetSettingsBox::setSettings(const CipherSettings &s)
{
    const bool defaults = s == CipherSettings::sqlcipher4();
    m_profile->setCurrentIndex(defaults ? 0 : 1);
    m_custom->setEnabled(!defaults);
    m_pageSize->setValue(s.pageSize);
    m_kdfIter->setValue(s.kdfIter);
    m_hmac->setCurrentText(s.hmacAlgorithm);
    m_kdf->setCurrentText(s.kdfAlgorithm);
    m_headerSize->setValue(s.plaintextHeaderSize);
}

CipherSettings TargetSettingsBox::settings() const
{
    if (m_profile->currentIndex() == 0)
        return CipherSettings::sqlcipher4();
    CipherSettings s = CipherSettings::sqlcipher4();
    s.pageSize = m_pageSize->value();
    s.kdfIter = m_kdfIter->value();
    s.hmacAlgorithm = m_hmac->currentText();
    s.kdfAlgorithm = m_kdf->currentText();
    s.plaintextHeaderSize = m_headerSize->value();
    return s;
}

} // namespace strongroom::ui
