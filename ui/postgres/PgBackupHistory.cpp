#include "postgres/PgBackupHistory.h"

#include "backups/ConfirmDeletion.h"
#include "core/JobRunner.h"
#include "jobs/JobProgressDialog.h"
#include "jobs/JobsIndicator.h"
#include "pgbackup/PgBackupCatalog.h"
#include "pgbackup/PgBackupHistoryJobs.h"
#include "pgbackup/PgBackupJob.h"
#include "pgbackup/PgBackupManifest.h"
#include "pgbackup/PgCompareJob.h"
#include "pgbackup/PgVerifyJob.h"
#include "postgres/PgBackUpDialog.h"
#include "postgres/PgBackUpNow.h"
#include "postgres/PgKeyEntry.h"
#include "postgres/PgRestoreWizard.h"
#include "widgets/DataSize.h"

#include <QColor>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace strongroom::ui {

namespace {

QStandardItem *historyNumber(const QString &text, qint64 value)
{
    auto *item = new QStandardItem(text);
    item->setData(value, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PgBackupHistory::PgBackupHistory(QString name, postgres::PgConnection connection, JobRunner *runner,
                                 JobsIndicator *jobs, PasswordSource password, QWidget *parent)
    : QWidget(parent), m_name(std::move(name)), m_connection(std::move(connection)), m_runner(runner),
      m_jobs(jobs), m_password(std::move(password))
{
    m_folder =
        PgBackupPreferences::load(m_connection.conninfo(), m_connection.option(QStringLiteral("dbname")))
            .folder;
    auto *layout = new QVBoxLayout(this);
    m_folderLabel = new QLabel;
    m_folderLabel->setObjectName(QStringLiteral("historyFolder"));
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderLabel->setWordWrap(true);
    layout->addWidget(m_folderLabel);

    auto *buttons = new QHBoxLayout;
    auto *backUp =
        new QPushButton(QIcon(QStringLiteral(":/icons/sections/backups.svg")), tr("&Back Up Now…"));
    backUp->setObjectName(QStringLiteral("pgBackUpNow"));
    m_verify = new QPushButton(tr("&Verify"));
    m_verify->setObjectName(QStringLiteral("pgVerify"));
    m_verify->setToolTip(tr("Level 1: the checksums, the manifest and the age header, with the key."));
    m_verifyFully = new QPushButton(tr("Verify &Fully"));
    m_verifyFully->setObjectName(QStringLiteral("pgVerifyFully"));
    m_verifyFully->setToolTip(tr("Level 2: also every encrypted chunk of the dump and its table of contents "
                                 "(pg_restore --list) against the manifest."));
    auto *drill = new QPushButton(tr("Restore &Drill"));
    drill->setObjectName(QStringLiteral("pgDrill"));
    drill->setToolTip(
        tr("Level 3: restores the backup into a scratch database on this server, compares every "
           "table's rows with the manifest, drops the database and records the result."));
    m_compare = new QPushButton(tr("&Compare with Live"));
    m_compare->setObjectName(QStringLiteral("pgCompare"));
    m_restore = new QPushButton(tr("&Restore…"));
    m_restore->setObjectName(QStringLiteral("pgRestore"));
    auto *restoreFile = new QPushButton(tr("Restore from F&ile…"));
    restoreFile->setObjectName(QStringLiteral("pgRestoreFile"));
    m_prune = new QPushButton(tr("&Prune…"));
    m_prune->setObjectName(QStringLiteral("pgPrune"));
    m_prune->setToolTip(
        tr("Removes the backups the retention preset (7 daily, 4 weekly, 12 monthly) does not "
           "keep; you see which before anything is removed."));
    auto *refreshButton = new QPushButton(tr("Re&fresh"));
    for (QPushButton *b :
         {backUp, m_verify, m_verifyFully, drill, m_compare, m_restore, restoreFile, m_prune})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(refreshButton);
    layout->addLayout(buttons);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Time"), tr("Size"), tr("Tables"), tr("Rows"), tr("Checked"),
                                        tr("Encrypted to"), tr("Retention")});
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("pgHistoryView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    connect(backUp, &QPushButton::clicked, this, &PgBackupHistory::backUpNow);
    connect(m_verify, &QPushButton::clicked, this, [this] { verifySelected(1); });
    connect(m_verifyFully, &QPushButton::clicked, this, [this] { verifySelected(2); });
    connect(drill, &QPushButton::clicked, this, [this] { verifySelected(3); });
    connect(m_compare, &QPushButton::clicked, this, &PgBackupHistory::compareSelected);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        startRestore(row >= 0 ? dumpPathOf(row) : QString());
    });
    connect(restoreFile, &QPushButton::clicked, this, [this] { startRestore(); });
    connect(m_prune, &QPushButton::clicked, this, &PgBackupHistory::pruneBackups);
    connect(refreshButton, &QPushButton::clicked, this, &PgBackupHistory::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PgBackupHistory::updateActions);
    for (QPushButton *b : {m_verify, m_verifyFully, drill, m_compare, m_restore})
        connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, b,
                [this, b] { b->setEnabled(selectedRow() >= 0); });
    drill->setEnabled(false);
    updateActions();
}

