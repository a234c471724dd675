#include "jobs/JobsIndicator.h"

#include "jobs/JobProgressDialog.h"

#include <QMenu>

namespace strongroom::ui {

JobsIndicator::JobsIndicator(JobRunner *runner, QWidget *parent) : QToolButton(parent), m_runner(runner)
{
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(runner, &JobRunner::runningChanged, this, &JobsIndicator::updateCount);
    connect(this, &QToolButton::clicked, this, &JobsIndicator::showMenu);
    updateCount(0);
}

void JobsIndicator::updateCount(int running)
{
    setText(running == 0 ? tr("No jobs running") : tr("%n job(s) running", nullptr, running));
    setEnabled(running > 0);
    setToolTip(running == 0 ? QString() : tr("Show the progress of running jobs"));
    for (auto it = m_dialogs.begin(); it != m_dialogs.end();) {
        if (!it.value())
            it = m_dialogs.erase(it);
        else
            ++it;
    }
}

JobProgressDialog *JobsIndicator::showDialog(JobHandle *handle)
{
    QPointer<JobProgressDialog> &dialog = m_dialogs[handle];
    if (!dialog) {
        dialog = new JobProgressDialog(handle, window());
        connect(handle, &QObject::destroyed, this, [this, handle] { m_dialogs.remove(handle); });
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void JobsIndicator::showMenu()
{
    const QList<JobHandle *> running = m_runner->running();
    if (running.size() == 1) {
        showDialog(running.first());
        return;
    }
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (JobHandle *handle : running)
        menu->addAction(handle->title(), this, [this, handle] { showDialog(handle); });
    menu->popup(mapToGlobal(QPoint(0, 0)));
}

} // namespace strongroom::ui
