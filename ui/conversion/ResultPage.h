#pragma once

#include "conversion/ConversionResult.h"
#include "core/JobReport.h"
#include "jobs/JobProgressDialog.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace strongroom::ui {

class ConversionWizard;

// The last page: starts the ConversionJob, shows it in the job progress dialog, and when it ends
// shows the verification report (checks, and every table's rows and content hash before and after)
// with "Open the new file" and "Show the kept original".
class ResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResultPage(ConversionWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    bool isFinished() const { return m_finished; }
    JobProgressDialog *progressDialog() const { return m_progress; }

private:
    void onFinished(const JobReport &report);
    void showVerification();
    void showPageVerification();
    static QString originalAndOldKeyParagraphs(const ConversionResult &result);
    void storeInKeyring();

    ConversionWizard *m_wizard;
    QLabel *m_headline;
    QLabel *m_checks;
    QTableWidget *m_tables;
    QLabel *m_keyring;
    QPushButton *m_open;
    QPushButton *m_showOriginal;
    QPointer<JobProgressDialog> m_progress;
    bool m_finished = false;
};

} // namespace strongroom::ui
