#include "volumes/VolumesPage.h"

#include "core/JobRunner.h"
#include "core/KernelFeatures.h"
#include "jobs/JobsIndicator.h"
#include "volumes/HeaderBackupFileDialog.h"
#include "volumes/HeaderBackupJob.h"
#include "volumes/InPlaceDialog.h"
#include "volumes/KeySlotDialog.h"
#include "volumes/KnownVolumes.h"
#include "volumes/MigrateDirWizard.h"
#include "volumes/OpenVolumeDialog.h"
#include "volumes/VolumeBrowserDialog.h"
#include "volumes/VolumeJobs.h"
#include "volumes/VolumeMappingJob.h"
#include "volumes/VolumeSetupWizard.h"
#include "volumes/VolumeText.h"
#include "widgets/Banner.h"

#include <QDateTime>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace strongroom::ui {

namespace {
QLabel *valueLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString noDeviceMapperText()
{
    return VolumesPage::tr(
        "This machine has no device-mapper (/dev/mapper/control is missing or dm_crypt is not loaded), so "
        "volumes cannot be opened, mounted or closed here. Key slots, header backups and in-place "
        "encryption work without it.");
}
} // namespace

VolumesPage::VolumesPage(JobRunner *runner, JobsIndicator *jobs, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_jobs(jobs), m_known(new KnownVolumes(this))
{
    setObjectName(QStringLiteral("volumesPage"));
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Volumes")));
    top->addWidget(heading);
    top->addStretch();
    auto *create = new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("New Volume…"));
    create->setObjectName(QStringLiteral("newVolumeButton"));
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add Existing…"));
    add->setObjectName(QStringLiteral("addExistingButton"));
    auto *reload = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh"));
    reload->setObjectName(QStringLiteral("refreshButton"));
    top->addWidget(create);
    top->addWidget(add);
    auto *migrate = new QPushButton(tr("Move Folder Into Volume…"));
    migrate->setObjectName(QStringLiteral("migrateDirButton"));
    top->addWidget(migrate);
    connect(migrate, &QPushButton::clicked, this, [this] {
        auto *wizard = new MigrateDirWizard(m_runner, m_jobs, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &MigrateDirWizard::stepFinished, this, [this, wizard](const JobReport &report) {
            if (!report.error && report.outcome == JobOutcome::Succeeded)
                addVolume(wizard->field(QStringLiteral("image")).toString());
        });
        wizard->show();
    });
    top->addWidget(reload);
    layout->addLayout(top);

    m_banner = new Banner;
    m_banner->setObjectName(QStringLiteral("volumesBanner"));
    m_banner->hide();
    layout->addWidget(m_banner);
    if (!deviceMapperAvailable()) {
        m_banner->showMessage(Banner::Tone::Info, noDeviceMapperText());
        m_banner->show();
    }

    auto *splitter = new QSplitter;
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("volumeList"));
    m_list->setMinimumWidth(220);
    m_views = new QStackedWidget;
    m_views->addWidget(createEmptyState());
    m_views->addWidget(createDetails());
    splitter->addWidget(m_list);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 700});
    layout->addWidget(splitter, 1);

    connect(create, &QPushButton::clicked, this, &VolumesPage::showSetupWizard);
    connect(add, &QPushButton::clicked, this, &VolumesPage::chooseExisting);
    connect(reload, &QPushButton::clicked, this, &VolumesPage::refresh);
    connect(m_list, &QListWidget::currentRowChanged, this, &VolumesPage::showCurrent);
    connect(m_known, &KnownVolumes::changed, this, &VolumesPage::refresh);
}

void VolumesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Headers are read when the page is first looked at, not at every start of the console.
    if (!m_shownOnce) {
        m_shownOnce = true;
        refresh();
    }
}

