#pragma once

#include "core/JobRunner.h"

#include <QHash>
#include <QPointer>
#include <QToolButton>

namespace strongroom::ui {

class JobProgressDialog;

// The status-bar button that counts running jobs and reopens their progress dialogs. Every job the
// window starts goes through show(), so a closed dialog can always be found again here.
class JobsIndicator : public QToolButton
{
    Q_OBJECT
public:
    explicit JobsIndicator(JobRunner *runner, QWidget *parent = nullptr);

    // Shows (or raises) the progress dialog of a job.
    JobProgressDialog *showDialog(JobHandle *handle);

private:
    void updateCount(int running);
    void showMenu();

    JobRunner *m_runner;
    QHash<JobHandle *, QPointer<JobProgressDialog>> m_dialogs;
};

} // namespace strongroom::ui
