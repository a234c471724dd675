#pragma once

#include "keys/KeyMaterial.h"

#include <QWizard>
#include <QtCrypto>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace strongroom {
class JobRunner;
struct JobReport;
} // namespace strongroom

namespace strongroom::ui {

class JobsIndicator;
class NewPassphraseField;
class PbkdfSettingsEditor;

// The console's way to move a folder (a PostgreSQL data directory, or any other) into a new encrypted
// volume: the same MigrateDirJob as `volume migrate-dir`. Page 1 names the folder and the image (a
// running PostgreSQL on the folder is said at once, with how to stop it); page 2 the passphrase, its
// key-derivation costs and the recovery key, shown before anything is made; page 3 builds, encrypts
// and verifies (Build and Verify), then, only on its own button, switches over (the folder renamed
// to FOLDER.before-migration-TIMESTAMP, the crypttab and fstab lines shown) and can roll back. A
// closed wizard leaves a journal beside the image; opening it again on the same image resumes.
class MigrateDirWizard : public QWizard
{
    Q_OBJECT

public:
    MigrateDirWizard(JobRunner *runner, JobsIndicator *jobs, QWidget *parent = nullptr);
    ~MigrateDirWizard() override;

    void setFolder(const QString &folder);
    void setImage(const QString &image);
    // What the buttons of page 3 run.
    void buildAndVerify();
    void switchOver();
    void rollBack();

Q_SIGNALS:
    // A run of the job ended (for tests and the status line).
    void stepFinished(const strongroom::JobReport &report);

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    void chooseFolder();
    void chooseImage();
    void describeFolder();
    void runMigration(bool switching);
    void showResult(const JobReport &report, bool switching);
    void updateButtons();

    JobRunner *m_runner;
    JobsIndicator *m_jobs;
    QLineEdit *m_folder;
    QLineEdit *m_image;
    QSpinBox *m_headroom;
    QLineEdit *m_connection; // optional: the running server whose row counts the journal records
    QLineEdit *m_pgStart;    // optional: the service command that starts it on the new location
    QLabel *m_folderNote;
    NewPassphraseField *m_passphrase;
    PbkdfSettingsEditor *m_pbkdf;
    QLabel *m_recoveryText;
    QCheckBox *m_recoveryNoted;
    QLabel *m_status;
    QPlainTextEdit *m_result;
    QPushButton *m_build;
    QPushButton *m_switch;
    QPushButton *m_rollBack;
    KeyMaterial m_key;
    QCA::SecureArray m_recoveryKey;
    bool m_busy = false;
    bool m_verified = false;
    bool m_switched = false;
};

} // namespace strongroom::ui
