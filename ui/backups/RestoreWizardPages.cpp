#include "backups/RestoreWizardPages.h"

#include "backup/RestoreCommitJob.h"
#include "backup/RestoreValidateJob.h"
#include "backups/BackupHistoryModel.h"
#include "backups/ComparisonView.h"
#include "backups/RestoreWizard.h"
#include "core/JobRunner.h"
#include "jobs/JobProgressDialog.h"
#include "jobs/JobsIndicator.h"
#include "widgets/DataSize.h"
#include "widgets/SecretLineEdit.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace strongroom::ui {

namespace {

QLabel *wrappingLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

// 1. Choose ----------------------------------------------------------------------------------------

ChooseBackupPage::ChooseBackupPage()
{
    setTitle(tr("Choose a Backup"));
    setSubTitle(tr("Restore from this database's backup history, or from any backup file, for example one "
                   "downloaded from a web admin page. You can drop a file on this page."));
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    m_fromHistory = new QRadioButton(tr("From the &history"));
    m_fromHistory->setObjectName(QStringLiteral("fromHistory"));
    layout->addWidget(m_fromHistory);
    m_history = new QTreeWidget;
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Time"), tr("Backup"), tr("Size"), tr("State")});
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_history, 1);
    m_fromFile = new QRadioButton(tr("From a &file"));
    m_fromFile->setObjectName(QStringLiteral("fromFile"));
    layout->addWidget(m_fromFile);
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("backupFile"));
    m_file->setPlaceholderText(tr("Path of a backup file, or drop one here"));
    m_browse = new QPushButton(tr("&Browse…"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    layout->addLayout(fileRow);

    connect(m_fromHistory, &QRadioButton::toggled, this, &ChooseBackupPage::updateChoice);
    connect(m_fromFile, &QRadioButton::toggled, this, &ChooseBackupPage::updateChoice);
    connect(m_history, &QTreeWidget::currentItemChanged, this, &ChooseBackupPage::updateChoice);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        if (!m_file->text().isEmpty())
            m_fromFile->setChecked(true);
        updateChoice();
    });
    connect(m_browse, &QPushButton::clicked, this, &ChooseBackupPage::browse);
}

RestoreWizard *ChooseBackupPage::restoreWizard() const
{
    return static_cast<RestoreWizard *>(wizard());
}

void ChooseBackupPage::initializePage()
{
    const RestoreTarget &target = restoreWizard()->target();
    m_history->clear();
    QTreeWidgetItem *preselected = nullptr;
    for (const BackupRecord &r : target.history) {
        const QString path = QDir(target.historyFolder).filePath(r.fileName);
        auto *item = new QTreeWidgetItem(
            m_history, {QLocale().toString(r.created.toLocalTime(), QLocale::ShortFormat), r.fileName,
                        dataSizeText(r.size), BackupHistoryModel::recordedStateText(r)});
        item->setData(0, Qt::UserRole, path);
        item->setToolTip(1, path);
        if (path == restoreWizard()->backupPath())
            preselected = item;
    }
    m_fromHistory->setEnabled(!target.history.isEmpty());
    m_history->setEnabled(!target.history.isEmpty());
    const QString chosen = restoreWizard()->backupPath();
    if (preselected) {
        m_fromHistory->setChecked(true);
        m_history->setCurrentItem(preselected);
    } else if (!chosen.isEmpty()) {
        m_file->setText(chosen);
    } else if (!target.history.isEmpty()) {
        m_fromHistory->setChecked(true);
        m_history->setCurrentItem(m_history->topLevelItem(0));
    } else {
        m_fromFile->setChecked(true);
    }
    updateChoice();
}

void ChooseBackupPage::updateChoice()
{
    QString path;
    if (m_fromHistory->isChecked() && m_history->currentItem())
        path = m_history->currentItem()->data(0, Qt::UserRole).toString();
    else if (m_fromFile->isChecked())
        path = m_file->text().trimmed();
    if (!path.isEmpty())
        path = QFileInfo(path).absoluteFilePath();
    restoreWizard()->setBackupPath(path);
    Q_EMIT completeChanged();
}

bool ChooseBackupPage::isComplete() const
{
    return QFileInfo(restoreWizard()->backupPath()).isFile();
}

