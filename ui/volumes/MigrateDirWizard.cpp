#include "volumes/MigrateDirWizard.h"

#include "core/JobHandle.h"
#include "core/JobReport.h"
#include "core/JobRunner.h"
#include "jobs/JobsIndicator.h"
#include "keys/Keyring.h"
#include "migration/MigrateDirJob.h"
#include "migration/MigrationRollbackJob.h"
#include "migration/SourceTree.h"
#include "pgbackup/PgVerifyJob.h"
#include "postgres/PgBackUpNow.h"
#include "postgres/PgKeyEntry.h"
#include "postgres/PgSavedConnections.h"
#include "volumes/PbkdfSettingsEditor.h"
#include "volumes/RecoveryKey.h"
#include "widgets/NewPassphraseField.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWizardPage>

namespace strongroom::ui {

namespace {
enum Page
{
    WhatPage,
    KeyPage,
    WorkPage
};

// A wrapped label in a wizard page's form gets one line's height otherwise; its notes take up to `lines`.
void reserveLines(QLabel *label, int lines)
{
    label->setMinimumHeight(label->text().isEmpty() ? 0 : label->fontMetrics().lineSpacing() * lines + 4);
}

// A page whose mandatory fields the wizard registers while it builds the page.
class MigratePage : public QWizardPage
{
public:
    using QWizardPage::registerField;
};
} // namespace

MigrateDirWizard::MigrateDirWizard(JobRunner *runner, JobsIndicator *jobs, QWidget *parent)
    : QWizard(parent), m_runner(runner), m_jobs(jobs)
{
    setObjectName(QStringLiteral("migrateDirWizard"));
    setWindowTitle(tr("Move a Folder into an Encrypted Volume"));
    setOption(QWizard::NoBackButtonOnLastPage);

    auto *what = new MigratePage;
    what->setTitle(tr("Folder and image"));
    what->setSubTitle(tr("The folder's files are copied into a new ext4 file system inside a LUKS2 image, "
                         "encrypted and verified file by file. Nothing needs root or device-mapper, and the "
                         "folder stays untouched until you switch over."));
    auto *whatForm = new QFormLayout(what);
    m_folder = new QLineEdit;
    m_folder->setObjectName(QStringLiteral("migrateFolder"));
    auto *folderButton = new QPushButton(tr("Choose…"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(folderButton);
    whatForm->addRow(tr("Folder:"), folderRow);
    m_image = new QLineEdit;
    m_image->setObjectName(QStringLiteral("migrateImage"));
    auto *imageButton = new QPushButton(tr("Choose…"));
    auto *imageRow = new QHBoxLayout;
    imageRow->addWidget(m_image, 1);
    imageRow->addWidget(imageButton);
    whatForm->addRow(tr("New image:"), imageRow);
    m_headroom = new QSpinBox;
    m_headroom->setObjectName(QStringLiteral("migrateHeadroom"));
    m_headroom->setRange(0, 1000);
    m_headroom->setValue(20);
    m_headroom->setSuffix(tr(" %"));
    whatForm->addRow(tr("Free room:"), m_headroom);
    m_connection = new QLineEdit;
    m_connection->setObjectName(QStringLiteral("migrateConnection"));
    m_connection->setPlaceholderText(tr("host=/run/postgresql dbname=shop (password from ~/.pgpass)"));
    m_connection->setToolTip(tr("While the server still runs, its exact row counts are recorded in the "
                                "journal for the comparison after the move; then stop it."));
    whatForm->addRow(tr("PostgreSQL connection:"), m_connection);
    m_pgStart = new QLineEdit;
    m_pgStart->setObjectName(QStringLiteral("migratePgStart"));
    m_pgStart->setPlaceholderText(QStringLiteral("pg_ctlcluster 17 main start"));
    m_pgStart->setToolTip(tr("After the switch-over, once the volume is mounted at the folder: the command "
                             "that starts PostgreSQL (run without a shell). The server's exact row counts "
                             "are then compared with those recorded before the move."));
    whatForm->addRow(tr("Start command:"), m_pgStart);
    m_folderNote = new QLabel;
    m_folderNote->setObjectName(QStringLiteral("migrateFolderNote"));
    m_folderNote->setWordWrap(true);
    m_folderNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    whatForm->addRow(m_folderNote);
    m_backUp = new QPushButton(tr("Back Up and Verify…"));
    m_backUp->setObjectName(QStringLiteral("migrateBackUp"));
    m_backUp->setToolTip(tr("Back Up Now of the PostgreSQL page for the connection above, then the "
                            "backup read back in full (pg verify --level 2), before the server is stopped."));
    auto *backUpRow = new QHBoxLayout;
    backUpRow->addWidget(m_backUp);
    backUpRow->addStretch(1);
    whatForm->addRow(backUpRow);
    m_backupNote = new QLabel;
    m_backupNote->setObjectName(QStringLiteral("migrateBackupNote"));
    m_backupNote->setWordWrap(true);
    m_backupNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_backupNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    whatForm->addRow(m_backupNote);
    m_withoutBackup = new QCheckBox(tr("Go on without a backup"));
    m_withoutBackup->setObjectName(QStringLiteral("migrateWithoutBackup"));
    whatForm->addRow(m_withoutBackup);
    what->registerField(QStringLiteral("folder*"), m_folder);
    what->registerField(QStringLiteral("image*"), m_image);
    setPage(WhatPage, what);

    auto *keyPage = new MigratePage;
    keyPage->setTitle(tr("Passphrase and recovery key"));
    keyPage->setSubTitle(tr("The passphrase opens the volume in slot 0. The recovery key below goes into "
                            "slot 1: write it down now and keep it apart from the volume."));
    auto *keyLayout = new QVBoxLayout(keyPage);
    m_passphrase = new NewPassphraseField;
    keyLayout->addWidget(m_passphrase);
    m_pbkdf = new PbkdfSettingsEditor(runner);
    keyLayout->addWidget(m_pbkdf);
    m_recoveryText = new QLabel;
    m_recoveryText->setObjectName(QStringLiteral("migrateRecoveryKey"));
    m_recoveryText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recoveryText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    keyLayout->addWidget(m_recoveryText);
    m_recoveryNoted = new QCheckBox(tr("I have written down the recovery key."));
    m_recoveryNoted->setObjectName(QStringLiteral("migrateRecoveryNoted"));
    keyLayout->addWidget(m_recoveryNoted);
    keyPage->registerField(QStringLiteral("recoveryNoted*"), m_recoveryNoted);
    setPage(KeyPage, keyPage);

    auto *work = new QWizardPage;
    work->setTitle(tr("Build, verify, switch over"));
    work->setSubTitle(tr("Build and Verify makes the volume and compares every file with the folder. Switch "
                         "Over renames the folder to FOLDER.before-migration-TIMESTAMP (it is never deleted) "
                         "and leaves an empty mount point in its place."));
    auto *workLayout = new QVBoxLayout(work);
    auto *buttons = new QHBoxLayout;
    m_build = new QPushButton(tr("Build and Verify"));
    m_build->setObjectName(QStringLiteral("migrateBuild"));
    m_switch = new QPushButton(tr("Switch Over…"));
    m_switch->setObjectName(QStringLiteral("migrateSwitch"));
    m_rollBack = new QPushButton(tr("Roll Back"));
    m_rollBack->setObjectName(QStringLiteral("migrateRollBack"));
    buttons->addWidget(m_build);
    buttons->addWidget(m_switch);
    buttons->addWidget(m_rollBack);
    buttons->addStretch(1);
    workLayout->addLayout(buttons);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("migrateStatus"));
    m_status->setWordWrap(true);
    // A wrapped label in a wizard page gets one line's height otherwise; overviews take up to three.
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3 + 4);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    workLayout->addWidget(m_status);
    m_result = new QPlainTextEdit;
    m_result->setObjectName(QStringLiteral("migrateResult"));
    m_result->setReadOnly(true);
    m_result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    workLayout->addWidget(m_result, 1);
    setPage(WorkPage, work);

    connect(folderButton, &QPushButton::clicked, this, &MigrateDirWizard::chooseFolder);
    connect(imageButton, &QPushButton::clicked, this, &MigrateDirWizard::chooseImage);
    connect(m_folder, &QLineEdit::textChanged, this, &MigrateDirWizard::describeFolder);
    connect(m_connection, &QLineEdit::textChanged, this, &MigrateDirWizard::updateBackupOffer);
    connect(m_backUp, &QPushButton::clicked, this, &MigrateDirWizard::backUpAndVerify);
    connect(m_build, &QPushButton::clicked, this, &MigrateDirWizard::buildAndVerify);
    connect(m_switch, &QPushButton::clicked, this, [this] {
        auto *confirm = new QMessageBox(QMessageBox::Question, tr("Switch Over"),
                                        tr("Rename %1 to %1.before-migration-TIMESTAMP and leave an empty "
                                           "mount point in its place? Whatever "
                                           "uses the folder must then find the volume mounted there.")
                                            .arg(m_folder->text()),
                                        QMessageBox::Yes | QMessageBox::Cancel, this);
        confirm->setObjectName(QStringLiteral("migrateSwitchConfirm"));
        confirm->setAttribute(Qt::WA_DeleteOnClose);
        connect(confirm, &QMessageBox::accepted, this, &MigrateDirWizard::switchOver);
        confirm->open();
    });
    connect(m_rollBack, &QPushButton::clicked, this, &MigrateDirWizard::rollBack);
    updateButtons();
}

MigrateDirWizard::~MigrateDirWizard()
{
    m_key.wipe();
    m_recoveryKey.clear();
}

void MigrateDirWizard::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void MigrateDirWizard::setImage(const QString &image)
{
    m_image->setText(image);
}

void MigrateDirWizard::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Folder to Move"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &MigrateDirWizard::setFolder);
    dialog->open();
}

