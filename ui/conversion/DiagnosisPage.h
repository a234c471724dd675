#pragma once

#include "sqlcipher/OpenDiagnosis.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

namespace strongroom::ui {

class SecretLineEdit;

class ConversionWizard;

// What Strongroom found: runs the diagnosis of app/sqlcipher (OpenDatabaseJob) on the job runner
// and shows the profile, plain SQLite or why it did not open. An encrypted file asks for its key
// right here; the page is complete once the file opened (or is plain SQLite).
class DiagnosisPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DiagnosisPage(ConversionWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_running; }

private:
    void diagnose();
    void tryKey();
    void onDiagnosed(const OpenDiagnosis &diagnosis);

    ConversionWizard *m_wizard;
    QLabel *m_headline;
    QLabel *m_details;
    QProgressBar *m_busy;
    QWidget *m_keyRow;
    SecretLineEdit *m_key;
    QPushButton *m_tryKey;
    bool m_running = false;
    bool m_usable = false;
    int m_generation = 0;
};

} // namespace strongroom::ui
