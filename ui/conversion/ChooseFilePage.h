#pragma once

#include <QWizardPage>

class QLineEdit;

namespace strongroom::ui {

class ConversionWizard;

// The first page: which database file to convert.
class ChooseFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ChooseFilePage(ConversionWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ConversionWizard *m_wizard;
    QLineEdit *m_path;
};

} // namespace strongroom::ui
