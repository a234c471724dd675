#pragma once

#include "keys/KeyMaterial.h"

#include <QWizard>
#include <QtCrypto>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace strongroom {
class Job;
class JobHandle;
class JobRunner;
struct JobReport;
namespace age {
struct DecryptKeys;
}
namespace postgres {
class PgConnection;
struct PgPassword;
} // namespace postgres
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
// While PostgreSQL runs on the folder, page 1 offers Back Up and Verify: the dashboard's Back Up Now
// (PgBackUpNow), then the level-2 check of `pg verify`; going on without a verified backup needs a
// tick of its own, and the backup made is named in the migration's journal and report.
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
    // Back Up and Verify on page 1 (while PostgreSQL runs on the folder and a connection is given).
    void backUpAndVerify();
    // The dump of the backup verified in this wizard ("" when none was).
    QString verifiedBackup() const { return m_verifiedBackup; }

Q_SIGNALS:
    // A run of the job ended (for tests and the status line).
    void stepFinished(const strongroom::JobReport &report);
    // Back Up and Verify ended: the verification's report, or the backup's when it failed.
    void backupChecked(const strongroom::JobReport &report);

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
    void backUp(const postgres::PgConnection &connection, const postgres::PgPassword &password);
    void verifyBackup(const QString &dump, const age::DecryptKeys &keys);
    void backupEnded(const JobReport &report, const QString &note);
    void updateBackupOffer();
    void setBackupNote(const QString &text);
    JobHandle *startJob(std::shared_ptr<Job> job);

    JobRunner *m_runner;
    JobsIndicator *m_jobs;
    QLineEdit *m_folder;
    QLineEdit *m_image;
    QSpinBox *m_headroom;
    QLineEdit *m_connection; // optional: the running server whose row counts the journal records
    QLineEdit *m_pgStart;    // optional: the service command that starts it on the new location
    QLabel *m_folderNote;
    QPushButton *m_backUp;
    QLabel *m_backupNote;
    QCheckBox *m_withoutBackup;
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
    QString m_verifiedBackup;
    bool m_liveServer = false; // PostgreSQL ran on the folder when it was chosen
    bool m_busy = false;
    bool m_verified = false;
    bool m_switched = false;
};

} // namespace strongroom::ui
