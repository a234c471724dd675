#pragma once

#include "core/JobReport.h"

#include <QPointer>
#include <QTableWidget>

namespace strongroom {
class JobHandle;
}

namespace strongroom::ui {

// A row per part of a running job's step (a benchmark's statements, its workload's phases), each
// with its own bar. The rows come from the step's report (StepReport::parts), not from the latest
// progress alone, so a statement that went by between two updates still shows, complete.
class PartProgressView : public QTableWidget
{
    Q_OBJECT
public:
    explicit PartProgressView(QWidget *parent = nullptr);

    // Shows the parts of `handle`'s steps as it runs, and as they ended.
    void follow(JobHandle *handle);
    void showParts(const QList<JobPart> &parts);
    // The parts as the rows show them (name, done, total).
    QList<JobPart> shownParts() const;

private:
    void showStepsOf(const QList<StepReport> &steps);

    QPointer<JobHandle> m_handle;
};

} // namespace strongroom::ui
