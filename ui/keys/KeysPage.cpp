#include "keys/KeysPage.h"

#include "age/IdentityFile.h"
#include "core/JobHandle.h"
#include "core/JobRunner.h"
#include "jobs/JobProgressDialog.h"
#include "jobs/JobsIndicator.h"
#include "keylist/KeyListSettings.h"
#include "keylist/ListKeysJob.h"
#include "keylist/RecordRecoveryJob.h"
#include "keylist/SetKeyRotationJob.h"
#include "keys/GenerateKeyDialog.h"
#include "keys/KeyImport.h"
#include "keys/KeyRegistry.h"
#include "keys/KeyRotationDialog.h"
#include "keys/Keyring.h"
#include "keys/RecoveryRecordDialog.h"
#include "keys/RewrapDialog.h"
#include "widgets/Banner.h"
#include "widgets/SecretLineEdit.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace strongroom::ui {

namespace {
enum Column
{
    KeyIdColumn,
    KindColumn,
    NameColumn,
    CreatedColumn,
    AgeColumn,
    DueColumn,
    RecoveryColumn,
    ColumnCount
};

QString kindText(const QString &kind)
{
    if (kind == KnownKey::kindAgeIdentity())
        return KeysPage::tr("age identity");
    if (kind == KnownKey::kindAgeRecipients())
        return KeysPage::tr("age recipients");
    if (kind == KnownKey::kindAgeKeyring())
        return KeysPage::tr("age identity (keyring)");
    if (kind == KnownKey::kindSqlcipher())
        return KeysPage::tr("SQLCipher key");
    if (kind == KnownKey::kindLuksSlot())
        return KeysPage::tr("LUKS key slot");
    return kind;
}
} // namespace

