#include "postgres/PgRestoreWizardPages.h"

#include "core/JobRunner.h"
#include "jobs/JobProgressDialog.h"
#include "jobs/JobsIndicator.h"
#include "pgbackup/PgRestoreJob.h"
#include "pgbackup/PgVerifyJob.h"
#include "postgres/PgKeyEntry.h"
#include "postgres/PgRestoreWizard.h"

#include <QCheckBox>
#include <QColor>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace strongroom::ui {

namespace {

QLabel *pgWrappingLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString pgHtml(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// Starts `job` and shows it in the job dialog, as every job of the console is.
JobHandle *startInDialog(PgRestoreWizard *wizard, std::shared_ptr<Job> job)
{
    JobHandle *handle = wizard->runner()->start(std::move(job));
    if (wizard->jobs()) {
        wizard->jobs()->showDialog(handle);
    } else {
        auto *dialog = new JobProgressDialog(handle, wizard);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
    return handle;
}

} // namespace

PgRestoreWizard *PgRestorePage::restoreWizard() const
{
    return static_cast<PgRestoreWizard *>(wizard());
}

// 1. Choose ----------------------------------------------------------------------------------------

PgChooseFilePage::PgChooseFilePage()
{
    setTitle(tr("Choose the Backup File"));
    setSubTitle(
        tr("A backup Strongroom made (NAME-pgbackup-….dump.age), or one you already have: "
           "pg_dump | gzip | gpg --symmetric, a Node.js .enc set, an age file, plain or compressed SQL, "
           "or a custom-format dump."));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("backupFile"));
    m_file->setPlaceholderText(tr("Path of the backup file"));
    auto *browse = new QPushButton(tr("&Browse…"));
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_format = pgWrappingLabel();
    m_format->setObjectName(QStringLiteral("detectedFormat"));
    layout->addWidget(m_format);
    layout->addStretch();
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose a Backup File"),
                                                          QFileInfo(m_file->text()).absolutePath());
        if (!file.isEmpty())
            m_file->setText(file);
    });
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        restoreWizard()->setFile(m_file->text().trimmed());
        showFormat();
        Q_EMIT completeChanged();
    });
}

void PgChooseFilePage::initializePage()
{
    m_file->setText(restoreWizard()->file());
    showFormat();
}

void PgChooseFilePage::showFormat()
{
    const PgBackupFormat &format = restoreWizard()->format();
    if (restoreWizard()->file().isEmpty()) {
        m_format->clear();
        return;
    }
    m_format->setText(QStringLiteral("<b>%1</b> %2")
                          .arg(pgHtml(tr("Format:")),
                               pgHtml(format.description) +
                                   (format.hasManifest() || format.kind == PgBackupFormat::Kind::Unreadable
                                        ? QString()
                                        : QStringLiteral("<br>") +
                                              pgHtml(tr("It carries no manifest: the report shows the counts "
                                                        "found after the restore, without a comparison.")))));
}

bool PgChooseFilePage::isComplete() const
{
    return !restoreWizard()->file().isEmpty() &&
           restoreWizard()->format().kind != PgBackupFormat::Kind::Unreadable;
}

int PgChooseFilePage::nextId() const
{
    return restoreWizard()->format().needsKey() ? PgRestoreWizard::KeyPage : PgRestoreWizard::ChecksPage;
}

// 2. Key -------------------------------------------------------------------------------------------

PgKeyPage::PgKeyPage()
{
    setTitle(tr("The Key"));
    setSubTitle(
        tr("The age identity file the backup was encrypted to, or its passphrase. Nothing is restored "
           "before the key has opened the backup."));
    auto *layout = new QVBoxLayout(this);
    m_key = new PgKeyEntry;
    layout->addWidget(m_key);
    layout->addStretch();
    connect(m_key, &PgKeyEntry::changed, this, &QWizardPage::completeChanged);
}