void MigrateDirWizard::chooseImage()
{
    auto *dialog = new QFileDialog(this, tr("New Volume Image"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &MigrateDirWizard::setImage);
    dialog->open();
}

void MigrateDirWizard::describeFolder()
{
    // A backup made for another folder says nothing about this one.
    m_verifiedBackup.clear();
    setBackupNote({});
    m_liveServer = false;
    const QString folder = m_folder->text();
    if (!QFileInfo(folder).isDir()) {
        m_folderNote->clear();
        reserveLines(m_folderNote, 3);
        updateBackupOffer();
        return;
    }
    const migration::PostgresState pg = migration::postgresState(folder);
    m_liveServer = pg.livePid > 0;
    if (pg.livePid > 0)
        m_folderNote->setText(
            tr("PostgreSQL %1 is running on this folder (PID %2). With its connection above, Back Up and "
               "Verify makes a verified backup first, and Build and Verify records the exact row counts. "
               "Then stop the server: %3")
                .arg(pg.version)
                .arg(pg.livePid)
                .arg(pg.howToStop(folder)));
    else if (pg.isDataDirectory())
        m_folderNote->setText(tr("A PostgreSQL %1 data directory; the server is stopped.").arg(pg.version));
    else
        m_folderNote->clear();
    reserveLines(m_folderNote, 3);
    updateBackupOffer();
}

void MigrateDirWizard::setBackupNote(const QString &text)
{
    m_backupNote->setText(text);
    reserveLines(m_backupNote, 2);
}

void MigrateDirWizard::updateBackupOffer()
{
    m_backUp->setVisible(m_liveServer && !m_connection->text().trimmed().isEmpty());
    m_backUp->setEnabled(!m_busy);
    m_withoutBackup->setVisible(m_liveServer && m_verifiedBackup.isEmpty());
}

void MigrateDirWizard::backUpAndVerify()
{
    if (m_busy)
        return;
    auto connection = postgres::PgConnection::parse(m_connection->text().trimmed());
    if (!connection) {
        setBackupNote(connection.error().message);
        return;
    }
    // The password the Databases section keeps in the keyring for this connection, as its dashboard
    // reads it; without one, libpq's ~/.pgpass (as for the row counts).
    for (const SavedPgConnection &saved : pgsaved::load()) {
        if (saved.conninfo != connection->conninfo() || !saved.passwordInKeyring || !Keyring::isAvailable())
            continue;
        Keyring().read(connection->keyringAccount(), this, [this, c = *connection](Result<KeyMaterial> key) {
            backUp(c, key ? postgres::PgPassword{*key, tr("the keyring")} : postgres::PgPassword{});
        });
        return;
    }
    backUp(*connection, {});
}

void MigrateDirWizard::backUp(const postgres::PgConnection &connection, const postgres::PgPassword &password)
{
    auto *run = new PgBackUpNow(
        connection.displayName(), connection, password,
        [this](std::shared_ptr<Job> job) { return startJob(std::move(job)); }, this);
    connect(run, &PgBackUpNow::finished, this, [this, run](const JobReport &report, const QString &) {
        if (report.outcome == JobOutcome::Cancelled) {
            backupEnded(report, tr("The backup was cancelled; nothing was kept."));
            return;
        }
        if (report.error) {
            backupEnded(report, tr("The backup failed: %1").arg(report.error->message));
            return;
        }
        const QString dump = report.data.value(QStringLiteral("dump")).toString();
        if (const std::optional<KeyMaterial> passphrase = run->passphrase()) {
            age::DecryptKeys keys;
            keys.passphrase = passphrase;
            verifyBackup(dump, keys);
            return;
        }
        // Encrypted to recipients: reading it back needs the identity, which this machine may not hold.
        m_busy = false;
        setBackupNote(tr("Backup made: %1. Give its key to verify it.").arg(dump));
        updateButtons();
        PgKeyEntry::ask(this, QFileInfo(dump).fileName(), false,
                        [this, dump](const age::DecryptKeys &keys) { verifyBackup(dump, keys); });
    });
    setBackupNote({});
    run->open();
}

void MigrateDirWizard::verifyBackup(const QString &dump, const age::DecryptKeys &keys)
{
    pgbackup::PgVerifyRequest request;
    request.file = dump;
    request.keys = keys;
    request.level = 2;
    setBackupNote(tr("Verifying %1…").arg(dump));
    connect(startJob(std::make_shared<pgbackup::PgVerifyJob>(std::move(request))), &JobHandle::finished, this,
            [this, dump](const JobReport &report) {
                if (report.outcome == JobOutcome::Cancelled) {
                    backupEnded(report, tr("Verification cancelled; %1 is not verified.").arg(dump));
                } else if (report.error) {
                    backupEnded(report,
                                tr("The backup %1 did not verify: %2").arg(dump, report.error->message));
                } else {
                    m_verifiedBackup = dump;
                    backupEnded(report, tr("Verified backup: %1 (level 2, %2)")
                                            .arg(dump, QLocale().toString(QDateTime::currentDateTime(),
                                                                          QLocale::ShortFormat)));
                }
            });
}

void MigrateDirWizard::backupEnded(const JobReport &report, const QString &note)
{
    m_busy = false;
    setBackupNote(note);
    updateButtons();
    Q_EMIT backupChecked(report);
}

JobHandle *MigrateDirWizard::startJob(std::shared_ptr<Job> job)
{
    m_busy = true;
    updateButtons();
    JobHandle *handle = m_runner->start(std::move(job));
    if (m_jobs)
        m_jobs->showDialog(handle);
    return handle;
}

bool MigrateDirWizard::validateCurrentPage()
{
    // A backup is the default path: going on without one while the server runs takes a tick of its own.
    if (currentId() == WhatPage && m_liveServer && m_verifiedBackup.isEmpty() &&
        !m_withoutBackup->isChecked()) {
        setBackupNote(tr("PostgreSQL runs on this folder and no backup was verified here. Back Up and "
                         "Verify first, or tick “Go on without a backup”."));
        return false;
    }
    if (currentId() == KeyPage) {
        if (!m_passphrase->isAcceptable())
            return false;
        m_key = KeyMaterial(m_passphrase->passphrase());
        m_passphrase->clear();
    }
    return QWizard::validateCurrentPage();
}

void MigrateDirWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == KeyPage && m_recoveryKey.isEmpty()) {
        m_recoveryKey = recoverykey::generate();
        m_recoveryText->setText(QString::fromLatin1(m_recoveryKey.toByteArray()));
    }
    updateButtons();
}

