#include "jobs/JobProgressDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace strongroom::ui {

QString describeProgress(const JobProgress &p, qint64 nowMs)
{
    QStringList parts;
    if (p.total > 0)
        parts << JobProgressDialog::tr("%1 of %2")
                     .arg(formatUnits(p.done, p.unit), formatUnits(p.total, p.unit));
    else if (p.done > 0)
        parts << formatUnits(p.done, p.unit);
    if (p.rate > 0)
        parts << formatRate(p.rate, p.unit);
    if (p.etaMs >= 0) {
        const qint64 s = (p.etaMs + 999) / 1000;
        parts << (s < 60 ? JobProgressDialog::tr("about %n s left", nullptr, int(s))
                         : JobProgressDialog::tr("about %n min left", nullptr, int((s + 59) / 60)));
    }
    if (p.suspended)
        parts << JobProgressDialog::tr("paused");
    if (const qint64 ms = p.unstoppableRemainingMs(nowMs); ms > 0)
        parts << JobProgressDialog::tr("cannot be stopped; ends in about %n s", nullptr,
                                       int((ms + 999) / 1000));
    return parts.join(QStringLiteral(" · "));
}

QString describePart(const JobProgress &p)
{
    if (p.partIndex < 0)
        return {};
    const QLocale locale = QLocale::c();
    if (p.part.total > 0)
        return JobProgressDialog::tr("%1 — %2 of %3")
            .arg(p.part.name, locale.toString(p.part.done), locale.toString(p.part.total));
    return p.part.done > 0 ? JobProgressDialog::tr("%1 — %2").arg(p.part.name, locale.toString(p.part.done))
                           : p.part.name;
}

QString describeCancelling(const JobProgress &p, qint64 nowMs)
{
    if (const qint64 ms = p.unstoppableRemainingMs(nowMs); ms > 0)
        return JobProgressDialog::tr("Cancelling: the running step cannot be stopped; it ends in about %n s, "
                                     "then the job stops.",
                                     nullptr, int((ms + 999) / 1000));
    return JobProgressDialog::tr("Cancelling…");
}

JobProgressDialog::JobProgressDialog(JobHandle *handle, QWidget *parent)
    : QDialog(parent), m_handle(handle), m_steps(handle->steps())
{
    setWindowTitle(handle->title());
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(520);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(handle->title().toHtmlEscaped()));
    layout->addWidget(title);

    m_stepList = new QListWidget;
    m_stepList->setFocusPolicy(Qt::NoFocus);
    m_stepList->setSelectionMode(QAbstractItemView::NoSelection);
    for (const JobStep &step : m_steps)
        m_stepList->addItem(step.name);
    m_stepList->setMaximumHeight(std::min(200, 22 * int(m_steps.size()) + 8));
    layout->addWidget(m_stepList);

    m_bar = new QProgressBar;
    m_bar->setRange(0, 1000);
    layout->addWidget(m_bar);
    m_status = new QLabel(tr("Starting…"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    // A step made of parts known only while it runs (a benchmark's statements) shows the part and
    // its own progress under the step's.
    m_partLabel = new QLabel;
    m_partLabel->setObjectName(QStringLiteral("part"));
    m_partLabel->setWordWrap(true);
    m_partLabel->setVisible(false);
    layout->addWidget(m_partLabel);
    m_partBar = new QProgressBar;
    m_partBar->setObjectName(QStringLiteral("partBar"));
    m_partBar->setRange(0, 1000);
    m_partBar->setVisible(false);
    layout->addWidget(m_partBar);
    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &JobProgressDialog::refreshStatus);

    m_detailsButton = new QPushButton(tr("Show &details"));
    m_detailsButton->setCheckable(true);
    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setVisible(false);
    m_log->setMinimumHeight(120);
    connect(m_detailsButton, &QPushButton::toggled, this, [this](bool on) {
        m_log->setVisible(on);
        m_detailsButton->setText(on ? tr("Hide &details") : tr("Show &details"));
    });
    m_report = new QTextBrowser;
    m_report->setVisible(false);
    layout->addWidget(m_report);
    layout->addWidget(m_log);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_detailsButton);
    buttons->addStretch();
    m_pauseButton = new QPushButton(tr("&Pause"));
    m_pauseButton->setVisible(handle->canSuspend());
    m_cancelButton = new QPushButton(tr("&Cancel"));
    m_closeButton = new QPushButton(tr("C&lose"));
    m_closeButton->setVisible(false);
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);

    connect(m_pauseButton, &QPushButton::clicked, this, [this] {
        if (!m_handle)
            return;
        m_handle->setSuspended(!m_handle->isSuspended());
        m_pauseButton->setText(m_handle->isSuspended() ? tr("&Resume") : tr("&Pause"));
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &JobProgressDialog::requestCancel);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);

    connect(handle, &JobHandle::progressChanged, this, &JobProgressDialog::onProgress);
    connect(handle, &JobHandle::stepChanged, this, &JobProgressDialog::onStep);
    connect(handle, &JobHandle::logged, this, [this](const QString &line) { m_log->appendPlainText(line); });
    connect(handle, &JobHandle::finished, this, &JobProgressDialog::onFinished);
    if (handle->isFinished())
        onFinished(handle->report());
}

