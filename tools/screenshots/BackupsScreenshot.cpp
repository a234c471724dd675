#include "BackupsScreenshot.h"

#include "backups/BackupHistoryModel.h"
#include "backups/BackupsPage.h"
#include "backups/RestoreWizard.h"
#include "backups/RetentionEditor.h"
#include "core/JobRunner.h"

#include <QAbstractButton>
#include <QTabWidget>

namespace strongroom::ui {

BackupsScreenshot::BackupsScreenshot(BackupsPage *page, JobRunner *runner, QString view, QString restoreFile)
    : QObject(page), m_page(page), m_runner(runner), m_view(std::move(view)),
      m_restoreFile(std::move(restoreFile))
{
    connect(m_page, &BackupsPage::historyLoaded, this, [this] { m_loaded = true; });
}

QStringList BackupsScreenshot::views()
{
    return {QStringLiteral("history"),          QStringLiteral("retention"),
            QStringLiteral("restore-choose"),   QStringLiteral("restore-validate"),
            QStringLiteral("restore-compare"),  QStringLiteral("restore-commit"),
            QStringLiteral("restore-progress"), QStringLiteral("restore-report")};
}

int BackupsScreenshot::targetPage() const
{
    return int(views().indexOf(m_view)) - 2; // restore-choose is RestoreWizard::ChoosePage (0)
}

void BackupsScreenshot::start()
{
    m_started = true;
    if (m_view == QLatin1String("retention"))
        m_page->tabs()->setCurrentWidget(m_page->retention());
    if (targetPage() < 0)
        return;
    const QString backup = !m_restoreFile.isEmpty()            ? m_restoreFile
                           : m_page->history()->rowCount() > 0 ? m_page->history()->pathOf(0)
                                                               : QString();
    m_page->startRestore(backup);
    m_wizard = m_page->restoreWizard();
    m_started = m_wizard != nullptr; // the database may not be open with its key yet: try again
}

QWidget *BackupsScreenshot::ready(QWidget *window)
{
    const bool quiet = m_runner->running().isEmpty();
    m_quietTicks = quiet ? m_quietTicks + 1 : 0;
    if (!m_started) {
        if (m_loaded && m_quietTicks >= 3)
            start();
        return nullptr;
    }
    if (targetPage() < 0)
        return m_quietTicks >= 5 ? window : nullptr;
    if (!m_wizard)
        return nullptr;
    if (m_wizard->currentId() == RestoreWizard::ProgressPage && targetPage() == RestoreWizard::ProgressPage)
        return m_wizard; // caught while the restore runs
    if (m_wizard->currentId() < targetPage()) {
        if (quiet && m_wizard->currentPage()->isComplete()) {
            QAbstractButton *next =
                m_wizard->button(m_wizard->currentId() == RestoreWizard::CommitPage ? QWizard::CommitButton
                                                                                    : QWizard::NextButton);
            next->click();
            m_quietTicks = 0;
        }
        return nullptr;
    }
    return m_quietTicks >= 5 ? m_wizard.data() : nullptr;
}

} // namespace strongroom::ui