void PgKeyPage::initializePage()
{
    const PgBackupFormat &format = restoreWizard()->format();
    m_key->preferPassphrase(format.passphraseKey || format.kind == PgBackupFormat::Kind::OpenPgp ||
                            format.kind == PgBackupFormat::Kind::NodeGcm);
    m_key->showError(restoreWizard()->keyError());
    connect(restoreWizard(), &PgRestoreWizard::keyRejected, m_key, &PgKeyEntry::showError,
            Qt::UniqueConnection);
}

bool PgKeyPage::isComplete() const
{
    return m_key->hasInput();
}

bool PgKeyPage::validatePage()
{
    Result<age::DecryptKeys> keys = m_key->keys();
    if (!keys) {
        m_key->showError(keys.error().message);
        return false;
    }
    restoreWizard()->setKeys(*keys);
    restoreWizard()->clearKeyError();
    return true;
}

// 3. Checks ----------------------------------------------------------------------------------------

PgChecksPage::PgChecksPage()
{
    setTitle(tr("Checks"));
    setSubTitle(tr("The backup is checked before anything on the server is touched."));
    auto *layout = new QVBoxLayout(this);
    m_status = pgWrappingLabel();
    m_status->setObjectName(QStringLiteral("checkStatus"));
    layout->addWidget(m_status);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0);
    layout->addWidget(m_progress);
    m_fully = new QPushButton(tr("Check Every &Chunk (Level 2)"));
    m_fully->setObjectName(QStringLiteral("checkFully"));
    m_fully->setToolTip(tr("Decrypts and authenticates the whole dump and reads its table of contents "
                           "(pg_restore --list) against the manifest; nothing is written to disk."));
    auto *row = new QHBoxLayout;
    row->addWidget(m_fully);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    connect(m_fully, &QPushButton::clicked, this, [this] { startCheck(2); });
}

void PgChecksPage::initializePage()
{
    const PgBackupFormat &format = restoreWizard()->format();
    m_passed = false;
    // A file of another tool has no levels: it is read in full (key, authentication, compression,
    // archive) before the target is chosen, so a wrong key is said here, where another can be typed.
    m_fully->setVisible(format.hasManifest());
    startCheck(1);
}

PgChecksPage::~PgChecksPage()
{
    // A wizard closed during the check stops it; its report would have no one to go to.
    if (m_handle)
        m_handle->cancel();
}

void PgChecksPage::cleanupPage()
{
    if (m_handle)
        m_handle->cancel();
}

bool PgChecksPage::isComplete() const
{
    return m_passed && !m_handle;
}

void PgChecksPage::startCheck(int level)
{
    if (m_handle)
        return;
    m_passed = false;
    pgbackup::PgVerifyRequest request;
    request.file = restoreWizard()->file();
    request.keys = restoreWizard()->keys();
    request.level = level;
    m_status->setText(pgHtml(!restoreWizard()->format().hasManifest()
                                 ? tr("Reading the whole file once: its checksum, the key, every part "
                                      "authenticated, the compression and the archive. The restore reads "
                                      "it again…")
                             : level == 1 ? tr("Checking the checksums, the manifest and the age header…")
                                          : tr("Authenticating every chunk of the dump and reading its "
                                               "table of contents…")));
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_fully->setEnabled(false);
    m_handle = startInDialog(restoreWizard(), std::make_shared<pgbackup::PgVerifyJob>(std::move(request)));
    connect(m_handle, &JobHandle::progressChanged, this, [this](const JobProgress &p) {
        if (p.total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(1000 * p.done / p.total));
        }
    });
    connect(m_handle, &JobHandle::finished, this,
            [this, level](const JobReport &report) { onFinished(report, level); });
    Q_EMIT completeChanged();
}

