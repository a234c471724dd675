#include "volumes/VolumesPage.h"

#include "core/JobReport.h"
#include "core/KernelFeatures.h"
#include "volumes/MigrateDirWizard.h"
#include "volumes/VolumeActions.h"
#include "volumes/VolumeRecords.h"
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
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <functional>

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
    : QWidget(parent), m_runner(runner), m_jobs(jobs), m_volumes(new VolumeRecords(runner, this)),
      m_volumeActions(new VolumeActions(runner, jobs, this))
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
    connect(m_volumes, &VolumeRecords::refreshed, this, [this] {
        showRecords();
        Q_EMIT refreshed();
    });
    connect(m_volumeActions, &VolumeActions::jobEnded, this, &VolumesPage::showJobEnd);
    connect(m_volumeActions, &VolumeActions::volumeChanged, this, &VolumesPage::showChange);
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
    // One line per button: its name, words, place in the grid (row, column) and what it does to the
    // selected volume.
    using Run = std::function<void(const VolumeRecord &)>;
    VolumeActions *act = m_volumeActions;
    const auto keySlot = [this, act](KeySlotJob::Operation operation) {
        return
            [this, act, operation](const VolumeRecord &v) { act->editKeySlot(v, operation, selectedSlot()); };
    };
    struct Button
    {
        QString objectName, text, toolTip;
        int row, column;
        Run run;
    };
    const QList<Button> buttons{
        {QStringLiteral("addKeyButton"), tr("Add Key…"), tr("Add a passphrase in a free key slot."), 0, 0,
         keySlot(KeySlotJob::Operation::Add)},
        {QStringLiteral("changeKeyButton"), tr("Change Key…"),
         tr("Replace the passphrase of the slot a key opens."), 0, 1, keySlot(KeySlotJob::Operation::Change)},
        {QStringLiteral("removeKeyButton"), tr("Remove Key…"),
         tr("Remove a key slot, after proving that a different key opens another one."), 0, 2,
         keySlot(KeySlotJob::Operation::Remove)},
        {QStringLiteral("retuneButton"), tr("Retune…"), tr("Rewrite a slot with other key-derivation costs."),
         0, 3, keySlot(KeySlotJob::Operation::Retune)},
        {QStringLiteral("headerBackupButton"), tr("Back Up Header…"),
         tr("Save the LUKS header (key slots included) to a file."), 1, 0,
         [act](const VolumeRecord &v) { act->backUpHeader(v); }},
        {QStringLiteral("headerRestoreButton"), tr("Restore Header…"),
         tr("Put a saved header back on the image."), 1, 1,
         [act](const VolumeRecord &v) { act->restoreHeader(v); }},
        {QStringLiteral("encryptButton"), tr("Encrypt in Place…"),
         tr("Encrypt an unencrypted image where it is."), 1, 2,
         [act](const VolumeRecord &v) { act->convertInPlace(v, true); }},
        {QStringLiteral("decryptButton"), tr("Decrypt in Place…"),
         tr("Turn the volume back into an unencrypted image."), 1, 3,
         [act](const VolumeRecord &v) { act->convertInPlace(v, false); }},
        {QStringLiteral("openButton"), tr("Open…"), QString(), 2, 0,
         [act](const VolumeRecord &v) { act->open(v); }},
        {QStringLiteral("closeButton"), tr("Close"), QString(), 2, 1,
         [act](const VolumeRecord &v) { act->close(v); }},
        {QStringLiteral("mountButton"), tr("Mount"), QString(), 2, 2,
         [act](const VolumeRecord &v) { act->mount(v); }},
        {QStringLiteral("unmountButton"), tr("Unmount"), QString(), 2, 3,
         [act](const VolumeRecord &v) { act->unmount(v); }},
        {QStringLiteral("browseButton"), tr("Browse…"),
         tr("List and extract the files inside, in user space: no root, nothing mounted."), 3, 0,
         [act](const VolumeRecord &v) { act->browse(v); }},
        {QStringLiteral("forgetButton"), tr("Forget"), tr("Remove from this list; the file stays untouched."),
         3, 3, [this](const VolumeRecord &v) { m_volumes->remove(v.path); }},
    };
    for (const Button &b : buttons) {
        QPushButton *button = addAction(b.objectName, b.text, b.toolTip);
        grid->addWidget(button, b.row, b.column);
        connect(button, &QPushButton::clicked, this, [this, run = b.run] {
            if (const VolumeRecord *record = currentRecord())
                run(*record);
        });
    }
    layout->addWidget(m_actionBar);
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
    return m_volumes->paths();
}

bool VolumesPage::isRefreshing() const
{
    return m_volumes->isReading();
}

void VolumesPage::addVolume(const QString &path)
{
    m_wantSelected = QFileInfo(path).absoluteFilePath();
    if (!m_volumes->add(path))
        selectVolume(m_wantSelected);
}

void VolumesPage::selectVolume(const QString &path)
{
    const QList<VolumeRecord> &records = m_volumes->records();
    for (int row = 0; row < records.size(); ++row)
        if (records[row].path == path)
            m_list->setCurrentRow(row);
}

void VolumesPage::refresh()
{
    m_volumes->refresh();
}

void VolumesPage::showRecords()
{
    const QString selected = m_wantSelected.isEmpty() && m_list->currentItem()
                                 ? m_list->currentItem()->toolTip() // the path of the row shown before
                                 : m_wantSelected;
    m_wantSelected.clear();
    const QList<VolumeRecord> &records = m_volumes->records();
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
    const QList<VolumeRecord> &records = m_volumes->records();
    return row >= 0 && row < records.size() ? &records[row] : nullptr;
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

int VolumesPage::selectedSlot() const
{
    const int row = m_slots->currentRow();
    return row >= 0 ? m_slots->item(row, 0)->text().toInt() : -1;
}

void VolumesPage::showChange(const QString &summary)
{
    m_banner->showMessage(Banner::Tone::Success, summary);
    m_banner->show();
    refresh();
}

void VolumesPage::showJobEnd(const JobReport &report)
{
    if (report.outcome == JobOutcome::Failed && report.error)
        m_banner->showMessage(Banner::Tone::Error, report.error->message);
    else if (report.outcome == JobOutcome::Cancelled)
        m_banner->showMessage(Banner::Tone::Info, tr("Cancelled: %1").arg(report.title));
    else
        m_banner->showMessage(Banner::Tone::Success,
                              report.overview.isEmpty() ? report.title : report.overview);
    m_banner->show();
    refresh();
}

} // namespace strongroom::ui