void ChooseBackupPage::browse()
{
    auto *dialog = new QFileDialog(this, tr("Choose a Backup File"), QDir::homePath(),
                                   tr("Databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_file, &QLineEdit::setText);
    dialog->open();
}

void ChooseBackupPage::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void ChooseBackupPage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    m_file->setText(urls.first().toLocalFile());
    m_fromFile->setChecked(true);
    event->acceptProposedAction();
}

// 2. Validate --------------------------------------------------------------------------------------

ValidationPage::ValidationPage()
{
    setTitle(tr("Check the Backup"));
    setSubTitle(tr("The backup must be an encrypted database that opens with the key, with every page and "
                   "its structure intact. Nothing is changed yet."));
    auto *layout = new QVBoxLayout(this);
    m_status = wrappingLabel();
    m_status->setObjectName(QStringLiteral("validationStatus"));
    layout->addWidget(m_status);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0);
    layout->addWidget(m_progress);
    m_keyRow = new QWidget;
    auto *keyLayout = new QHBoxLayout(m_keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    m_backupKey = new SecretLineEdit;
    m_backupKey->setObjectName(QStringLiteral("backupKey"));
    m_backupKey->setPlaceholderText(tr("The key this backup was made with"));
    m_retry = new QPushButton(tr("&Check with This Key"));
    m_retry->setObjectName(QStringLiteral("retryValidation"));
    auto *keyLabel = new QLabel(tr("Backup's &key:"));
    keyLabel->setBuddy(m_backupKey);
    keyLayout->addWidget(keyLabel);
    keyLayout->addWidget(m_backupKey, 1);
    keyLayout->addWidget(m_retry);
    layout->addWidget(m_keyRow);
    // A sealed history entry spares the page check; an admin who wants it anyway asks for it here.
    m_checkFully = new QPushButton(tr("Check &Every Page Too"));
    m_checkFully->setObjectName(QStringLiteral("checkFully"));
    m_checkFully->setToolTip(tr("Check every page's HMAC and run SQLite's integrity_check, as for a file "
                                "from outside the history."));
    m_checkFully->setVisible(false);
    layout->addWidget(m_checkFully, 0, Qt::AlignLeft);
    layout->addStretch();
    m_keyRow->setVisible(false);
    connect(m_checkFully, &QPushButton::clicked, this, [this] {
        m_fullCheck = true;
        startValidation();
    });

    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_backupKey->isEmpty())
            return;
        restoreWizard()->setBackupKey(m_backupKey->key());
        m_backupKey->clear();
        startValidation();
    });
    connect(m_backupKey, &SecretLineEdit::returnPressed, m_retry, &QPushButton::click);
}

RestoreWizard *ValidationPage::restoreWizard() const
{
    return static_cast<RestoreWizard *>(wizard());
}

void ValidationPage::initializePage()
{
    m_keyRow->setVisible(false);
    m_fullCheck = false;
    startValidation();
}

void ValidationPage::cleanupPage()
{
    if (m_handle)
        m_handle->cancel();
    m_handle.clear();
}

bool ValidationPage::isComplete() const
{
    return m_valid;
}

void ValidationPage::startValidation()
{
    if (m_handle)
        m_handle->cancel();
    RestoreWizard *w = restoreWizard();
    m_valid = false;
    w->setPlan(std::nullopt);
    Q_EMIT completeChanged();
    showResult({}, tr("Checking %1…").arg(html(w->backupPath())));
    m_progress->setVisible(true);
    m_checkFully->setVisible(false);
    auto job = std::make_shared<RestoreValidateJob>(w->backupPath(), w->target().databasePath, w->keys(),
                                                    w->target().historyFolder, m_fullCheck);
    m_handle = w->runner()->start(job);
    const QList<JobStep> steps = m_handle->steps();
    connect(m_handle, &JobHandle::stepChanged, this, [this, steps](int step) {
        if (step >= 0 && step < steps.size())
            showResult({}, tr("Checking %1…").arg(html(restoreWizard()->backupPath())) +
                               QStringLiteral("<br>") + html(steps.at(step).name));
    });
    JobHandle *handle = m_handle;
    connect(m_handle, &JobHandle::finished, this, [this, job, handle](const JobReport &report) {
        if (handle != m_handle)
            return; // a newer check replaced this one
        if (report.outcome == JobOutcome::Succeeded)
            restoreWizard()->setPlan(job->plan());
        onFinished(report);
    });
}

void ValidationPage::showResult(const QString &icon, const QString &text)
{
    m_status->setText(
        icon.isEmpty() ? text : QStringLiteral("<span style='font-size: 14pt'>%1</span> %2").arg(icon, text));
}