void PgChecksPage::onFinished(const JobReport &report, int level)
{
    m_handle = nullptr;
    m_progress->setVisible(false);
    m_fully->setEnabled(level == 1);
    if (report.outcome == JobOutcome::Cancelled) {
        m_status->setText(pgHtml(tr("The check was stopped. Go back and forth to run it again.")));
    } else if (report.error && report.error->code == ExitCode::WrongKey) {
        // The key page says it, where the user can type another.
        restoreWizard()->rejectKey(report.error->message);
        if (restoreWizard()->currentId() == PgRestoreWizard::ChecksPage)
            restoreWizard()->back();
        return;
    } else if (report.error) {
        m_status->setText(
            QStringLiteral("<b>%1</b><br>%2")
                .arg(pgHtml(tr("This backup cannot be restored:")), pgHtml(report.error->message)));
    } else if (report.data.value(QStringLiteral("foreign")).toBool()) {
        m_passed = true;
        QStringList held;
        if (report.data.value(QStringLiteral("checksumChecked")).toBool())
            held << tr("its .sha256 holds");
        if (report.data.value(QStringLiteral("authenticated")).toBool())
            held << tr("the key opens it and every part is authentic");
        if (report.data.value(QStringLiteral("compressionChecked")).toBool())
            held << tr("the compressed stream is intact");
        if (report.data.value(QStringLiteral("archiveRead")).toBool())
            held << tr("pg_restore read the whole archive");
        QString text = held.isEmpty()
                           ? tr("The file was read in full.")
                           : tr("The file was read in full: %1.").arg(held.join(QStringLiteral(", ")));
        for (const QJsonValue &note : report.data.value(QStringLiteral("notes")).toArray())
            text += QLatin1Char(' ') + note.toString();
        m_status->setText(pgHtml(text + QLatin1Char(' ') + tr("It carries no manifest.")));
    } else {
        m_passed = true;
        const QLocale locale;
        const QString counts =
            tr("%1 tables, %2 rows in the manifest.")
                .arg(locale.toString(report.data.value(QStringLiteral("tables")).toInt()),
                     locale.toString(report.data.value(QStringLiteral("rows")).toInteger()));
        m_status->setText(pgHtml(level == 1
                                     ? tr("Checksums, manifest and age header are intact and the key opens "
                                          "them. %1")
                                           .arg(counts)
                                     : tr("Every chunk is authentic and the table of contents holds every "
                                          "table of the manifest. %1")
                                           .arg(counts)));
    }
    Q_EMIT completeChanged();
}

// 4. Target ----------------------------------------------------------------------------------------

PgTargetPage::PgTargetPage()
{
    setTitle(tr("Target Database"));
    auto *layout = new QFormLayout(this);
    m_new = new QRadioButton(tr("A &new database:"));
    m_new->setObjectName(QStringLiteral("newDatabase"));
    m_newName = new QLineEdit;
    m_newName->setObjectName(QStringLiteral("newDatabaseName"));
    layout->addRow(m_new, m_newName);
    m_existing = new QRadioButton(tr("An &existing database:"));
    m_existing->setObjectName(QStringLiteral("existingDatabase"));
    m_existingName = new QLineEdit;
    m_existingName->setObjectName(QStringLiteral("existingDatabaseName"));
    layout->addRow(m_existing, m_existingName);
    m_clean = new QCheckBox(tr("&Replace what it holds (--clean)"));
    m_clean->setToolTip(tr("Its current tables and their rows are dropped and restored from the backup. "
                           "Without this, a database that holds tables is refused."));
    m_clean->setObjectName(QStringLiteral("clean"));
    layout->addRow(QString(), m_clean);
    m_jobs = new QSpinBox;
    m_jobs->setObjectName(QStringLiteral("jobs"));
    m_jobs->setRange(1, 16);
    m_jobs->setToolTip(
        tr("1 streams the backup into pg_restore with no plaintext on disk. More run pg_restore "
           "in parallel, which needs the decrypted dump staged in a private folder."));
    layout->addRow(tr("Parallel &jobs:"), m_jobs);
    auto *stagingRow = new QWidget;
    auto *stagingLayout = new QHBoxLayout(stagingRow);
    stagingLayout->setContentsMargins(0, 0, 0, 0);
    m_staging = new QLineEdit;
    m_staging->setObjectName(QStringLiteral("staging"));
    m_browseStaging = new QPushButton(tr("B&rowse…"));
    stagingLayout->addWidget(m_staging, 1);
    stagingLayout->addWidget(m_browseStaging);
    layout->addRow(tr("&Staging folder:"), stagingRow);
    auto *hint = pgWrappingLabel();
    hint->setText(
        pgHtml(tr("The staging folder (0700) holds the decrypted dump while pg_restore reads it; it is "
                  "removed afterwards, also after a failure or a cancel. Choose one on an encrypted "
                  "file system.")));
    layout->addRow(hint);

    for (QRadioButton *b : {m_new, m_existing})
        connect(b, &QRadioButton::toggled, this, &PgTargetPage::update);
    connect(m_newName, &QLineEdit::textEdited, this, [this] { m_new->setChecked(true); });
    connect(m_existingName, &QLineEdit::textEdited, this, [this] { m_existing->setChecked(true); });
    for (QLineEdit *e : {m_newName, m_existingName})
        connect(e, &QLineEdit::textChanged, this, &PgTargetPage::update);
    connect(m_clean, &QCheckBox::toggled, this, &PgTargetPage::update);
    connect(m_jobs, &QSpinBox::valueChanged, this, &PgTargetPage::update);
    connect(m_browseStaging, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Choose the Staging Folder"), m_staging->text());
        if (!dir.isEmpty())
            m_staging->setText(dir);
    });
}