void PgBackupHistory::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

QString PgBackupHistory::dumpPathOf(int row) const
{
    const QString stem = m_model->item(row, Time)->data(Qt::UserRole).toString();
    return pgbackup::PgBackupFiles{m_folder, stem}.dump();
}

int PgBackupHistory::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void PgBackupHistory::updateActions()
{
    const bool selected = selectedRow() >= 0;
    for (QPushButton *b : {m_verify, m_verifyFully, m_compare, m_restore})
        b->setEnabled(selected);
    bool anyGoes = false;
    for (const QJsonValue &b : std::as_const(m_backups))
        anyGoes = anyGoes || !b[QStringLiteral("keep")].toBool();
    m_prune->setEnabled(anyGoes);
}

JobHandle *PgBackupHistory::startJob(std::shared_ptr<Job> job)
{
    JobHandle *handle = m_runner->start(std::move(job));
    if (m_jobs) {
        m_jobs->showDialog(handle);
    } else {
        auto *dialog = new JobProgressDialog(handle, window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
    connect(handle, &JobHandle::finished, this, &PgBackupHistory::jobFinished);
    return handle;
}

void PgBackupHistory::refresh()
{
    m_loaded = true;
    m_folderLabel->setText(tr("History folder: %1").arg(QDir::toNativeSeparators(m_folder)));
    if (m_listJob)
        m_listJob->cancel();
    if (!QFileInfo(m_folder).isDir()) {
        showBackups({});
        Q_EMIT historyLoaded();
        return;
    }
    auto job = std::make_shared<pgbackup::ListPgBackupsJob>(m_folder, pgbackup::defaultPgRetention());
    m_listJob = m_runner->start(job);
    connect(m_listJob, &JobHandle::finished, this, [this, folder = m_folder](const JobReport &report) {
        if (folder != m_folder)
            return; // another folder was chosen meanwhile
        if (report.error)
            m_folderLabel->setText(report.error->message);
        showBackups(report.data.value(QStringLiteral("backups")).toArray());
        Q_EMIT historyLoaded();
    });
}

QString PgBackupHistory::lastCheckText(const QJsonObject &check)
{
    const QLocale locale;
    const QString when = locale.toString(
        QDateTime::fromString(check[QStringLiteral("time")].toString(), Qt::ISODate).toLocalTime(),
        QLocale::ShortFormat);
    const int level = check[QStringLiteral("level")].toInt();
    const QString result = check[QStringLiteral("result")].toString();
    if (result == QLatin1String("passed"))
        return level >= 3 ? tr("drill %1: counts equal").arg(when)
                          : tr("intact (level %1, %2)").arg(level).arg(when);
    if (result == QLatin1String("counts-differ"))
        return tr("drill %1: COUNTS DIFFER").arg(when);
    return tr("DAMAGED (level %1, %2): %3").arg(level).arg(when, check[QStringLiteral("message")].toString());
}

void PgBackupHistory::showBackups(const QJsonArray &backups)
{
    const int selected = selectedRow();
    const QString selectedStem =
        selected >= 0 ? m_model->item(selected, Time)->data(Qt::UserRole).toString() : QString();
    m_backups = backups;
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const QJsonValue &value : backups) {
        const QJsonObject b = value.toObject();
        const QString stem = b[QStringLiteral("stem")].toString();
        const bool catalogued = b[QStringLiteral("catalogued")].toBool(true);
        const QDateTime created = QDateTime::fromString(b[QStringLiteral("created")].toString(), Qt::ISODate);
        auto *time = new QStandardItem(locale.toString(created.toLocalTime(), QLocale::ShortFormat));
        time->setData(stem, Qt::UserRole);
        time->setToolTip(pgbackup::PgBackupFiles{m_folder, stem}.dump());
        QString checked = m_checked.value(stem);
        const QJsonArray checks = b[QStringLiteral("checks")].toArray();
        if (checked.isEmpty() && !checks.isEmpty())
            checked = lastCheckText(checks.last().toObject());
        if (checked.isEmpty())
            checked = catalogued ? tr("not checked yet") : tr("not in the catalog");
        QStringList keyIds;
        for (const QJsonValue &id : b[QStringLiteral("key_ids")].toArray())
            keyIds << id.toString();
        const QString encryptedTo =
            b[QStringLiteral("passphrase")].toBool() ? tr("passphrase") : keyIds.join(QStringLiteral(", "));
        QStringList reasons;
        for (const QJsonValue &r : b[QStringLiteral("reasons")].toArray())
            reasons << r.toString();
        const bool keep = b[QStringLiteral("keep")].toBool();
        auto *retention = new QStandardItem(keep ? tr("keep (%1)").arg(reasons.join(QStringLiteral(", ")))
                                                 : tr("removed by the next prune"));
        if (!keep)
            retention->setForeground(QColor(0xb0, 0x00, 0x20));
        const qint64 size = b[QStringLiteral("size")].toInteger();
        const int tables = b[QStringLiteral("tables")].toInt();
        const qint64 rows = b[QStringLiteral("rows")].toInteger();
        m_model->appendRow({time, historyNumber(dataSizeText(size), size),
                            historyNumber(catalogued ? locale.toString(tables) : QStringLiteral("–"), tables),
                            historyNumber(catalogued ? locale.toString(rows) : QStringLiteral("–"), rows),
                            new QStandardItem(checked), new QStandardItem(encryptedTo), retention});
    }
    m_view->resizeColumnsToContents();
    int row = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->item(r, Time)->data(Qt::UserRole).toString() == selectedStem)
            row = r;
    if (m_model->rowCount() > 0)
        m_view->selectRow(row); // the newest unless another was selected
    updateActions();
}