QWidget *VolumesPage::createEmptyState()
{
    auto *empty =
        new QLabel(tr("<p><b>No volumes yet.</b></p><p>Make a new LUKS2 volume in an image file with "
                      "<b>New Volume…</b>, or add an existing image with <b>Add Existing…</b> or by dropping "
                      "it here.</p>"));
    empty->setObjectName(QStringLiteral("emptyState"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    return empty;
}

QWidget *VolumesPage::createDetails()
{
    auto *details = new QWidget;
    auto *layout = new QVBoxLayout(details);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("volumeTitle"));
    layout->addWidget(m_title);
    auto *form = new QFormLayout;
    m_path = valueLabel(QStringLiteral("pathLabel"));
    m_state = valueLabel(QStringLiteral("stateLabel"));
    m_uuid = valueLabel(QStringLiteral("uuidLabel"));
    m_cipher = valueLabel(QStringLiteral("cipherLabel"));
    m_headerBackup = valueLabel(QStringLiteral("headerBackupLabel"));
    form->addRow(tr("File:"), m_path);
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("UUID:"), m_uuid);
    form->addRow(tr("Encryption:"), m_cipher);
    form->addRow(tr("Header backup:"), m_headerBackup);
    layout->addLayout(form);

    auto *slotsTitle = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Key slots")));
    layout->addWidget(slotsTitle);
    m_slots = new QTableWidget(0, 5);
    m_slots->setObjectName(QStringLiteral("keySlotTable"));
    m_slots->setHorizontalHeaderLabels(
        {tr("Slot"), tr("Name"), tr("Key derivation"), tr("Memory"), tr("State")});
    m_slots->verticalHeader()->hide();
    m_slots->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_slots->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_slots->setSelectionMode(QAbstractItemView::SingleSelection);
    m_slots->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_slots->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_slots, 1);

    m_actionBar = new QWidget;
    auto *grid = new QGridLayout(m_actionBar);
    grid->setContentsMargins(0, 0, 0, 0);
    const QList<QPushButton *> keyRow{
        addAction(QStringLiteral("addKeyButton"), tr("Add Key…"), tr("Add a passphrase in a free key slot.")),
        addAction(QStringLiteral("changeKeyButton"), tr("Change Key…"),
                  tr("Replace the passphrase of the slot a key opens.")),
        addAction(QStringLiteral("removeKeyButton"), tr("Remove Key…"),
                  tr("Remove a key slot, after proving that a different key opens another one.")),
        addAction(QStringLiteral("retuneButton"), tr("Retune…"),
                  tr("Rewrite a slot with other key-derivation costs."))};
    const QList<QPushButton *> fileRow{addAction(QStringLiteral("headerBackupButton"), tr("Back Up Header…"),
                                                 tr("Save the LUKS header (key slots included) to a file.")),
                                       addAction(QStringLiteral("headerRestoreButton"), tr("Restore Header…"),
                                                 tr("Put a saved header back on the image.")),
                                       addAction(QStringLiteral("encryptButton"), tr("Encrypt in Place…"),
                                                 tr("Encrypt an unencrypted image where it is.")),
                                       addAction(QStringLiteral("decryptButton"), tr("Decrypt in Place…"),
                                                 tr("Turn the volume back into an unencrypted image."))};
    const QList<QPushButton *> mapRow{addAction(QStringLiteral("openButton"), tr("Open…"), QString()),
                                      addAction(QStringLiteral("closeButton"), tr("Close"), QString()),
                                      addAction(QStringLiteral("mountButton"), tr("Mount"), QString()),
                                      addAction(QStringLiteral("unmountButton"), tr("Unmount"), QString())};
    QPushButton *browse =
        addAction(QStringLiteral("browseButton"), tr("Browse…"),
                  tr("List and extract the files inside, in user space: no root, nothing mounted."));
    QPushButton *forget = addAction(QStringLiteral("forgetButton"), tr("Forget"),
                                    tr("Remove from this list; the file stays untouched."));
    for (int i = 0; i < keyRow.size(); ++i)
        grid->addWidget(keyRow[i], 0, i);
    for (int i = 0; i < fileRow.size(); ++i)
        grid->addWidget(fileRow[i], 1, i);
    for (int i = 0; i < mapRow.size(); ++i)
        grid->addWidget(mapRow[i], 2, i);
    grid->addWidget(browse, 3, 0);
    grid->addWidget(forget, 3, 3);
    layout->addWidget(m_actionBar);

    connect(keyRow[0], &QPushButton::clicked, this,
            [this] { openKeySlotDialog(int(KeySlotJob::Operation::Add)); });
    connect(keyRow[1], &QPushButton::clicked, this,
            [this] { openKeySlotDialog(int(KeySlotJob::Operation::Change)); });
    connect(keyRow[2], &QPushButton::clicked, this,
            [this] { openKeySlotDialog(int(KeySlotJob::Operation::Remove)); });
    connect(keyRow[3], &QPushButton::clicked, this,
            [this] { openKeySlotDialog(int(KeySlotJob::Operation::Retune)); });
    connect(fileRow[0], &QPushButton::clicked, this, &VolumesPage::backUpHeader);
    connect(fileRow[1], &QPushButton::clicked, this, &VolumesPage::restoreHeader);
    connect(fileRow[2], &QPushButton::clicked, this, [this] { startInPlace(true); });
    connect(fileRow[3], &QPushButton::clicked, this, [this] { startInPlace(false); });
    connect(mapRow[0], &QPushButton::clicked, this, &VolumesPage::openVolume);
    connect(mapRow[1], &QPushButton::clicked, this, &VolumesPage::closeVolume);
    connect(mapRow[2], &QPushButton::clicked, this, &VolumesPage::mountVolume);
    connect(mapRow[3], &QPushButton::clicked, this, &VolumesPage::unmountVolume);
    connect(forget, &QPushButton::clicked, this, &VolumesPage::forgetCurrent);
    connect(browse, &QPushButton::clicked, this, [this] {
        if (const VolumeRecord *record = currentRecord()) {
            auto *browser = new VolumeBrowserDialog(m_runner, m_jobs, record->path, this);
            browser->setAttribute(Qt::WA_DeleteOnClose);
            browser->show();
        }
    });
    return details;
}

