#include "backups/BackupsPage.h"

#include "backup/BackupCatalog.h"
#include "backup/CompareBackupJob.h"
#include "backup/CreateBackupJob.h"
#include "backup/ListBackupsJob.h"
#include "backup/RemoveBackupsJob.h"
#include "backup/VerifyBackupJob.h"
#include "backups/BackupHistoryModel.h"
#include "backups/ComparisonView.h"
#include "backups/ConfirmDeletion.h"
#include "backups/RestoreWizard.h"
#include "backups/RetentionEditor.h"
#include "core/JobRunner.h"
#include "dashboard/DatabaseDashboard.h"
#include "dashboard/KeyDialog.h"
#include "jobs/JobsIndicator.h"
#include "pages/DatabasesPage.h"
#include "sqlcipher/DatabaseSession.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace strongroom::ui {

BackupsPage::BackupsPage(DatabasesPage *databases, JobRunner *runner, JobsIndicator *jobs, QWidget *parent)
    : QWidget(parent), m_databases(databases), m_runner(runner), m_jobs(jobs)
{
    auto *outer = new QVBoxLayout(this);
    m_stack = new QStackedWidget;
    outer->addWidget(m_stack);

    // Nothing open yet.
    auto *empty = new QWidget;
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    auto *emptyText =
        new QLabel(tr("<h2>No database open</h2><p>Open an encrypted database on the Databases page; "
                      "its backups, their history and the retention policy are shown here.</p>"));
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addStretch();
    m_stack->addWidget(empty);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *databaseLabel = new QLabel(tr("&Database:"));
    m_database = new QComboBox;
    m_database->setObjectName(QStringLiteral("databaseCombo"));
    m_database->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    databaseLabel->setBuddy(m_database);
    top->addWidget(databaseLabel);
    top->addWidget(m_database);
    m_folderLabel = new QLabel;
    m_folderLabel->setObjectName(QStringLiteral("historyFolder"));
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_folderLabel, 1);
    layout->addLayout(top);
    m_keyHint = new QLabel;
    m_keyHint->setWordWrap(true);
    m_keyHint->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    layout->addWidget(m_keyHint);

    m_tabs = new QTabWidget;
    auto *historyTab = new QWidget;
    auto *historyLayout = new QVBoxLayout(historyTab);
    auto *buttons = new QHBoxLayout;
    m_backUp = new QPushButton(QIcon(QStringLiteral(":/icons/sections/backups.svg")), tr("&Back Up Now"));
    m_verify = new QPushButton(tr("&Verify"));
    m_compare = new QPushButton(tr("&Compare…"));
    m_restore = new QPushButton(tr("&Restore…"));
    m_restoreFile = new QPushButton(tr("Restore from &File…"));
    m_delete = new QPushButton(tr("&Delete…"));
    auto *refreshButton = new QPushButton(tr("Re&fresh"));
    m_backUp->setObjectName(QStringLiteral("backUpNow"));
    m_verify->setObjectName(QStringLiteral("verifyBackup"));
    m_compare->setObjectName(QStringLiteral("compareBackup"));
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_restoreFile->setObjectName(QStringLiteral("restoreFromFile"));
    m_delete->setObjectName(QStringLiteral("deleteBackup"));
    for (QPushButton *b : {m_backUp, m_verify, m_compare, m_restore, m_restoreFile, m_delete})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(refreshButton);
    historyLayout->addLayout(buttons);
    m_model = new BackupHistoryModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->setVisible(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // A file name squeezed by the other columns loses its middle, on one line, not its end on two.
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    historyLayout->addWidget(m_view, 1);
    m_tabs->addTab(historyTab, tr("&History"));
    m_retention = new RetentionEditor;
    m_tabs->addTab(m_retention, tr("Re&tention"));
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(content);

    connect(m_database, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_databases, &DatabasesPage::databaseOpened, this, [this] { updateDatabases(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupsPage::updateActions);
    connect(m_view, &QTableView::doubleClicked, this, [this] { compareSelected(); });
    connect(m_backUp, &QPushButton::clicked, this, &BackupsPage::backUpNow);
    connect(m_verify, &QPushButton::clicked, this, &BackupsPage::verifySelected);
    connect(m_compare, &QPushButton::clicked, this, &BackupsPage::compareSelected);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        startRestore(row >= 0 ? m_model->pathOf(row) : QString());
    });
    connect(m_restoreFile, &QPushButton::clicked, this, [this] { startRestore(); });
    connect(m_delete, &QPushButton::clicked, this, &BackupsPage::deleteSelected);
    connect(refreshButton, &QPushButton::clicked, this, &BackupsPage::refresh);
    connect(m_retention, &RetentionEditor::removeRequested, this, &BackupsPage::pruneBackups);
    updateDatabases();
}

QString BackupsPage::databasePath() const
{
    return m_database->currentData().toString();
}

QString BackupsPage::historyFolder() const
{
    return databasePath().isEmpty() ? QString() : defaultHistoryFolder(databasePath());
}

RestoreWizard *BackupsPage::restoreWizard() const
{
    return m_wizard;
}

