#include "core/FileHashJob.h"
#include "core/JobContext.h"
#include "core/JobRunner.h"
#include "jobs/JobProgressDialog.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QtCrypto>

using namespace strongroom;
using namespace strongroom::ui;

namespace {

// Two steps, the second irreversible, each long enough to be watched and cancelled.
class TwoStepJob : public Job
{
public:
    QString title() const override { return QStringLiteral("Two steps"); }
    QList<JobStep> steps() const override
    {
        return {{QStringLiteral("Read")}, {QStringLiteral("Swap"), true}};
    }
    void run(JobContext &context) override
    {
        for (int step = 0; step < 2; ++step) {
            context.startStep(step, 100, ProgressUnit::Pages);
            for (int i = 1; i <= 100; ++i) {
                if (context.isCancelled())
                    return;
                QThread::msleep(10);
                context.setProgress(i);
            }
        }
        context.setOverview(QStringLiteral("Both steps done."));
    }
};

// One step of work that cannot be interrupted (as a scrypt derivation), declared with its duration;
// a cancel asked meanwhile is honoured right after it.
class UnstoppableJob : public Job
{
public:
    QString title() const override { return QStringLiteral("Derive"); }
    QList<JobStep> steps() const override { return {{QStringLiteral("Derive the key")}}; }
    void run(JobContext &context) override
    {
        context.startStep(0);
        context.beginUnstoppable(3000);
        QThread::msleep(1500);
        context.endUnstoppable();
        if (context.isCancelled())
            return;
        context.setOverview(QStringLiteral("Derived."));
    }
};

QPushButton *buttonWithText(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>())
        if (b->text() == text && b->isVisible())
            return b;
    return nullptr;
}

} // namespace

class TestJobProgressDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEveryStepAndTheReportAtTheEnd()
    {
        JobRunner runner;
        JobHandle *handle = runner.start(std::make_shared<TwoStepJob>());
        auto *dialog = new JobProgressDialog(handle);
        dialog->show();
        QCOMPARE(dialog->findChild<QListWidget *>()->count(), 2);
        QSignalSpy finished(dialog, &JobProgressDialog::jobFinished);
        QVERIFY(finished.wait(10000));
        QVERIFY(dialog->isFinished());
        QVERIFY(
            dialog->findChild<QTextBrowser *>()->toPlainText().contains(QStringLiteral("Both steps done.")));
        QVERIFY(buttonWithText(dialog, QStringLiteral("C&lose")));
        QVERIFY(!buttonWithText(dialog, QStringLiteral("&Cancel")));
        dialog->close();
    }

    void cancelDuringAReversibleStepStopsAtOnce()
    {
        JobRunner runner;
        JobHandle *handle = runner.start(std::make_shared<TwoStepJob>());
        QPointer<JobProgressDialog> dialog = new JobProgressDialog(handle);
        dialog->show();
        QTRY_VERIFY(handle->progress().step == 0 && handle->progress().done > 0);
        QSignalSpy finished(dialog.data(), &JobProgressDialog::jobFinished);
        buttonWithText(dialog, QStringLiteral("&Cancel"))->click();
        QVERIFY(finished.wait(2000));
        QCOMPARE(finished.first().first().value<JobReport>().outcome, JobOutcome::Cancelled);
        dialog->close();
    }

    void cancelDuringAnIrreversibleStepAsksFirst()
    {
        JobRunner runner;
        JobHandle *handle = runner.start(std::make_shared<TwoStepJob>());
        QPointer<JobProgressDialog> dialog = new JobProgressDialog(handle);
        dialog->show();
        QTRY_VERIFY_WITH_TIMEOUT(handle->progress().step == 1, 5000);
        buttonWithText(dialog, QStringLiteral("&Cancel"))->click();
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = dialog->findChild<QMessageBox *>()) != nullptr);
        // Answering "No" lets the job go on to its end.
        question->button(QMessageBox::No)->click();
        QSignalSpy finished(dialog.data(), &JobProgressDialog::jobFinished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<JobReport>().outcome, JobOutcome::Succeeded);
        dialog->close();
    }

    void cancelDuringUnstoppableWorkSaysWhenTheJobWillStop()
    {
        JobRunner runner;
        JobHandle *handle = runner.start(std::make_shared<UnstoppableJob>());
        QPointer<JobProgressDialog> dialog = new JobProgressDialog(handle);
        dialog->show();
        QTRY_VERIFY_WITH_TIMEOUT(handle->progress().unstoppableUntilMs > 0, 5000);
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("status"));
        QVERIFY(status);
        QTRY_VERIFY2(status->text().contains(QStringLiteral("cannot be stopped; ends in about")),
                     qPrintable(status->text()));
        QSignalSpy finished(dialog.data(), &JobProgressDialog::jobFinished);
        buttonWithText(dialog, QStringLiteral("&Cancel"))->click();
        QVERIFY2(status->text().startsWith(QStringLiteral("Cancelling: the running step cannot be stopped")),
                 qPrintable(status->text()));
        QVERIFY(finished.wait(10000));
        // Cancel is honoured as soon as the unstoppable work returns: the job never reached its end.
        const JobReport report = finished.first().first().value<JobReport>();
        QCOMPARE(report.outcome, JobOutcome::Cancelled);
        QVERIFY2(!report.overview.contains(QStringLiteral("Derived.")), qPrintable(report.overview));
        dialog->close();
    }

    void describeProgressCountsDownUnstoppableWork()
    {
        JobProgress progress;
        progress.step = 0;
        progress.unstoppableUntilMs = 1'000'000 + 4200;
        QCOMPARE(describeProgress(progress, 1'000'000),
                 QStringLiteral("cannot be stopped; ends in about 5 s"));
        // Past its estimate it still runs: "about 1 s", never zero or negative.
        QCOMPARE(describeProgress(progress, 1'000'000 + 9000),
                 QStringLiteral("cannot be stopped; ends in about 1 s"));
        progress.unstoppableUntilMs = 0;
        QCOMPARE(describeProgress(progress, 1'000'000), QString());
        QCOMPARE(describeCancelling(progress, 1'000'000), QStringLiteral("Cancelling…"));
    }

    // A step made of parts known only while it runs (a benchmark's statements) shows the part
    // running with its own count; a step without parts shows nothing extra.
    void describePartNamesThePartAndItsCount()
    {
        JobProgress progress;
        progress.step = 1;
        QCOMPARE(describePart(progress), QString());
        progress.partIndex = 2;
        progress.partCount = 5;
        progress.part = JobPart{QStringLiteral("Statement 3 of 5: point-lookup"), 420, 1000};
        QCOMPARE(describePart(progress), QStringLiteral("Statement 3 of 5: point-lookup — 420 of 1000"));
        progress.part.total = 0; // unknown
        QCOMPARE(describePart(progress), QStringLiteral("Statement 3 of 5: point-lookup — 420"));
        progress.part.done = 0;
        QCOMPARE(describePart(progress), QStringLiteral("Statement 3 of 5: point-lookup"));
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer init;
    QApplication app(argc, argv);
    TestJobProgressDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestJobProgressDialog.moc"