QPushButton *VolumesPage::addAction(const QString &objectName, const QString &text, const QString &toolTip)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    m_actions.append(button);
    return button;
}

QStringList VolumesPage::volumePaths() const
{
    return m_known->paths();
}

void VolumesPage::addVolume(const QString &path)
{
    m_wantSelected = QFileInfo(path).absoluteFilePath();
    if (!m_known->add(path))
        selectVolume(m_wantSelected);
}

void VolumesPage::selectVolume(const QString &path)
{
    for (int row = 0; row < m_records.size(); ++row)
        if (m_records[row].path == path)
            m_list->setCurrentRow(row);
}

void VolumesPage::refresh()
{
    if (m_scan) {
        m_rescan = true; // the list changed while reading: read again when this pass ends
        return;
    }
    auto job = std::make_shared<VolumeScanJob>(m_known->paths());
    m_scan = m_runner->start(job);
    connect(m_scan, &JobHandle::finished, this, [this, job] {
        m_scan = nullptr;
        if (m_rescan) {
            m_rescan = false;
            refresh();
            return;
        }
        showRecords(job->records());
        Q_EMIT refreshed();
    });
}

void VolumesPage::showRecords(const QList<VolumeRecord> &records)
{
    const QString selected =
        m_wantSelected.isEmpty() && currentRecord() ? currentRecord()->path : m_wantSelected;
    m_wantSelected.clear();
    m_records = records;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const VolumeRecord &record : records) {
        auto *item = new QListWidgetItem(
            QIcon(QStringLiteral(":/icons/sections/volumes.svg")),
            QStringLiteral("%1\n%2").arg(QFileInfo(record.path).fileName(), VolumeText::state(record)));
        item->setToolTip(record.path);
        m_list->addItem(item);
    }
    int row = records.isEmpty() ? -1 : 0;
    for (int i = 0; i < records.size(); ++i)
        if (records[i].path == selected)
            row = i;
    m_list->setCurrentRow(row);
    showCurrent();
}

const VolumeRecord *VolumesPage::currentRecord() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_records.size() ? &m_records[row] : nullptr;
}

