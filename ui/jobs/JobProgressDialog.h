#pragma once

#include "core/JobHandle.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace strongroom::ui {

// The one progress dialog every job uses: its steps, a bar, rate and ETA, an expandable log, Cancel
// (asking first while an irreversible step runs), Pause where the job allows it, and at the end the
// job's report. It never blocks: it is shown with show(), and everything arrives by signals.
class JobProgressDialog : public QDialog
{
    Q_OBJECT
public:
    explicit JobProgressDialog(JobHandle *handle, QWidget *parent = nullptr);

    JobHandle *handle() const { return m_handle; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void jobFinished(const strongroom::JobReport &report);

protected:
    void reject() override;

private:
    void onProgress(const JobProgress &progress);
    void onStep(int step);
    void onFinished(const JobReport &report);
    void requestCancel();
    void cancelNow();
    void refreshStepIcons(const QList<StepReport> &reports);
    void refreshStatus();

    QPointer<JobHandle> m_handle;
    QList<JobStep> m_steps;
    bool m_finished = false;
    bool m_cancelRequested = false;
    JobProgress m_lastProgress;
    // Counts down work that cannot be stopped, which publishes no progress while it runs.
    QTimer *m_countdown;
    QListWidget *m_stepList;
    QProgressBar *m_bar;
    QLabel *m_status;
    QLabel *m_partLabel;
    QProgressBar *m_partBar;
    QPushButton *m_detailsButton;
    QPlainTextEdit *m_log;
    QTextBrowser *m_report;
    QPushButton *m_pauseButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
};

// "12 MiB of 1.0 GiB · 85 MiB/s · about 10 s left", translated; with "cannot be stopped; ends in
// about 4 s" while work that cannot be interrupted runs (counted down from `nowMs`).
QString describeProgress(const JobProgress &progress, qint64 nowMs = QDateTime::currentMSecsSinceEpoch());
// The part of the step now running with its own progress, "Statement 3 of 5: point lookup — 420 of
// 1000", or empty when the step has no parts.
QString describePart(const JobProgress &progress);
// What the dialog says once Cancel was pressed: that the job stops, or when it can.
QString describeCancelling(const JobProgress &progress, qint64 nowMs = QDateTime::currentMSecsSinceEpoch());

} // namespace strongroom::ui