void MigrateDirWizard::buildAndVerify()
{
    runMigration(false);
}

void MigrateDirWizard::switchOver()
{
    runMigration(true);
}

void MigrateDirWizard::runMigration(bool switching)
{
    if (m_busy || m_key.isEmpty())
        return;
    migration::MigrateDirJob::Request request;
    request.folder = m_folder->text();
    request.image = m_image->text();
    request.headroomPercent = m_headroom->value();
    request.params.pbkdf = m_pbkdf->settings();
    request.key = m_key;
    request.chosenRecoveryKey = m_recoveryKey;
    request.switchOver = switching;
    request.verifiedBackup = m_verifiedBackup;
    if (!m_connection->text().trimmed().isEmpty()) {
        auto connection = postgres::PgConnection::parse(m_connection->text().trimmed());
        if (!connection) {
            m_status->setText(connection.error().message);
            return;
        }
        request.rowCounts = postgres::PgInfoJob::Request{*connection, {}, true};
    }
    request.pgStartCommand = QProcess::splitCommand(m_pgStart->text().trimmed());
    auto job = std::make_shared<migration::MigrateDirJob>(request);
    m_busy = true;
    updateButtons();
    m_status->setText(switching ? tr("Switching over…") : tr("Building, encrypting and verifying…"));
    JobHandle *handle = m_runner->start(job);
    if (m_jobs)
        m_jobs->showDialog(handle);
    connect(handle, &JobHandle::finished, this, [this, job, switching](const JobReport &report) {
        m_busy = false;
        if (!job->recoveryKey().isEmpty() && job->recoveryKey() != m_recoveryKey)
            m_recoveryText->setText(QString::fromLatin1(job->recoveryKey().toByteArray()));
        showResult(report, switching);
        updateButtons();
        Q_EMIT stepFinished(report);
    });
}