void JobProgressDialog::refreshStepIcons(const QList<StepReport> &reports)
{
    for (int i = 0; i < m_stepList->count() && i < reports.size(); ++i) {
        QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
        switch (reports[i].state) {
        case StepState::Done:
            icon = QStyle::SP_DialogApplyButton;
            break;
        case StepState::Running:
            icon = QStyle::SP_MediaPlay;
            break;
        case StepState::Failed:
            icon = QStyle::SP_MessageBoxCritical;
            break;
        case StepState::Cancelled:
            icon = QStyle::SP_DialogCancelButton;
            break;
        case StepState::Pending:
            break;
        }
        QListWidgetItem *item = m_stepList->item(i);
        item->setIcon(icon == QStyle::SP_CustomBase ? QIcon() : style()->standardIcon(icon));
        QFont font = item->font();
        font.setBold(reports[i].state == StepState::Running);
        item->setFont(font);
    }
}

void JobProgressDialog::onProgress(const JobProgress &progress)
{
    const double fraction = progress.fraction();
    const int stepCount = std::max(1, int(m_steps.size()));
    if (fraction < 0 && progress.step >= 0) {
        m_bar->setRange(0, 0); // busy indicator while the total is unknown
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(progress.step < 0 ? 0 : int((progress.step + fraction) * 1000 / stepCount));
    }
    m_lastProgress = progress;
    refreshStatus();
    const bool hasPart = progress.partIndex >= 0;
    m_partLabel->setVisible(hasPart);
    m_partBar->setVisible(hasPart);
    if (hasPart) {
        m_partLabel->setText(describePart(progress));
        if (progress.part.total > 0) {
            m_partBar->setRange(0, 1000);
            m_partBar->setValue(
                int(std::clamp(progress.part.done * 1000 / progress.part.total, qint64(0), qint64(1000))));
        } else {
            m_partBar->setRange(0, 0);
        }
    }
    if (progress.unstoppableUntilMs > 0)
        m_countdown->start();
    else
        m_countdown->stop();
    if (m_handle)
        refreshStepIcons(m_handle->stepReports());
}

void JobProgressDialog::refreshStatus()
{
    if (m_finished)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_status->setText(m_cancelRequested ? describeCancelling(m_lastProgress, now)
                                        : describeProgress(m_lastProgress, now));
}

void JobProgressDialog::onStep(int)
{
    if (m_handle)
        refreshStepIcons(m_handle->stepReports());
}

void JobProgressDialog::onFinished(const JobReport &report)
{
    if (m_finished)
        return;
    m_finished = true;
    m_countdown->stop();
    m_partLabel->setVisible(false);
    m_partBar->setVisible(false);
    refreshStepIcons(report.steps);
    m_bar->setRange(0, 1000);
    m_bar->setValue(report.outcome == JobOutcome::Succeeded ? 1000 : m_bar->value());
    switch (report.outcome) {
    case JobOutcome::Succeeded:
        m_status->setText(tr("Finished in %1 s.").arg(report.durationMs() / 1000.0, 0, 'f', 1));
        break;
    case JobOutcome::Cancelled:
        m_status->setText(tr("Cancelled."));
        break;
    case JobOutcome::Failed:
        m_status->setText(tr("Failed."));
        break;
    }
    QString html;
    if (!report.overview.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(report.overview.toHtmlEscaped());
    if (report.error)
        html += QStringLiteral("<p style='color:#b00020'><b>%1</b> %2</p>")
                    .arg(tr("Error:"), report.error->message.toHtmlEscaped());
    if (!report.details.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &d : report.details)
            html += QStringLiteral("<li>%1</li>").arg(d.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_report->setHtml(html);
    m_report->setVisible(!html.isEmpty());
    m_pauseButton->setVisible(false);
    m_cancelButton->setVisible(false);
    m_closeButton->setVisible(true);
    m_closeButton->setDefault(true);
    m_closeButton->setFocus();
    Q_EMIT jobFinished(report);
}

void JobProgressDialog::requestCancel()
{
    if (!m_handle || m_finished)
        return;
    if (!m_handle->runningStepIsIrreversible()) {
        cancelNow();
        return;
    }
    // Asked with open(), not exec(): the dialog keeps updating while the question is shown.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Cancel this step?"),
                        tr("The running step changes data in place. Cancelling now stops it at a safe point, "
                           "and the report will say which state it left. Cancel anyway?"),
                        QMessageBox::Yes | QMessageBox::No, this);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            cancelNow();
    });
    box->open();
}

void JobProgressDialog::cancelNow()
{
    if (!m_handle || m_finished)
        return;
    m_cancelButton->setEnabled(false);
    m_cancelRequested = true;
    refreshStatus();
    m_handle->cancel();
}

void JobProgressDialog::reject()
{
    // Escape or the window's close button: a finished dialog closes, a running job is asked to stop.
    if (m_finished)
        QDialog::reject();
    else
        requestCancel();
}

} // namespace strongroom::ui