KeysPage::KeysPage(JobRunner *runner, JobsIndicator *jobs, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_jobs(jobs)
{
    auto *title = new QLabel(tr("Keys"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro =
        new QLabel(tr("Every key Strongroom knows: age identities and recipients it was given, the "
                      "SQLCipher keys of your backup catalogs and the key slots of your volumes. Keys "
                      "older than the rotation period are due for a new key."));
    intro->setWordWrap(true);
    m_banner = new Banner;
    m_banner->setObjectName(QStringLiteral("keysBanner"));
    m_banner->hide();

    auto *generate = new QPushButton(tr("Generate…"));
    generate->setObjectName(QStringLiteral("generateButton"));
    auto *import = new QPushButton(tr("Import…"));
    import->setObjectName(QStringLiteral("importButton"));
    m_rewrap = new QPushButton(tr("Rewrap Backups to a New Key…"));
    m_rewrap->setObjectName(QStringLiteral("rewrapButton"));
    m_period = new QPushButton(tr("Rotation Period…"));
    m_period->setObjectName(QStringLiteral("rotationPeriodButton"));
    m_period->setToolTip(tr("Give the selected key its own rotation period, or the global one again."));
    m_recovery = new QPushButton(tr("Record Recovery Copy…"));
    m_recovery->setObjectName(QStringLiteral("recoveryButton"));
    m_recovery->setToolTip(tr("Record where the selected key's recovery copy is kept."));
    auto *refreshButton = new QPushButton(tr("Refresh"));
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_rotation = new QSpinBox;
    m_rotation->setObjectName(QStringLiteral("rotationSpin"));
    m_rotation->setRange(1, 3650);
    m_rotation->setSuffix(tr(" days"));
    m_rotation->setValue(keylistsettings::rotationDays());
    auto *actions = new QHBoxLayout;
    actions->addWidget(generate);
    actions->addWidget(import);
    actions->addWidget(m_rewrap);
    actions->addWidget(m_period);
    actions->addWidget(m_recovery);
    actions->addWidget(refreshButton);
    actions->addStretch();
    actions->addWidget(new QLabel(tr("Rotate keys after:")));
    actions->addWidget(m_rotation);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("keysTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Key id"), tr("Kind"), tr("Name"), tr("Created"), tr("Age"), tr("Due"), tr("Recovery copy")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    auto *mapBox = new QWidget;
    auto *mapLayout = new QVBoxLayout(mapBox);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    auto *mapTitle = new QLabel(tr("<b>Key map:</b> the files the selected key opens"));
    m_map = new QListWidget;
    m_map->setObjectName(QStringLiteral("keyMapList"));
    mapLayout->addWidget(mapTitle);
    mapLayout->addWidget(m_map);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(mapBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    connect(generate, &QPushButton::clicked, this, &KeysPage::showGenerateDialog);
    connect(import, &QPushButton::clicked, this, &KeysPage::showImportDialog);
    connect(m_rewrap, &QPushButton::clicked, this, &KeysPage::showRewrapDialog);
    connect(m_period, &QPushButton::clicked, this, &KeysPage::showRotationDialog);
    connect(m_recovery, &QPushButton::clicked, this, &KeysPage::showRecoveryDialog);
    connect(refreshButton, &QPushButton::clicked, this, &KeysPage::refresh);
    connect(m_rotation, &QSpinBox::valueChanged, this, [this](int days) {
        keylistsettings::setRotationDays(days);
        showKeys(m_keys, {});
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &KeysPage::showKeyMap);
}

void KeysPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void KeysPage::setExtraPlaces(const QStringList &historyFolders, const QStringList &volumeImages)
{
    m_extraFolders = historyFolders;
    m_extraImages = volumeImages;
}

void KeysPage::refresh()
{
    if (m_listing) {
        m_relist = true;
        return;
    }
    KeyListRequest request;
    request.rotationDays = m_rotation->value();
    request.historyFolders = keylistsettings::historyFolders();
    for (const QString &folder : std::as_const(m_extraFolders))
        if (!request.historyFolders.contains(folder))
            request.historyFolders.append(folder);
    request.volumeImages = keylistsettings::volumeImages();
    for (const QString &image : std::as_const(m_extraImages))
        if (!request.volumeImages.contains(image))
            request.volumeImages.append(image);
    auto job = std::make_shared<ListKeysJob>(request);
    m_listing = m_runner->start(job);
    connect(m_listing, &JobHandle::finished, this, [this, job] {
        m_listing = nullptr;
        if (m_relist) {
            m_relist = false;
            refresh();
            return;
        }
        m_now = job->now();
        showKeys(job->keys(), job->problems());
        Q_EMIT refreshed();
    });
}

void KeysPage::showKeys(const QList<KnownKey> &keys, const QStringList &problems)
{
    const QString selected = currentKey() ? currentKey()->keyId + currentKey()->source : QString();
    m_keys = keys;
    const int rotation = m_rotation->value();
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const QLocale locale;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(keys.size()));
    int due = 0;
    for (int row = 0; row < keys.size(); ++row) {
        const KnownKey &key = keys.at(row);
        const bool isDue = key.isDue(now, rotation);
        due += isDue ? 1 : 0;
        auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            if (isDue)
                item->setForeground(QColor(0xb0, 0x2a, 0x2a));
            m_table->setItem(row, column, item);
            return item;
        };
        set(KeyIdColumn, key.keyId)->setToolTip(key.source);
        set(KindColumn, kindText(key.kind));
        set(NameColumn, key.label);
        set(CreatedColumn,
            key.created.isValid()
                ? tr("%1 (%2)").arg(locale.toString(key.created.toLocalTime().date(), QLocale::ShortFormat),
                                    key.createdFrom)
                : tr("unknown"));
        const int days = key.ageDays(now);
        set(AgeColumn, days == 1 ? tr("1 day") : tr("%1 days").arg(days));
        const QString dueDate = locale.toString(key.dueDate(rotation), QLocale::ShortFormat);
        QTableWidgetItem *dueItem =
            set(DueColumn, !key.replacedBy.isEmpty() ? tr("replaced by %1").arg(key.replacedBy)
                           : !key.created.isValid()  ? tr("unknown")
                           : isDue                   ? tr("due since %1").arg(dueDate)
                                                     : dueDate);
        if (key.ownRotationDays > 0)
            dueItem->setToolTip(tr("Its own rotation period: %1 days.").arg(key.ownRotationDays));
        set(RecoveryColumn, key.recoveryWhere)
            ->setToolTip(
                key.recoveryWhere.isEmpty()
                    ? QString()
                    : tr("Recorded on %1.")
                          .arg(locale.toString(key.recoveryRecorded.toLocalTime(), QLocale::ShortFormat)));
        if (isDue) {
            QFont bold = dueItem->font();
            bold.setBold(true);
            dueItem->setFont(bold);
        }
    }
    m_table->resizeColumnsToContents();
    for (int row = 0; row < keys.size(); ++row)
        if (keys.at(row).keyId + keys.at(row).source == selected)
            m_table->selectRow(row);
    if (!currentKey() && !keys.isEmpty())
        m_table->selectRow(0);
    showKeyMap();
    m_period->setEnabled(currentKey() != nullptr);
    m_recovery->setEnabled(currentKey() != nullptr);
    if (!problems.isEmpty()) {
        m_banner->showMessage(Banner::Tone::Warning, problems.join(QLatin1Char('\n')));
        m_banner->show();
    } else if (due > 0) {
        m_banner->showMessage(
            Banner::Tone::Warning,
            tr("Keys older than %1 days: %2. Time to make a new key and rewrap or re-key what "
               "they open.")
                .arg(rotation)
                .arg(due));
        m_banner->show();
    } else if (keys.isEmpty()) {
        m_banner->showMessage(Banner::Tone::Info,
                              tr("No keys known yet. Generate an age key, import one, or make a "
                                 "backup or a volume."));
        m_banner->show();
    }
}

const KnownKey *KeysPage::currentKey() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_keys.size() && m_table->selectionModel()->hasSelection() ? &m_keys.at(row)
                                                                                        : nullptr;
}

void KeysPage::selectKey(const QString &keyId)
{
    for (int row = 0; row < m_keys.size(); ++row)
        if (m_keys.at(row).keyId == keyId) {
            m_table->selectRow(row);
            return;
        }
}

void KeysPage::showKeyMap()
{
    m_map->clear();
    const KnownKey *key = currentKey();
    if (!key)
        return;
    for (const QString &file : key->opens)
        m_map->addItem(file);
    if (key->opens.isEmpty())
        m_map->addItem(
            tr("(no file known yet: files encrypted with strongroom-cli file encrypt or opened with "
               "file decrypt appear here)"));
}

void KeysPage::showGenerateDialog()
{
    auto *dialog = new GenerateKeyDialog(m_runner, this);
    dialog->setObjectName(QStringLiteral("generateKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GenerateKeyDialog::generated, this, &KeysPage::refresh);
    dialog->open();
}

void KeysPage::importKeyFile(const QString &path, bool intoKeyring, const KeyMaterial &passphrase)
{
    auto entry = KeyImport::inspect(path, &passphrase);
    if (!entry) {
        m_banner->showMessage(Banner::Tone::Error, entry.error().message);
        m_banner->show();
        return;
    }
    if (const Status recorded = KeyRegistry().recordKeyFile(*entry); !recorded) {
        m_banner->showMessage(Banner::Tone::Error, recorded.error().message);
        m_banner->show();
        return;
    }
    m_banner->showMessage(
        Banner::Tone::Success,
        entry->kind == RegisteredKeyFile::kindRecipients()
            ? tr("%1 imported: recipients file with %2 recipients.").arg(path).arg(entry->recipients.size())
        : entry->recipients.isEmpty()
            ? tr("%1 imported: a passphrase-protected identity file; its key id is known once "
                 "it is used.")
                  .arg(path)
            : tr("%1 imported: identity file with %2 identities.").arg(path).arg(entry->recipients.size()));
    m_banner->show();
    if (intoKeyring && entry->kind == RegisteredKeyFile::kindIdentity() && !entry->recipients.isEmpty()) {
        auto identities = age::readIdentityFile(path, passphrase.isEmpty() ? nullptr : &passphrase);
        if (identities && !identities->isEmpty()) {
            const QString name = QFileInfo(path).completeBaseName();
            QByteArray secret = identities->first().toString().toLatin1();
            const RegisteredKeyFile keyringEntry{QStringLiteral("keyring:") + name,
                                                 RegisteredKeyFile::kindKeyring(),
                                                 name,
                                                 {entry->recipients.first()},
                                                 {entry->keyIds.first()},
                                                 entry->created,
                                                 {}};
            Keyring().write(Keyring::ageIdentityAccount(name), KeyMaterial(QCA::SecureArray(secret)), this,
                            [this, keyringEntry](Status stored) {
                                if (!stored) {
                                    m_banner->showMessage(Banner::Tone::Warning, stored.error().message);
                                    m_banner->show();
                                    return;
                                }
                                KeyRegistry().recordKeyFile(keyringEntry);
                                refresh();
                            });
            secret.fill('\0');
        }
    }
    refresh();
}

void KeysPage::showImportDialog()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("importKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Import a Key"));
    auto *intro =
        new QLabel(tr("An age identity file (AGE-SECRET-KEY-1…, also one protected with age -p) or a "
                      "recipients file (age1…). Strongroom remembers its path, recipients and key ids; "
                      "never the secret."));
    intro->setWordWrap(true);
    auto *keyring = new QCheckBox(tr("Also keep the identity in the desktop keyring"));
    keyring->setObjectName(QStringLiteral("keyringCheck"));
    if (!Keyring::isAvailable()) {
        keyring->setEnabled(false);
        keyring->setToolTip(tr("No desktop keyring is running (Secret Service or KWallet)."));
    }
    auto *passphrase = new SecretLineEdit;
    passphrase->setObjectName(QStringLiteral("importPassphraseEdit"));
    passphrase->setPlaceholderText(tr("passphrase of a protected identity file (optional)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *choose = buttons->addButton(tr("Choose File…"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(passphrase);
    layout->addWidget(keyring);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(choose, &QPushButton::clicked, dialog, [this, dialog, keyring, passphrase] {
        auto *files = new QFileDialog(this, tr("Key File"));
        files->setAttribute(Qt::WA_DeleteOnClose);
        files->setFileMode(QFileDialog::ExistingFile);
        const bool intoKeyring = keyring->isChecked();
        const KeyMaterial key = passphrase->key();
        passphrase->clear();
        connect(files, &QFileDialog::fileSelected, this,
                [this, intoKeyring, key](const QString &path) { importKeyFile(path, intoKeyring, key); });
        dialog->accept();
        files->open();
    });
    dialog->open();
}

void KeysPage::runThenRefresh(std::shared_ptr<Job> job)
{
    JobHandle *handle = m_runner->start(std::move(job));
    m_jobs->showDialog(handle);
    connect(handle, &JobHandle::finished, this, [this, handle] {
        const JobReport &report = handle->report();
        if (report.outcome == JobOutcome::Succeeded) {
            m_banner->showMessage(Banner::Tone::Success, report.overview);
            m_banner->show();
        }
        refresh();
    });
}

void KeysPage::showRotationDialog()
{
    const KnownKey *key = currentKey();
    if (!key)
        return;
    auto *dialog = new KeyRotationDialog(*key, m_rotation->value(), this);
    dialog->setObjectName(QStringLiteral("keyRotationDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, keyId = key->keyId] {
        runThenRefresh(std::make_shared<SetKeyRotationJob>(keyId, dialog->days()));
    });
    dialog->open();
}

void KeysPage::showRecoveryDialog()
{
    const KnownKey *key = currentKey();
    if (!key)
        return;
    auto *dialog = new RecoveryRecordDialog(*key, this);
    dialog->setObjectName(QStringLiteral("recoveryRecordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, keyId = key->keyId] {
        runThenRefresh(std::make_shared<RecordRecoveryJob>(keyId, dialog->where()));
    });
    dialog->open();
}

void KeysPage::showRewrapDialog()
{
    auto *dialog = new RewrapDialog(this);
    dialog->setObjectName(QStringLiteral("rewrapDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const KnownKey *key = currentKey()) {
        if (key->kind == KnownKey::kindAgeIdentity()) {
            dialog->setIdentityFile(key->source);
            QStringList ageFiles;
            for (const QString &file : key->opens)
                if (QFileInfo::exists(file))
                    ageFiles.append(file);
            dialog->addFiles(ageFiles);
        }
    }
    connect(
        dialog, &RewrapDialog::startRequested, this,
        [this](std::shared_ptr<age::RewrapJob> job, const QStringList &newKeyIds, const QStringList &files) {
            JobHandle *handle = m_runner->start(job);
            m_jobs->showDialog(handle);
            connect(handle, &JobHandle::finished, this, [this, handle, newKeyIds, files] {
                if (handle->report().outcome == JobOutcome::Succeeded) {
                    const KeyRegistry registry;
                    for (const QString &file : files)
                        registry.recordUse(newKeyIds, file);
                }
                refresh();
            });
        });
    dialog->open();
}

} // namespace strongroom::ui