void PgTargetPage::initializePage()
{
    const PgRestoreTargetChoice &t = restoreWizard()->target();
    setSubTitle(tr("Where the backup is restored on %1.").arg(restoreWizard()->server().displayName()));
    m_newName->setText(t.database.isEmpty() || !t.create ? restoreWizard()->suggestedDatabase() : t.database);
    m_existingName->setText(!t.create && !t.database.isEmpty()
                                ? t.database
                                : restoreWizard()->server().option(QStringLiteral("dbname")));
    (t.create ? m_new : m_existing)->setChecked(true);
    m_clean->setChecked(t.clean);
    m_jobs->setValue(t.jobs);
    m_staging->setText(restoreWizard()->stagingParent());
    update();
}

void PgTargetPage::update()
{
    m_clean->setEnabled(m_existing->isChecked());
    PgRestoreTargetChoice t = restoreWizard()->target();
    t.jobs = m_jobs->value();
    restoreWizard()->setTarget(t);
    const bool staged = restoreWizard()->staged();
    m_staging->setEnabled(staged);
    m_browseStaging->setEnabled(staged);
    Q_EMIT completeChanged();
}

bool PgTargetPage::isComplete() const
{
    if (m_new->isChecked())
        return !m_newName->text().trimmed().isEmpty();
    return !m_existingName->text().trimmed().isEmpty();
}

bool PgTargetPage::validatePage()
{
    PgRestoreTargetChoice t;
    t.create = m_new->isChecked();
    t.database = (t.create ? m_newName : m_existingName)->text().trimmed();
    t.clean = !t.create && m_clean->isChecked();
    t.jobs = m_jobs->value();
    const QString staging = QFileInfo(m_staging->text().trimmed()).absoluteFilePath();
    t.stagingParent = staging == QFileInfo(restoreWizard()->file()).absolutePath() ? QString() : staging;
    restoreWizard()->setTarget(t);
    return true;
}

// 5. Plan ------------------------------------------------------------------------------------------