void PgBackupHistory::backUpNow()
{
    auto *run = new PgBackUpNow(
        m_name, m_connection, m_password ? m_password() : postgres::PgPassword{},
        [this](std::shared_ptr<Job> job) { return startJob(std::move(job)); }, this);
    connect(run, &PgBackUpNow::finished, this, [this](const JobReport &, const QString &folder) {
        m_folder = folder;
        refresh();
    });
    run->open();
}

void PgBackupHistory::withKeys(const std::function<void(const age::DecryptKeys &)> &use)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QJsonObject entry = m_backups.at(row).toObject();
    PgKeyEntry::ask(window(), entry[QStringLiteral("stem")].toString(),
                    entry[QStringLiteral("passphrase")].toBool(), use);
}

void PgBackupHistory::verifySelected(int level)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString stem = m_model->item(row, Time)->data(Qt::UserRole).toString();
    const QString file = dumpPathOf(row);
    withKeys([this, stem, file, level](const age::DecryptKeys &keys) {
        pgbackup::PgVerifyRequest request;
        request.file = file;
        request.keys = keys;
        request.level = level;
        if (level == 3) {
            request.drillServer = m_connection;
            request.password = m_password ? m_password() : postgres::PgPassword{};
        }
        connect(startJob(std::make_shared<pgbackup::PgVerifyJob>(std::move(request))), &JobHandle::finished,
                this, [this, stem, level](const JobReport &report) {
                    if (report.outcome == JobOutcome::Cancelled)
                        return;
                    // A verdict on the backup is in the catalog now; one on the key is not.
                    if (report.data.value(QStringLiteral("recorded")).toBool()) {
                        m_checked.remove(stem);
                        refresh();
                        return;
                    }
                    if (!report.error)
                        m_checked.insert(stem, level == 1 ? tr("intact (level 1, checked now)")
                                                          : tr("intact (level 2, checked now)"));
                    else if (report.error->code == ExitCode::WrongKey)
                        m_checked.insert(stem, tr("the key given does not open it"));
                    else if (report.error->code == ExitCode::Integrity)
                        m_checked.insert(stem, tr("DAMAGED: %1").arg(report.error->message));
                    else
                        m_checked.insert(stem, tr("not checked: %1").arg(report.error->message));
                    showBackups(m_backups);
                });
    });
}