void ValidationPage::onFinished(const JobReport &report)
{
    m_progress->setVisible(false);
    m_handle.clear();
    const QString file = html(restoreWizard()->backupPath());
    if (report.outcome == JobOutcome::Cancelled) {
        showResult({}, tr("The check was stopped."));
        return;
    }
    if (report.outcome == JobOutcome::Succeeded) {
        const RestorePlan &plan = *restoreWizard()->plan();
        QString text =
            plan.backup.sealed
                ? tr("<b>Valid.</b> %1 opens with the key (%2 settings), and its SHA-256 matches its sealed "
                     "entry in the history, which vouches for every page.")
            : plan.backup.structureChecked
                ? tr("<b>Valid.</b> %1 opens with the key (%2 settings) and passes cipher_integrity_check "
                     "and integrity_check.")
                : tr("<b>Valid.</b> %1 opens with the key (%2 settings) and passes cipher_integrity_check.");
        text = text.arg(file, plan.backup.settings.profileName());
        if (!plan.liveProblem.isEmpty())
            text += QStringLiteral("<br>⚠ ") +
                    tr("The current database cannot be read completely (%1). It will be kept as found in the "
                       "pre-restore backup.")
                        .arg(html(plan.liveProblem));
        if (plan.rekey)
            text += QStringLiteral("<br>") +
                    tr("It was made with another key; the restored database will be re-keyed to the live "
                       "database's key.");
        showResult(QStringLiteral("✔"), text);
        m_keyRow->setVisible(plan.rekey);
        m_checkFully->setVisible(plan.backup.sealed);
        m_valid = true;
        Q_EMIT completeChanged();
        return;
    }
    const Error error = report.error.value_or(Error());
    switch (error.code) {
    case ExitCode::WrongKey:
        showResult(
            QStringLiteral("⚠"),
            tr("<b>Wrong key.</b> %1 was made with another key than the live database's. Enter the key it "
               "was made with; the restored database will be re-keyed to the live key.")
                .arg(file));
        m_keyRow->setVisible(true);
        m_backupKey->setFocus();
        break;
    case ExitCode::Integrity:
        showResult(QStringLiteral("✖"), tr("<b>Damaged.</b> %1").arg(html(error.message)));
        break;
    case ExitCode::Unsupported:
        showResult(QStringLiteral("✖"), tr("<b>Not an encrypted database.</b> %1").arg(html(error.message)));
        break;
    default:
        showResult(QStringLiteral("✖"), tr("<b>Cannot be restored.</b> %1").arg(html(error.message)));
        break;
    }
}

// 3. Compare ---------------------------------------------------------------------------------------

ComparisonPage::ComparisonPage()
{
    setTitle(tr("Compare"));
    setSubTitle(tr("What the database holds now and what it will hold after the restore, table by table."));
    auto *layout = new QVBoxLayout(this);
    m_notes = wrappingLabel();
    m_notes->setObjectName(QStringLiteral("comparisonNotes"));
    layout->addWidget(m_notes);
    m_view = new ComparisonView;
    layout->addWidget(m_view, 1);
}

void ComparisonPage::initializePage()
{
    const RestorePlan &plan = *static_cast<RestoreWizard *>(wizard())->plan();
    m_view->setComparison(plan.comparison);
    QStringList notes;
    if (!plan.liveExists)
        notes << tr("%1 does not exist yet; the restore creates it.").arg(html(plan.livePath));
    if (plan.rekey)
        notes << tr("The backup was made with another key; the restored database gets the live key.");
    if (plan.liveSettings && *plan.liveSettings != plan.backup.settings)
        notes << tr("The backup uses %1 cipher settings and the live database %2; the restored database "
                    "keeps the "
                    "backup's settings.")
                     .arg(plan.backup.settings.profileName(), plan.liveSettings->profileName());
    m_notes->setText(notes.join(QStringLiteral("<br>")));
    m_notes->setVisible(!notes.isEmpty());
}

// 4. Confirm ---------------------------------------------------------------------------------------