void VolumesPage::showCurrent()
{
    const VolumeRecord *record = currentRecord();
    m_views->setCurrentIndex(record ? 1 : 0);
    if (!record)
        return;
    m_title->setText(QStringLiteral("<h3>%1</h3>").arg(QFileInfo(record->path).fileName().toHtmlEscaped()));
    m_path->setText(record->path);
    m_state->setText(VolumeText::state(*record));
    const bool luks = record->info.has_value();
    m_uuid->setText(luks ? record->info->uuid : QStringLiteral("—"));
    m_cipher->setText(luks ? tr("%1, %2-bit key, %3-byte sectors%4")
                                 .arg(record->info->cipher)
                                 .arg(record->info->keySizeBits)
                                 .arg(record->info->sectorSize)
                                 .arg(record->info->label.isEmpty()
                                          ? QString()
                                          : tr(", label “%1”").arg(record->info->label))
                           : QStringLiteral("—"));
    const QString age = VolumeText::headerBackupAge(record->lastHeaderBackup);
    m_headerBackup->setText(
        luks && !record->lastHeaderBackup.isValid()
            ? tr("%1: without one, a damaged header loses all data. Back it up now.").arg(age)
            : age);
    m_headerBackup->setStyleSheet(
        luks && !record->lastHeaderBackup.isValid() ? QStringLiteral("color: #b03a2e;") : QString());

    m_slots->setRowCount(0);
    if (luks) {
        for (const KeySlotInfo &slot : record->info->keySlots) {
            const int row = m_slots->rowCount();
            m_slots->insertRow(row);
            const QString memory =
                slot.memoryKib > 0 ? tr("%1 MiB").arg(slot.memoryKib / 1024) : QStringLiteral("—");
            const QStringList cells{QString::number(slot.slot), VolumeText::slotName(slot),
                                    VolumeText::slotCost(slot), memory, slot.state};
            for (int column = 0; column < cells.size(); ++column)
                m_slots->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
    }
    updateActions();
}

void VolumesPage::updateActions()
{
    const VolumeRecord *record = currentRecord();
    const bool luks = record && record->info && record->state == inplace::State::Luks;
    const bool luks2 = luks && record->info->version == 2;
    const bool plainFile =
        record && !record->info && record->state == inplace::State::Plain && QFileInfo(record->path).isFile();
    const bool encrypting =
        record && (record->state == inplace::State::Encrypting || record->state == inplace::State::Crashed);
    const bool decrypting = record && record->state == inplace::State::Decrypting;
    const bool dm = deviceMapperAvailable();
    const QHash<QString, QString> mappingTips{
        {QStringLiteral("openButton"), tr("Unlock the volume through udisks2, the system's disk service, "
                                          "which may ask for authorisation.")},
        {QStringLiteral("closeButton"), tr("Lock the volume and free its loop device through udisks2.")},
        {QStringLiteral("mountButton"),
         tr("Mount the opened volume through udisks2, under /media/USER, without setuid programs or "
            "device files.")},
        {QStringLiteral("unmountButton"), tr("Unmount the volume through udisks2.")}};
    for (QPushButton *button : std::as_const(m_actions)) {
        const QString name = button->objectName();
        bool enabled = luks;
        if (name == QLatin1String("encryptButton"))
            enabled = plainFile || encrypting;
        else if (name == QLatin1String("decryptButton"))
            enabled = luks2 || decrypting;
        else if (name == QLatin1String("forgetButton"))
            enabled = record != nullptr;
        else if (mappingTips.contains(name)) {
            enabled = luks && dm;
            button->setToolTip(dm ? mappingTips.value(name) : noDeviceMapperText());
        }
        button->setEnabled(enabled);
    }
}

void VolumesPage::chooseExisting()
{
    auto *dialog = new QFileDialog(this, tr("Add Existing Volume"), QString(),
                                   tr("Volume images (*.img *.luks *.raw);;All files (*)"));
    dialog->setObjectName(QStringLiteral("addExistingDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) {
        for (const QString &file : files)
            addVolume(file);
    });
    dialog->open();
}

void VolumesPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void VolumesPage::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            addVolume(url.toLocalFile());
    event->acceptProposedAction();
}

void VolumesPage::showSetupWizard()
{
    auto *wizard = new VolumeSetupWizard(m_runner, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &VolumeSetupWizard::volumeCreated, this, &VolumesPage::addVolume);
    connect(wizard, &VolumeSetupWizard::headerBackedUp, this, &VolumesPage::refresh);
    wizard->open();
}