void PgBackupHistory::compareSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString file = dumpPathOf(row);
    withKeys([this, file](const age::DecryptKeys &keys) {
        pgbackup::PgCompareRequest request{file, keys, m_connection,
                                           m_password ? m_password() : postgres::PgPassword{}};
        connect(startJob(std::make_shared<pgbackup::PgCompareJob>(std::move(request))), &JobHandle::finished,
                this, [this](const JobReport &report) {
                    if (report.outcome == JobOutcome::Succeeded)
                        showComparison(report.data);
                });
    });
}

void PgBackupHistory::showComparison(const QJsonObject &data)
{
    auto *dialog = new QDialog(window());
    dialog->setObjectName(QStringLiteral("pgCompareDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Backup and Live Database"));
    auto *layout = new QVBoxLayout(dialog);
    const QJsonArray rows = data[QStringLiteral("comparison")].toArray();
    const int differing = data[QStringLiteral("differing")].toInt();
    auto *summary =
        new QLabel(differing == 0 ? tr("Every table has as many rows live as in the backup.")
                                  : tr("%n table(s) differ from the backup.", nullptr, differing));
    layout->addWidget(summary);
    auto *table = new QTableWidget(int(rows.size()), 4);
    table->setObjectName(QStringLiteral("pgComparison"));
    table->setHorizontalHeaderLabels({tr("Table"), tr("Backup"), tr("Live"), tr("Difference")});
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const QLocale locale;
    auto count = [&locale](const QJsonValue &v) {
        return v.isNull() || v.isUndefined() ? QStringLiteral("–") : locale.toString(v.toInteger());
    };
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonObject row = rows[r].toObject();
        table->setItem(r, 0, new QTableWidgetItem(row[QStringLiteral("table")].toString()));
        table->setItem(r, 1, new QTableWidgetItem(count(row[QStringLiteral("backup")])));
        table->setItem(r, 2, new QTableWidgetItem(count(row[QStringLiteral("live")])));
        table->setItem(r, 3, new QTableWidgetItem(count(row[QStringLiteral("difference")])));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(close);
    dialog->resize(640, 400);
    dialog->show();
}

void PgBackupHistory::pruneBackups()
{
    QStringList going;
    const QLocale locale;
    for (const QJsonValue &value : std::as_const(m_backups)) {
        const QJsonObject b = value.toObject();
        if (b[QStringLiteral("keep")].toBool())
            continue;
        going << tr("%1 (%2, %3)")
                     .arg(b[QStringLiteral("stem")].toString(),
                          locale.toString(
                              QDateTime::fromString(b[QStringLiteral("created")].toString(), Qt::ISODate)
                                  .toLocalTime(),
                              QLocale::ShortFormat),
                          dataSizeText(b[QStringLiteral("size")].toInteger()));
    }
    if (going.isEmpty())
        return;
    const QString folder = m_folder;
    confirmDeletion(
        this, QStringLiteral("confirmPgPrune"), tr("Prune Backups"),
        tr("The retention preset (7 daily, 4 weekly, 12 monthly) keeps %1 backups and removes these "
           "%2, each with its manifest, checksums and globals. This cannot be undone.")
            .arg(m_backups.size() - going.size())
            .arg(going.size()),
        going.join(QLatin1Char('\n')), tr("&Remove %n Backup(s)", nullptr, int(going.size())),
        [this, folder] {
            auto job =
                std::make_shared<pgbackup::PrunePgBackupsJob>(folder, pgbackup::defaultPgRetention(), false);
            connect(startJob(job), &JobHandle::finished, this, &PgBackupHistory::refresh);
        });
}

void PgBackupHistory::startRestore(const QString &dumpPath)
{
    if (m_wizard) {
        m_wizard->raise();
        return;
    }
    m_wizard = new PgRestoreWizard(m_connection, m_password ? m_password() : postgres::PgPassword{}, m_runner,
                                   m_jobs, window());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!dumpPath.isEmpty())
        m_wizard->setFile(dumpPath);
    connect(m_wizard, &PgRestoreWizard::restoreFinished, this, &PgBackupHistory::jobFinished);
    connect(m_wizard, &PgRestoreWizard::connectionRequested, this, &PgBackupHistory::connectionRequested);
    m_wizard->open();
}

PgRestoreWizard *PgBackupHistory::restoreWizard() const
{
    return m_wizard;
}

} // namespace strongroom::ui
