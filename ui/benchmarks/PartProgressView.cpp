#include "benchmarks/PartProgressView.h"

#include "core/JobHandle.h"

#include <QHeaderView>
#include <QLocale>
#include <QProgressBar>
#include <algorithm>
#include <limits>

namespace strongroom::ui {

PartProgressView::PartProgressView(QWidget *parent) : QTableWidget(0, 2, parent)
{
    setHorizontalHeaderLabels({tr("Running"), tr("Progress")});
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
    horizontalHeader()->resizeSection(1, 240);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
}

void PartProgressView::follow(JobHandle *handle)
{
    if (m_handle)
        disconnect(m_handle, nullptr, this, nullptr);
    m_handle = handle;
    showParts({});
    connect(handle, &JobHandle::progressChanged, this, [this] {
        if (m_handle)
            showStepsOf(m_handle->stepReports());
    });
    connect(handle, &JobHandle::finished, this,
            [this](const JobReport &report) { showStepsOf(report.steps); });
}

void PartProgressView::showStepsOf(const QList<StepReport> &steps)
{
    // The step that has parts (a job reports parts in one step: its measurement).
    for (qsizetype i = steps.size() - 1; i >= 0; --i) {
        if (!steps[i].parts.isEmpty()) {
            showParts(steps[i].parts);
            return;
        }
    }
}

void PartProgressView::showParts(const QList<JobPart> &parts)
{
    setRowCount(int(parts.size()));
    const QLocale locale;
    for (int row = 0; row < parts.size(); ++row) {
        const JobPart &part = parts[row];
        QTableWidgetItem *name = item(row, 0);
        if (!name) {
            name = new QTableWidgetItem;
            setItem(row, 0, name);
        }
        name->setText(part.name);
        name->setToolTip(part.name);
        auto *bar = qobject_cast<QProgressBar *>(cellWidget(row, 1));
        if (!bar) {
            bar = new QProgressBar;
            setCellWidget(row, 1, bar);
        }
        // QProgressBar counts in int; the parts' counts (executions, rows) fit, and are clamped anyway.
        const int total = int(std::min<qint64>(part.total, std::numeric_limits<int>::max()));
        const int done = int(std::clamp<qint64>(part.done, 0, std::max(total, 0)));
        bar->setRange(0, total); // 0 to 0: a busy bar while the total is unknown
        bar->setValue(total > 0 ? done : 0);
        bar->setFormat(total > 0 ? tr("%1 of %2").arg(locale.toString(done), locale.toString(total))
                                 : locale.toString(part.done));
    }
    if (!parts.isEmpty())
        scrollToItem(item(int(parts.size()) - 1, 0));
}

QList<JobPart> PartProgressView::shownParts() const
{
    QList<JobPart> parts;
    for (int row = 0; row < rowCount(); ++row) {
        const auto *bar = qobject_cast<const QProgressBar *>(cellWidget(row, 1));
        parts.append(JobPart{item(row, 0) ? item(row, 0)->text() : QString(), bar ? bar->value() : 0,
                             bar ? bar->maximum() : 0});
    }
    return parts;
}

} // namespace strongroom::ui
