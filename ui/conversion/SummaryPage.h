#pragma once

#include "conversion/ConversionPlan.h"
#include "core/JobReport.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QProgressBar;

namespace strongroom::ui {

class ConversionWizard;

// The commit page: runs the conversion's own checks (ConversionPlanJob: the key opens the file, no
// other program writes to it, room for a full copy) and says exactly what will happen, step by step.
// Nothing has been written before the user presses the commit button here; decrypting asks a
// second time.
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(ConversionWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // The plan in the user's language, one sentence per step.
    static QStringList describe(const ConversionPlan &plan);

private:
    void onPlanned(const JobReport &report, const ConversionPlan &plan);

    ConversionWizard *m_wizard;
    QLabel *m_text;
    QProgressBar *m_busy;
    QCheckBox *m_confirmDecrypt;
    bool m_planned = false;
    int m_generation = 0;
};

} // namespace strongroom::ui