void BackupsPage::selectDatabase(const QString &path)
{
    updateDatabases();
    const int index = m_database->findData(QFileInfo(path).absoluteFilePath());
    if (index >= 0)
        m_database->setCurrentIndex(index);
}

void BackupsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateDatabases();
    refresh();
}

void BackupsPage::updateDatabases()
{
    const QString current = databasePath();
    const QStringList paths = m_databases->openPaths();
    QSignalBlocker blocker(m_database);
    m_database->clear();
    for (const QString &path : paths) {
        m_database->addItem(QFileInfo(path).fileName(), path);
        m_database->setItemData(m_database->count() - 1, path, Qt::ToolTipRole);
        if (DatabaseDashboard *dashboard = m_databases->dashboard(path))
            connect(dashboard, &DatabaseDashboard::opened, this, &BackupsPage::updateActions,
                    Qt::UniqueConnection);
    }
    const int index = m_database->findData(current);
    m_database->setCurrentIndex(index >= 0 ? index : m_database->count() - 1);
    m_stack->setCurrentIndex(paths.isEmpty() ? 0 : 1);
    if (databasePath() != current)
        refresh();
    updateActions();
}

std::optional<KeyMaterial> BackupsPage::liveKey() const
{
    DatabaseDashboard *dashboard = m_databases->dashboard(databasePath());
    if (!dashboard || !dashboard->session())
        return std::nullopt;
    return dashboard->session()->key();
}

int BackupsPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void BackupsPage::updateActions()
{
    const bool keyed = liveKey().has_value();
    const bool selected = selectedRow() >= 0;
    m_backUp->setEnabled(keyed);
    m_verify->setEnabled(selected);
    m_compare->setEnabled(keyed && selected);
    m_restore->setEnabled(keyed && selected);
    m_restoreFile->setEnabled(keyed);
    m_delete->setEnabled(selected);
    m_keyHint->setText(
        keyed || databasePath().isEmpty()
            ? QString()
            : tr("%1 is not open with a key (or is not encrypted). Open it with its key on the "
                 "Databases page to back it up, compare or restore; the history can be browsed "
                 "and verified at checksum level meanwhile.")
                  .arg(QFileInfo(databasePath()).fileName()));
    m_keyHint->setVisible(!m_keyHint->text().isEmpty());
}

void BackupsPage::refresh()
{
    const QString folder = historyFolder();
    m_folderLabel->setText(folder.isEmpty() ? QString() : tr("History folder: %1").arg(folder));
    if (folder.isEmpty()) {
        m_model->setBackups({}, {});
        m_retention->setHistory({}, {});
        return;
    }
    if (m_listJob)
        m_listJob->cancel();
    auto job = std::make_shared<ListBackupsJob>(folder);
    m_listJob = m_runner->start(job);
    connect(m_listJob, &JobHandle::finished, this, [this, job, folder](const JobReport &report) {
        if (folder != historyFolder())
            return; // the user chose another database meanwhile
        if (report.error)
            m_folderLabel->setText(report.error->message);
        m_model->setBackups(folder, job->backups());
        m_retention->setHistory(folder, job->backups());
        m_view->resizeColumnsToContents();
        if (selectedRow() < 0 && m_model->rowCount() > 0)
            m_view->selectRow(0); // the newest: what Verify, Compare and Restore most often want
        updateActions();
        Q_EMIT historyLoaded();
    });
}

JobHandle *BackupsPage::startJob(std::shared_ptr<Job> job)
{
    JobHandle *handle = m_runner->start(std::move(job));
    m_jobs->showDialog(handle);
    connect(handle, &JobHandle::finished, this, &BackupsPage::jobFinished);
    return handle;
}

void BackupsPage::afterHistoryChange()
{
    refresh();
    if (DatabaseDashboard *dashboard = m_databases->dashboard(databasePath()))
        dashboard->refreshLastBackup();
}

void BackupsPage::backUpNow()
{
    const std::optional<KeyMaterial> key = liveKey();
    if (!key)
        return;
    const QString db = databasePath();
    DatabaseDashboard *dashboard = m_databases->dashboard(db);
    std::optional<CipherSettings> settings;
    if (dashboard && dashboard->session())
        settings = dashboard->session()->facts().settings;
    auto job = std::make_shared<CreateBackupJob>(BackupRequest{db, *key, settings, historyFolder(), {}});
    // The job writes the audit line.
    connect(startJob(job), &JobHandle::finished, this, [this] { afterHistoryChange(); });
}

void BackupsPage::verifySelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString file = m_model->backup(row).fileName;
    auto job = std::make_shared<VerifyBackupJob>(m_model->pathOf(row), liveKey());
    const bool withKey = liveKey().has_value();
    connect(startJob(job), &JobHandle::finished, this, [this, file, withKey](const JobReport &report) {
        if (report.outcome == JobOutcome::Cancelled)
            return;
        if (!report.error) {
            m_model->setCheckResult(
                file, withKey ? tr("intact (checked now)") : tr("checksum matches (checked now)"), true);
            // A file without an entry is now in the catalog, sealed: show its entry.
            if (report.data.value(QStringLiteral("adopted")).toBool())
                refresh();
            return;
        }
        if (report.error->kind == BackupCatalog::damagedEntryKind()) {
            m_model->setCheckResult(file, tr("damaged catalog entry"), false);
            return;
        }
        switch (report.error->code) {
        case ExitCode::WrongKey:
            m_model->setCheckResult(file, tr("made with another key"), false);
            break;
        case ExitCode::Integrity:
            m_model->setCheckResult(file, tr("damaged"), false);
            break;
        default:
            m_model->setCheckResult(file, tr("not a usable backup"), false);
            break;
        }
    });
}