void VolumesPage::openKeySlotDialog(int operation)
{
    const VolumeRecord *record = currentRecord();
    if (!record || !record->info)
        return;
    auto *dialog = new KeySlotDialog(m_runner, *record, KeySlotJob::Operation(operation), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int selectedRow = m_slots->currentRow();
    if (selectedRow >= 0)
        dialog->selectSlot(m_slots->item(selectedRow, 0)->text().toInt());
    connect(dialog, &KeySlotDialog::volumeChanged, this, [this](const QString &summary) {
        m_banner->showMessage(Banner::Tone::Success, summary);
        m_banner->show();
        refresh();
    });
    dialog->open();
}

void VolumesPage::runAndRefresh(JobHandle *handle)
{
    if (m_jobs)
        m_jobs->showDialog(handle);
    connect(handle, &JobHandle::finished, this, [this](const JobReport &report) {
        if (report.outcome == JobOutcome::Failed && report.error)
            m_banner->showMessage(Banner::Tone::Error, report.error->message);
        else if (report.outcome == JobOutcome::Cancelled)
            m_banner->showMessage(Banner::Tone::Info, tr("Cancelled: %1").arg(report.title));
        else
            m_banner->showMessage(Banner::Tone::Success,
                                  report.overview.isEmpty() ? report.title : report.overview);
        m_banner->show();
        refresh();
    });
}

void VolumesPage::backUpHeader()
{
    const VolumeRecord *record = currentRecord();
    if (!record)
        return;
    const QString image = record->path;
    auto *dialog = new HeaderBackupFileDialog(image, this);
    connect(dialog, &QFileDialog::fileSelected, this, [this, image](const QString &file) {
        runAndRefresh(m_runner->start(
            std::make_shared<HeaderBackupJob>(HeaderBackupJob::Request::backup(image, file))));
    });
    dialog->open();
}

void VolumesPage::restoreHeader()
{
    const VolumeRecord *record = currentRecord();
    if (!record)
        return;
    const QString image = record->path;
    auto *dialog = new QFileDialog(this, tr("Restore Header"), QFileInfo(image).absolutePath());
    dialog->setObjectName(QStringLiteral("headerRestoreDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this, image](const QString &file) {
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Restore Header"),
                            tr("Replace the LUKS header of %1 with the one saved in %2?").arg(image, file),
                            QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("restoreConfirmation"));
        box->setInformativeText(
            tr("Restoring brings back the key slots of the time of the backup: keys removed since then "
               "open the volume again, keys added since then stop working. The current header is kept "
               "in a file beside the image. A backup of another volume (other UUID) is refused."));
        QPushButton *restore = box->addButton(tr("Restore Header"), QMessageBox::DestructiveRole);
        restore->setObjectName(QStringLiteral("restoreButton"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(restore, &QPushButton::clicked, this, [this, image, file] {
            const HeaderBackupJob::Request request = HeaderBackupJob::Request::restore(image, file);
            runAndRefresh(m_runner->start(std::make_shared<HeaderBackupJob>(request)));
        });
        box->open();
    });
    dialog->open();
}

void VolumesPage::startInPlace(bool encrypt)
{
    const VolumeRecord *record = currentRecord();
    if (!record)
        return;
    const QString image = record->path;
    const bool resume = record->state == inplace::State::Encrypting ||
                        record->state == inplace::State::Crashed ||
                        record->state == inplace::State::Decrypting;
    auto *dialog = new InPlaceDialog(
        m_runner, image, encrypt ? InPlaceDialog::Direction::Encrypt : InPlaceDialog::Direction::Decrypt,
        resume, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, image] {
        const auto direction = dialog->direction() == InPlaceDialog::Direction::Encrypt
                                   ? VolumeCryptJob::Direction::Encrypt
                                   : VolumeCryptJob::Direction::Decrypt;
        runAndRefresh(m_runner->start(
            std::make_shared<VolumeCryptJob>(direction, image, dialog->key(), dialog->params())));
    });
    dialog->open();
}

void VolumesPage::forgetCurrent()
{
    if (const VolumeRecord *record = currentRecord())
        m_known->remove(record->path);
}

void VolumesPage::openVolume()
{
    const VolumeRecord *record = currentRecord();
    if (!record)
        return;
    auto *dialog = new OpenVolumeDialog(record->path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        runMapping(VolumeMappingRequest::Verb::Open, dialog->image(), dialog->readOnly(), dialog->takeKey());
    });
    dialog->open();
}

void VolumesPage::closeVolume()
{
    if (const VolumeRecord *record = currentRecord())
        runMapping(VolumeMappingRequest::Verb::Close, record->path);
}

void VolumesPage::mountVolume()
{
    if (const VolumeRecord *record = currentRecord())
        runMapping(VolumeMappingRequest::Verb::Mount, record->path);
}

void VolumesPage::unmountVolume()
{
    if (const VolumeRecord *record = currentRecord())
        runMapping(VolumeMappingRequest::Verb::Unmount, record->path);
}

void VolumesPage::runMapping(VolumeMappingRequest::Verb verb, const QString &image, bool readOnly,
                             const KeyMaterial &key)
{
    VolumeMappingRequest request;
    request.verb = verb;
    request.image = image;
    request.readOnly = readOnly;
    // The banner shows the job's overview, which names the folder udisks2 chose for a mount.
    runAndRefresh(m_runner->start(std::make_shared<VolumeMappingJob>(request, key)));
}

} // namespace strongroom::ui
