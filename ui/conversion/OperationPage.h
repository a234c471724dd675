#pragma once

#include "conversion/ConversionRequest.h"

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QRadioButton;

namespace strongroom::ui {

class ConversionWizard;
class TargetSettingsBox;

// The operation: encrypt, decrypt, change the key, or migrate / change the settings. Only those
// that make sense for what the diagnosis found are enabled, each with a line saying why. Decrypt
// has to be confirmed here (and once more on the summary page).
class OperationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OperationPage(ConversionWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    ConversionKind selected() const;
    void updateDetails();

    ConversionWizard *m_wizard;
    QButtonGroup *m_group;
    QRadioButton *m_encrypt;
    QRadioButton *m_decrypt;
    QRadioButton *m_rekey;
    QRadioButton *m_migrate;
    QLabel *m_encryptWhy;
    QLabel *m_decryptWhy;
    QLabel *m_rekeyWhy;
    QLabel *m_migrateWhy;
    QCheckBox *m_confirmDecrypt;
    QCheckBox *m_changeKey;
    TargetSettingsBox *m_settings;
};

} // namespace strongroom::ui