void BackupsPage::compareSelected()
{
    const int row = selectedRow();
    const std::optional<KeyMaterial> key = liveKey();
    if (row < 0 || !key)
        return;
    auto job = std::make_shared<CompareBackupJob>(databasePath(), m_model->pathOf(row), *key, std::nullopt);
    const QString file = m_model->backup(row).fileName;
    connect(startJob(job), &JobHandle::finished, this, [this, job, file](const JobReport &report) {
        if (!job->comparison())
            return;
        auto *dialog = new QDialog(window());
        dialog->setObjectName(QStringLiteral("compareDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Compare %1 with %2").arg(QFileInfo(databasePath()).fileName(), file));
        auto *layout = new QVBoxLayout(dialog);
        auto *view = new ComparisonView;
        view->setComparison(*job->comparison());
        layout->addWidget(view);
        auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
        connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        layout->addWidget(close);
        dialog->resize(720, 420);
        dialog->show();
        Q_UNUSED(report);
    });
}

void BackupsPage::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const BackupRecord record = m_model->backup(row);
    const QString path = m_model->pathOf(row);
    confirmDeletion(this, QStringLiteral("confirmDelete"), tr("Delete Backup"),
                    tr("Delete the backup %1? The file is removed from the disk and from the history; "
                       "this cannot be undone.")
                        .arg(path),
                    record.isProtected() ? tr("It is a pre-restore backup: the way back from a restore.")
                                         : QString(),
                    tr("&Delete Backup"),
                    [this, record] { removeBackups({record.fileName}, QStringLiteral("backup.delete")); });
}

void BackupsPage::pruneBackups(const QStringList &fileNames)
{
    // A policy removes only backups whose catalog seal holds with the key (RemoveBackupsJob): the
    // key the database is open with, or one asked for.
    const QString folder = historyFolder(); // the database may change while the key is asked for
    if (const std::optional<KeyMaterial> key = liveKey()) {
        startRemoval(
            std::make_shared<RemoveBackupsJob>(folder, fileNames, key, RemoveBackupsJob::Mode::Remove),
            QStringLiteral("backup.prune"));
        return;
    }
    auto *dialog = new KeyDialog(databasePath(),
                                 tr("The retention policy removes only backups whose catalog entry was "
                                    "sealed with the database key. Enter the key to check the seals."),
                                 this);
    dialog->setObjectName(QStringLiteral("pruneKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, folder, fileNames] {
        Result<OpenRequest> request = dialog->request();
        if (!request || !request->key) {
            m_keyHint->setText(request ? tr("No key was entered; nothing was removed.")
                                       : request.error().message);
            m_keyHint->setVisible(true);
            return;
        }
        startRemoval(std::make_shared<RemoveBackupsJob>(folder, fileNames, request->key,
                                                        RemoveBackupsJob::Mode::Remove),
                     QStringLiteral("backup.prune"));
    });
    dialog->open();
}

void BackupsPage::removeBackups(const QStringList &fileNames, const QString &action)
{
    startRemoval(std::make_shared<RemoveBackupsJob>(historyFolder(), fileNames), action);
}

void BackupsPage::startRemoval(std::shared_ptr<RemoveBackupsJob> job, const QString &action)
{
    job->recordAs(action); // the job writes the audit line
    connect(startJob(job), &JobHandle::finished, this, [this] { afterHistoryChange(); });
}

void BackupsPage::startRestore(const QString &backupPath)
{
    const std::optional<KeyMaterial> key = liveKey();
    if (!key)
        return;
    if (m_wizard) {
        m_wizard->raise();
        return;
    }
    const QString db = databasePath();
    RestoreTarget target{db, historyFolder(), *key, m_model->backups(), backupPath};
    m_wizard = new RestoreWizard(std::move(target), m_runner, m_jobs, window());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The dashboard's connection must go before the file is replaced; it reopens the restored one.
    connect(m_wizard, &RestoreWizard::aboutToReplace, this, [this](const QString &path) {
        if (DatabaseDashboard *dashboard = m_databases->dashboard(path))
            dashboard->closeSession();
    });
    connect(m_wizard, &RestoreWizard::restoreFinished, this, [this, db, key](const JobReport &report) {
        if (DatabaseDashboard *dashboard = m_databases->dashboard(db)) {
            OpenRequest request;
            request.path = db;
            request.key = *key;
            dashboard->open(std::move(request));
        }
        afterHistoryChange();
        Q_EMIT jobFinished(report);
    });
    m_wizard->open();
}

} // namespace strongroom::ui