void MigrateDirWizard::showResult(const JobReport &report, bool switching)
{
    QStringList lines = report.details;
    if (report.outcome == JobOutcome::Cancelled) {
        m_status->setText(tr("Cancelled. Build and Verify continues where it stopped."));
    } else if (report.error) {
        m_status->setText(report.error->message);
        for (const QJsonValue &d : report.data.value(QStringLiteral("differences")).toArray())
            if (!lines.contains(d.toString()))
                lines.append(d.toString());
    } else {
        m_status->setText(report.overview);
        m_verified = true;
        m_switched = report.data.value(QStringLiteral("switched")).toBool();
        if (report.data.contains(QStringLiteral("crypttab")))
            lines << QString() << tr("/etc/crypttab:")
                  << report.data.value(QStringLiteral("crypttab")).toString() << tr("/etc/fstab:")
                  << report.data.value(QStringLiteral("fstab")).toString() << QString()
                  << tr("or instead of the fstab line, /etc/systemd/system/%1:")
                         .arg(report.data.value(QStringLiteral("mount_unit_name")).toString())
                  << report.data.value(QStringLiteral("mount_unit")).toString();
    }
    if (switching && m_switched)
        lines.prepend(tr("Switched over. Mount the volume at the folder before starting what uses it."));
    m_result->setPlainText(lines.join(QLatin1Char('\n')));
}

void MigrateDirWizard::rollBack()
{
    if (m_busy)
        return;
    m_busy = true;
    updateButtons();
    JobHandle *handle =
        m_runner->start(std::make_shared<migration::MigrationRollbackJob>(m_folder->text(), m_image->text()));
    if (m_jobs)
        m_jobs->showDialog(handle);
    connect(handle, &JobHandle::finished, this, [this](const JobReport &report) {
        m_busy = false;
        if (report.error) {
            m_status->setText(report.error->message);
        } else {
            m_status->setText(report.overview);
            m_switched = false;
            m_verified = false;
        }
        updateButtons();
        Q_EMIT stepFinished(report);
    });
}

void MigrateDirWizard::updateButtons()
{
    m_build->setEnabled(!m_busy && !m_switched);
    m_switch->setEnabled(!m_busy && m_verified && !m_switched);
    m_rollBack->setEnabled(!m_busy && m_switched);
    button(QWizard::FinishButton)->setEnabled(!m_busy);
    button(QWizard::CancelButton)->setEnabled(!m_busy);
    updateBackupOffer();
}

} // namespace strongroom::ui