ConfirmRestorePage::ConfirmRestorePage()
{
    setTitle(tr("Replace the Database"));
    setSubTitle(tr("The last step before anything is changed."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Restore"));
    auto *layout = new QVBoxLayout(this);
    m_text = wrappingLabel();
    m_text->setObjectName(QStringLiteral("commitText"));
    layout->addWidget(m_text);
    layout->addStretch();
}

void ConfirmRestorePage::initializePage()
{
    const RestorePlan &plan = *static_cast<RestoreWizard *>(wizard())->plan();
    const QString example = QDir(plan.historyFolder)
                                .filePath(backupFileName(QFileInfo(plan.livePath).completeBaseName(),
                                                         QDateTime::currentDateTimeUtc()));
    QString text;
    if (plan.liveExists)
        text =
            tr("<p>The database <b>%1</b> will be replaced by the backup <b>%2</b>.</p>"
               "<p>First, the current database is kept, exactly as it is, in the history folder <b>%3</b> "
               "as <b>%4</b> (named after the time of the restore), tagged <i>pre-restore</i>: with it, "
               "this restore can be undone. Pruning leaves pre-restore backups alone.</p>"
               "<p>The restored copy is written beside the database, verified and then swapped in at once; "
               "if anything fails, the current database stays as it is. Applications using the database "
               "must be closed.</p>")
                .arg(html(plan.livePath), html(plan.backupPath), html(plan.historyFolder),
                     html(QFileInfo(example).fileName()));
    else
        text = tr("<p>The database <b>%1</b> will be created from the backup <b>%2</b>. There is no current "
                  "database, so no pre-restore backup is made.</p>")
                   .arg(html(plan.livePath), html(plan.backupPath));
    m_text->setText(text + tr("<p>Press <b>Restore</b> to go ahead.</p>"));
}

// 5. Progress --------------------------------------------------------------------------------------

RestoreProgressPage::RestoreProgressPage()
{
    setTitle(tr("Restoring"));
    setSubTitle(
        tr("The job's progress window shows each step; the database is replaced only once the restored "
           "copy is complete and verified."));
    auto *layout = new QVBoxLayout(this);
    m_status = wrappingLabel();
    m_status->setObjectName(QStringLiteral("restoreStatus"));
    layout->addWidget(m_status);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    layout->addWidget(m_progress);
    layout->addStretch();
}

void RestoreProgressPage::initializePage()
{
    auto *w = static_cast<RestoreWizard *>(wizard());
    m_finished = false;
    w->setRestoring(true);
    Q_EMIT w->aboutToReplace(w->target().databasePath);
    auto job = std::make_shared<RestoreCommitJob>(*w->plan(), w->keys(), 0);
    m_handle = w->runner()->start(job);
    const QList<JobStep> steps = m_handle->steps();
    m_status->setText(tr("Restoring %1 from %2…").arg(html(w->target().databasePath), html(w->backupPath())));
    connect(m_handle, &JobHandle::progressChanged, this, [this, steps](const JobProgress &p) {
        const int perStep = 1000 / int(std::max<qsizetype>(1, steps.size()));
        const double within = p.fraction() < 0 ? 0.0 : p.fraction();
        m_progress->setValue(std::max(0, p.step) * perStep + int(within * perStep));
        if (p.step >= 0 && p.step < steps.size())
            m_progress->setFormat(steps.at(p.step).name);
    });
    connect(m_handle, &JobHandle::finished, this, [this, w](const JobReport &report) {
        m_finished = true;
        w->setRestoring(false);
        m_progress->setValue(1000);
        w->setResult(report);
        Q_EMIT completeChanged();
        w->next();
    });
    w->jobs()->showDialog(m_handle);
}

bool RestoreProgressPage::isComplete() const
{
    return m_finished;
}

// 6. Report ----------------------------------------------------------------------------------------

RestoreReportPage::RestoreReportPage()
{
    setTitle(tr("Report"));
    setSubTitle(tr("What the restore did."));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_text = wrappingLabel();
    m_text->setObjectName(QStringLiteral("reportText"));
    layout->addWidget(m_text);
    layout->addStretch();
}

void RestoreReportPage::initializePage()
{
    auto *w = static_cast<RestoreWizard *>(wizard());
    const JobReport &report = *w->result();
    if (report.outcome == JobOutcome::Succeeded) {
        const QJsonObject d = report.data;
        qint64 rows = 0;
        const QJsonObject counts = d.value(QStringLiteral("row_counts")).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            rows += it.value().toInteger();
        QString text =
            tr("<p><span style='font-size: 14pt'>✔</span> <b>%1 was restored</b> from %2 and verified: "
               "%3 rows in %4 tables.</p>")
                .arg(html(d.value(QStringLiteral("database")).toString()),
                     html(d.value(QStringLiteral("backup")).toString()), QLocale().toString(rows))
                .arg(counts.size());
        const QString preRestore = d.value(QStringLiteral("pre_restore_backup")).toString();
        if (!preRestore.isEmpty())
            text +=
                tr("<p>The database as it was before is kept as <b>%1</b> (tagged pre-restore); restore it "
                   "the same way to undo this.</p>")
                    .arg(html(preRestore));
        if (d.value(QStringLiteral("rekeyed")).toBool())
            text += tr("<p>The restored database was re-keyed to the live database's key.</p>");
        m_text->setText(text);
    } else if (report.outcome == JobOutcome::Cancelled) {
        m_text->setText(tr("<p>The restore was cancelled; the database was not replaced.</p>"));
    } else {
        m_text->setText(
            tr("<p><span style='font-size: 14pt'>✖</span> <b>The restore failed.</b></p><p>%1</p>")
                .arg(html(report.error ? report.error->message : report.overview)));
    }
}

} // namespace strongroom::ui