PgPlanPage::PgPlanPage()
{
    setTitle(tr("The Plan"));
    setSubTitle(tr("Nothing has been changed yet. Restore starts the steps below."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Restore"));
    auto *layout = new QVBoxLayout(this);
    m_text = pgWrappingLabel();
    m_text->setObjectName(QStringLiteral("plan"));
    layout->addWidget(m_text);
    layout->addStretch();
}

void PgPlanPage::initializePage()
{
    PgRestoreWizard *w = restoreWizard();
    const PgRestoreTargetChoice &t = w->target();
    QStringList steps;
    steps << tr("Check %1 again: checksums, manifest and age header, with the key.").arg(w->file());
    if (!w->format().hasManifest())
        steps.last() = w->format().needsKey()
                           ? tr("Read %1 once in full to check it again (checksum, key, every part "
                                "authenticated, compression, archive): one extra read of the file before the "
                                "target is touched. Then decrypt it as it is read, authenticating every "
                                "part.")
                                 .arg(w->file())
                           : tr("Read %1 once in full to check it again (checksum, compression, archive): "
                                "one extra read of the file before the target is touched.")
                                 .arg(w->file());
    if (t.create)
        steps << tr("Create the new database %1 on %2.").arg(t.database, w->server().displayName());
    else if (t.clean)
        steps << tr("Replace the objects of the existing database %1 on %2 (--clean): its tables and rows as "
                    "they are now are lost.")
                     .arg(t.database, w->server().displayName());
    else
        steps
            << tr("Restore into the existing database %1 on %2, which must be empty; the restore is refused "
                  "if it holds tables.")
                   .arg(t.database, w->server().displayName());
    if (w->staged())
        steps
            << tr("Stage the decrypted dump in a new private folder (0700) in %1 and run pg_restore with %n "
                  "job(s); the folder is removed afterwards, also after a failure or a cancel.",
                  nullptr, t.jobs)
                   .arg(w->stagingParent());
    else
        steps << tr("Stream the backup through decryption and decompression into pg_restore in one "
                    "transaction: no plaintext on disk.");
    steps << (w->format().hasManifest()
                  ? tr("Count every table's rows and compare them with the manifest; any difference is an "
                       "error.")
                  : tr("Count every table's rows (the file has no manifest to compare them with)."));
    if (t.create)
        steps << tr("A restore that fails drops the new database again.");
    QString text = QStringLiteral("<ol>");
    for (const QString &s : std::as_const(steps))
        text += QStringLiteral("<li>%1</li>").arg(pgHtml(s));
    m_text->setText(text + QStringLiteral("</ol>"));
}

// 6. Progress --------------------------------------------------------------------------------------

PgProgressPage::PgProgressPage()
{
    setTitle(tr("Restoring"));
    auto *layout = new QVBoxLayout(this);
    m_status = pgWrappingLabel();
    layout->addWidget(m_status);
    m_progress = new QProgressBar;
    layout->addWidget(m_progress);
    layout->addStretch();
}

void PgProgressPage::initializePage()
{
    PgRestoreWizard *w = restoreWizard();
    m_finished = false;
    m_status->setText(pgHtml(
        tr("Restoring into %1; the job dialog shows every step and can stop it.").arg(w->target().database)));
    m_progress->setRange(0, 0);
    w->setRestoring(true);
    m_handle = startInDialog(w, std::make_shared<pgbackup::PgRestoreJob>(w->request()));
    connect(m_handle, &JobHandle::progressChanged, this, [this](const JobProgress &p) {
        if (p.total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(1000 * p.done / p.total));
        }
    });
    connect(m_handle, &JobHandle::finished, this, [this](const JobReport &report) {
        m_finished = true;
        restoreWizard()->setResult(report);
        Q_EMIT completeChanged();
        restoreWizard()->next();
    });
}

bool PgProgressPage::isComplete() const
{
    return m_finished;
}

// 7. Report ----------------------------------------------------------------------------------------

PgReportPage::PgReportPage()
{
    setTitle(tr("Report"));
    setSubTitle(
        tr("What the restore did, and every table's rows in the backup and in the restored database."));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_text = pgWrappingLabel();
    m_text->setObjectName(QStringLiteral("reportText"));
    layout->addWidget(m_text);
    m_comparison = new QTableWidget(0, 4);
    m_comparison->setObjectName(QStringLiteral("restoreComparison"));
    m_comparison->setHorizontalHeaderLabels({tr("Table"), tr("In the backup"), tr("Restored"), tr("Equal")});
    m_comparison->verticalHeader()->setVisible(false);
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparison->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_comparison, 1);
    m_addConnection = new QPushButton(tr("&Add the Restored Database to the Databases Section"));
    m_addConnection->setObjectName(QStringLiteral("addConnection"));
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_addConnection);
    layout->addLayout(row);
    connect(m_addConnection, &QPushButton::clicked, this, [this] {
        m_addConnection->setEnabled(false);
        Q_EMIT restoreWizard()->connectionRequested(restoreWizard()->request().target);
    });
}

