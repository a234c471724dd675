#pragma once

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace strongroom {
class JobHandle;
struct JobReport;
} // namespace strongroom

namespace strongroom::ui {

class PgKeyEntry;
class PgRestoreWizard;

// The pages of PgRestoreWizard, in order.
class PgRestorePage : public QWizardPage
{
    Q_OBJECT
protected:
    PgRestoreWizard *restoreWizard() const;
};

// 1. The file, typed or chosen; its format is shown as soon as it is named.
class PgChooseFilePage : public PgRestorePage
{
    Q_OBJECT
public:
    PgChooseFilePage();
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void showFormat();
    QLineEdit *m_file;
    QLabel *m_format;
};

// 2. The key: an identity file or a passphrase; shows why a key was refused.
class PgKeyPage : public PgRestorePage
{
    Q_OBJECT
public:
    PgKeyPage();
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    PgKeyEntry *m_key;
};

// 3. The checks before anything is touched, through the verify job: checksums, header and manifest
// (level 1, or 2 on request) for a Strongroom set; other files are read in full (checkForeignFile:
// .sha256, key, authentication, compression, archive), so a wrong key goes back to the key page.
class PgChecksPage : public PgRestorePage
{
    Q_OBJECT
public:
    PgChecksPage();
    ~PgChecksPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void startCheck(int level);
    void onFinished(const JobReport &report, int level);

    QPointer<JobHandle> m_handle;
    bool m_passed = false;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_fully;
};

// 4. The target: a new database (the name suggested) or an existing one (replaced only with
// --clean confirmed); parallel jobs and their staging folder.
class PgTargetPage : public PgRestorePage
{
    Q_OBJECT
public:
    PgTargetPage();
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void update();
    QRadioButton *m_new;
    QRadioButton *m_existing;
    QLineEdit *m_newName;
    QLineEdit *m_existingName;
    QCheckBox *m_clean;
    QSpinBox *m_jobs;
    QLineEdit *m_staging;
    QPushButton *m_browseStaging;
};

// 5. The plan, the commit page: what will happen, in order, and where plaintext is staged if anywhere.
class PgPlanPage : public PgRestorePage
{
    Q_OBJECT
public:
    PgPlanPage();
    void initializePage() override;

private:
    QLabel *m_text;
};

// 6. The restore job, its progress here and in the job dialog; moves on when it ends.
class PgProgressPage : public PgRestorePage
{
    Q_OBJECT
public:
    PgProgressPage();
    void initializePage() override;
    bool isComplete() const override;

private:
    QPointer<JobHandle> m_handle;
    bool m_finished = false;
    QLabel *m_status;
    QProgressBar *m_progress;
};

// 7. What happened: tables, rows, time, warnings, and every table's count in the backup and now.
class PgReportPage : public PgRestorePage
{
    Q_OBJECT
public:
    PgReportPage();
    void initializePage() override;

private:
    QLabel *m_text;
    QTableWidget *m_comparison;
    QPushButton *m_addConnection;
};

} // namespace strongroom::ui
