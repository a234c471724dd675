#pragma once

#include <QPointer>
#include <QWizardPage>

class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace strongroom {
class JobHandle;
struct JobReport;
} // namespace strongroom

namespace strongroom::ui {

class SecretLineEdit;

class ComparisonView;
class RestoreWizard;

// 1. A backup from the history, or any file: typed, chosen in a file dialog or dropped here.
class ChooseBackupPage : public QWizardPage
{
    Q_OBJECT
public:
    ChooseBackupPage();
    void initializePage() override;
    bool isComplete() const override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    RestoreWizard *restoreWizard() const;
    void updateChoice();
    void browse();

    QRadioButton *m_fromHistory;
    QRadioButton *m_fromFile;
    QTreeWidget *m_history;
    QLineEdit *m_file;
    QPushButton *m_browse;
};

// 2. Validation in a job: valid, wrong key (then the backup's key is asked for and checked again),
// or damaged / not a database, with the reason.
class ValidationPage : public QWizardPage
{
    Q_OBJECT
public:
    ValidationPage();
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    RestoreWizard *restoreWizard() const;
    void startValidation();
    void onFinished(const JobReport &report);
    void showResult(const QString &icon, const QString &text);

    QPointer<JobHandle> m_handle;
    bool m_valid = false;
    bool m_fullCheck = false; // every page and integrity_check, even for a sealed history entry
    QLabel *m_status;
    QProgressBar *m_progress;
    QWidget *m_keyRow;
    SecretLineEdit *m_backupKey;
    QPushButton *m_retry;
    QPushButton *m_checkFully;
};

// 3. The live database and the backup side by side, table by table.
class ComparisonPage : public QWizardPage
{
    Q_OBJECT
public:
    ComparisonPage();
    void initializePage() override;

private:
    QLabel *m_notes;
    ComparisonView *m_view;
};

// 4. The commit page: names the database to be replaced and the pre-restore backup to be made.
class ConfirmRestorePage : public QWizardPage
{
    Q_OBJECT
public:
    ConfirmRestorePage();
    void initializePage() override;

private:
    QLabel *m_text;
};

// 5. The restore job, its progress in the job progress dialog and here; moves on when it ends.
class RestoreProgressPage : public QWizardPage
{
    Q_OBJECT
public:
    RestoreProgressPage();
    void initializePage() override;
    bool isComplete() const override;

private:
    QPointer<JobHandle> m_handle;
    bool m_finished = false;
    QLabel *m_status;
    QProgressBar *m_progress;
};

// 6. What happened: the restored database, the pre-restore backup, or why nothing was replaced.
class RestoreReportPage : public QWizardPage
{
    Q_OBJECT
public:
    RestoreReportPage();
    void initializePage() override;

private:
    QLabel *m_text;
};

} // namespace strongroom::ui