void PgReportPage::initializePage()
{
    const std::optional<JobReport> &report = restoreWizard()->result();
    if (!report)
        return;
    const QLocale locale;
    const QJsonObject &data = report->data;
    QString text;
    if (report->outcome == JobOutcome::Cancelled)
        text = pgHtml(
            tr("The restore was stopped. The staging folder was removed; a database created for it was "
               "dropped again."));
    else if (report->error)
        text = QStringLiteral("<b>%1</b><br>%2")
                   .arg(pgHtml(tr("The restore failed:")), pgHtml(report->error->message));
    else
        text = QStringLiteral("<b>%1</b>")
                   .arg(pgHtml(tr("Restored into %1 in %2 s.")
                                   .arg(restoreWizard()->target().database)
                                   .arg(locale.toString(double(report->durationMs()) / 1000.0, 'f', 1))));
    const QJsonArray rows = data.value(QStringLiteral("comparison")).toArray();
    const bool manifest = data.value(QStringLiteral("manifest")).toBool(true);
    if (!rows.isEmpty()) {
        qint64 restored = 0;
        for (const QJsonValue &row : rows)
            restored += row[QStringLiteral("restored")].toInteger();
        text += QStringLiteral("<br>") +
                pgHtml(tr("%1 tables, %2 rows restored.")
                           .arg(locale.toString(rows.size()), locale.toString(restored)));
        if (!manifest)
            text +=
                QStringLiteral("<br>") +
                pgHtml(tr("The file (%1) has no manifest: the counts found are shown without a comparison.")
                           .arg(data.value(QStringLiteral("format")).toString()));
    }
    if (data.contains(QStringLiteral("staging")))
        text += QStringLiteral("<br>") + pgHtml(tr("Staging folder used (now removed): %1")
                                                    .arg(data.value(QStringLiteral("staging")).toString()));
    const QJsonArray warnings = data.value(QStringLiteral("warnings")).toArray();
    if (!warnings.isEmpty()) {
        text += QStringLiteral("<br><b>%1</b><ul>").arg(pgHtml(tr("Warnings of pg_restore:")));
        for (const QJsonValue &w : warnings)
            text += QStringLiteral("<li>%1</li>").arg(pgHtml(w.toString()));
        text += QStringLiteral("</ul>");
    }
    m_text->setText(text);
    // A database the restore made is worth a look: its own dashboard, beside the original.
    m_addConnection->setVisible(restoreWizard()->target().create && report->outcome == JobOutcome::Succeeded);
    m_comparison->setRowCount(int(rows.size()));
    m_comparison->setColumnHidden(1, !manifest);
    m_comparison->setColumnHidden(3, !manifest);
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonObject row = rows[r].toObject();
        const QJsonValue backup = row[QStringLiteral("backup")];
        const bool equal = row[QStringLiteral("equal")].toBool();
        auto *name = new QTableWidgetItem(row[QStringLiteral("table")].toString());
        auto *inBackup = new QTableWidgetItem(backup.isNull() || backup.toInteger(-1) < 0
                                                  ? QStringLiteral("–")
                                                  : locale.toString(backup.toInteger()));
        auto *now = new QTableWidgetItem(locale.toString(row[QStringLiteral("restored")].toInteger()));
        auto *same = new QTableWidgetItem(equal ? tr("yes") : tr("NO"));
        for (QTableWidgetItem *item : {inBackup, now})
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (manifest && !equal)
            for (QTableWidgetItem *item : {name, inBackup, now, same})
                item->setForeground(QColor(0xb0, 0x00, 0x20));
        m_comparison->setItem(r, 0, name);
        m_comparison->setItem(r, 1, inBackup);
        m_comparison->setItem(r, 2, now);
        m_comparison->setItem(r, 3, same);
    }
}

} // namespace strongroom::ui
