#include "conversion/ConversionWizard.h"

#include "conversion/ChooseFilePage.h"
#include "conversion/DiagnosisPage.h"
#include "conversion/NewKeyPage.h"
#include "conversion/OperationPage.h"
#include "conversion/ResultPage.h"
#include "conversion/SummaryPage.h"

namespace strongroom::ui {

ConversionWizard::ConversionWizard(JobRunner *runner, QWidget *parent) : QWizard(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("conversionWizard"));
    setWindowTitle(tr("Encrypt or Convert a Database"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(760, 600);
    setPage(FileId, new ui::ChooseFilePage(this));
    setPage(DiagnosisId, new ui::DiagnosisPage(this));
    setPage(OperationId, new ui::OperationPage(this));
    setPage(NewKeyId, new ui::NewKeyPage(this));
    setPage(SummaryId, new ui::SummaryPage(this));
    setPage(ResultId, new ui::ResultPage(this));
    setStartId(FileId);
}

ConversionWizard::~ConversionWizard()
{
    m_choices.wipeKeys();
}

void ConversionWizard::startFrom(const QString &path, std::optional<KeyMaterial> key,
                                 std::optional<CipherSettings> settings)
{
    m_choices.path = path;
    m_choices.currentKey = std::move(key);
    m_choices.sourceSettings = std::move(settings);
    setField(QStringLiteral("path"), path);
    setStartId(DiagnosisId);
    restart();
}

void ConversionWizard::preferOperation(ConversionKind kind)
{
    m_preferred = kind;
}

void ConversionWizard::requestOpen()
{
    const std::optional<KeyMaterial> key = m_choices.resultKey();
    Q_EMIT openDatabaseRequested(m_choices.path, key.value_or(KeyMaterial()));
}

void ConversionWizard::reject()
{
    // While the job runs the progress dialog owns Cancel (it asks first during the swap).
    if (m_busy)
        return;
    m_choices.wipeKeys();
    QWizard::reject();
}

} // namespace strongroom::ui
