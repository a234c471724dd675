#pragma once

#include "keys/PassphraseGenerator.h"

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace strongroom::ui {

class ConversionWizard;
class RecoverySheet;
class SecretLineEdit;

// The new key: typed, generated as words from the shipped word list, or a random raw key; a
// strength meter; the key typed a second time; optionally stored in the desktop keyring; and a
// recovery sheet to print or save as PDF.
class NewKeyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NewKeyPage(ConversionWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The recovery sheet for the key now typed (the settings the result will have).
    bool saveRecoverySheet(const QString &pdfFile) const;

private:
    RecoverySheet recoverySheet() const;
    void generate();
    void updateStrength();
    void chooseSheetFile();
    void printSheet();
    void clearKeyFields();

    ConversionWizard *m_wizard;
    PassphraseGenerator m_generator;
    QButtonGroup *m_mode;
    SecretLineEdit *m_key;
    QCheckBox *m_show;
    QSpinBox *m_words;
    QPushButton *m_generate;
    QProgressBar *m_strength;
    QLabel *m_strengthText;
    SecretLineEdit *m_confirm;
    QLabel *m_match;
    QCheckBox *m_keyring;
};

} // namespace strongroom::ui
