#include "volumes/KeySlotDialog.h"

#include "core/JobRunner.h"
#include "volumes/PbkdfSettingsEditor.h"
#include "volumes/VolumeText.h"
#include "widgets/NewPassphraseField.h"
#include "widgets/SecretLineEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace strongroom::ui {

namespace {
QString guardStyle(bool ok)
{
    return ok ? QStringLiteral("color: #1e8449;") : QStringLiteral("color: #b03a2e;");
}
} // namespace

KeySlotDialog::KeySlotDialog(JobRunner *runner, const VolumeRecord &volume, Operation operation,
                             QWidget *parent)
    : QDialog(parent), m_runner(runner), m_volume(volume), m_operation(operation)
{
    setObjectName(QStringLiteral("keySlotDialog"));
    const QString file = QFileInfo(volume.path).fileName();
    QString heading, commitText, keyLabel;
    switch (operation) {
    case Operation::Add:
        heading = tr("Add a key to %1").arg(file);
        commitText = tr("Add Key");
        keyLabel = tr("A key that opens it:");
        break;
    case Operation::Change:
        heading = tr("Change a key of %1").arg(file);
        commitText = tr("Change Key");
        keyLabel = tr("Current key:");
        break;
    case Operation::Remove:
        heading = tr("Remove a key slot of %1").arg(file);
        commitText = tr("Remove Slot");
        keyLabel = tr("Key of a slot that stays:");
        break;
    default:
        heading = tr("Retune a key slot of %1").arg(file);
        commitText = tr("Retune Slot");
        keyLabel = tr("Key of this slot:");
        break;
    }
    setWindowTitle(heading);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()));
    layout->addWidget(title);
    layout->addWidget(createSlotList());

    auto *form = new QFormLayout;
    layout->addLayout(form);
    if (operation == Operation::Remove || operation == Operation::Retune) {
        m_slotCombo = new QComboBox;
        m_slotCombo->setObjectName(QStringLiteral("slotCombo"));
        for (const KeySlotInfo &slot : volume.info->keySlots)
            if (VolumeText::isActive(slot))
                m_slotCombo->addItem(tr("Slot %1 (%2)").arg(slot.slot).arg(VolumeText::slotName(slot)),
                                     slot.slot);
        form->addRow(operation == Operation::Remove ? tr("Slot to remove:") : tr("Slot to retune:"),
                     m_slotCombo);
        connect(m_slotCombo, &QComboBox::currentIndexChanged, this, &KeySlotDialog::updateGuard);
    }
    m_key = new SecretLineEdit;
    m_key->setObjectName(QStringLiteral("existingKeyEdit"));
    if (operation == Operation::Remove) {
        auto *row = new QHBoxLayout;
        row->addWidget(m_key, 1);
        m_prove = new QPushButton(tr("Prove"));
        m_prove->setObjectName(QStringLiteral("proveButton"));
        m_prove->setToolTip(
            tr("Unlocks the volume with this key (nothing is changed) to show that it opens another slot."));
        row->addWidget(m_prove);
        form->addRow(keyLabel, row);
        connect(m_prove, &QPushButton::clicked, this, &KeySlotDialog::prove);
    } else {
        form->addRow(keyLabel, m_key);
    }
    connect(m_key, &SecretLineEdit::textChanged, this, [this] {
        m_provenFor = -1; // a proof is for the key that was typed then
        updateGuard();
    });

    if (operation == Operation::Add || operation == Operation::Change) {
        m_newKey = new NewPassphraseField;
        layout->addWidget(m_newKey);
        connect(m_newKey, &NewPassphraseField::changed, this, &KeySlotDialog::updateGuard);
    }
    if (operation == Operation::Add) {
        m_name = new QLineEdit;
        m_name->setObjectName(QStringLiteral("nameEdit"));
        m_name->setPlaceholderText(tr("e.g. operational, recovery, alice"));
        form->addRow(tr("Name of the new slot:"), m_name);
    }
    if (operation != Operation::Remove) {
        // The new or rewritten slot's costs, with what one unlock will cost here.
        m_pbkdf = new PbkdfSettingsEditor(runner);
        layout->addWidget(m_pbkdf);
    }
    if (operation == Operation::Remove) {
        m_guard = new QLabel;
        m_guard->setObjectName(QStringLiteral("guardLabel"));
        m_guard->setWordWrap(true);
        layout->addWidget(m_guard);
        m_confirm = new QCheckBox;
        m_confirm->setObjectName(QStringLiteral("confirmCheck"));
        layout->addWidget(m_confirm);
        connect(m_confirm, &QCheckBox::toggled, this, &KeySlotDialog::updateGuard);
    }

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_commit = m_buttons->addButton(commitText, QDialogButtonBox::AcceptRole);
    m_commit->setObjectName(QStringLiteral("commitButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_commit, &QPushButton::clicked, this, &KeySlotDialog::commit);
    resize(560, sizeHint().height());
    updateGuard();
}

QWidget *KeySlotDialog::createSlotList()
{
    m_slots = new QTreeWidget;
    m_slots->setObjectName(QStringLiteral("slotOverview"));
    m_slots->setRootIsDecorated(false);
    m_slots->setHeaderLabels({tr("Slot"), tr("Name"), tr("Key derivation"), tr("Guard")});
    m_slots->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_slots->header()->setStretchLastSection(true);
    const bool onlyOne = activeSlotCount() <= 1;
    for (const KeySlotInfo &slot : m_volume.info->keySlots) {
        if (!VolumeText::isActive(slot))
            continue;
        auto *item = new QTreeWidgetItem(
            m_slots, {QString::number(slot.slot), VolumeText::slotName(slot), VolumeText::slotCost(slot),
                      onlyOne ? tr("last slot that opens the volume: never removed") : QString()});
        item->setData(0, Qt::UserRole, slot.slot);
        if (onlyOne)
            item->setForeground(3, QColor(0xb0, 0x3a, 0x2e));
    }
    m_slots->setMaximumHeight(40 + 24 * qMax(1, m_slots->topLevelItemCount()));
    return m_slots;
}

void KeySlotDialog::selectSlot(int slot)
{
    if (m_slotCombo)
        m_slotCombo->setCurrentIndex(qMax(0, m_slotCombo->findData(slot)));
}

int KeySlotDialog::activeSlotCount() const
{
    int active = 0;
    for (const KeySlotInfo &slot : m_volume.info->keySlots)
        active += VolumeText::isActive(slot) ? 1 : 0;
    return active;
}

int KeySlotDialog::selectedSlot() const
{
    return m_slotCombo ? m_slotCombo->currentData().toInt() : -1;
}

void KeySlotDialog::updateGuard()
{
    const bool busy = m_job;
    bool ready = !busy && !m_key->isEmpty();
    if (m_newKey)
        ready = ready && m_newKey->isAcceptable();
    if (m_slotCombo)
        ready = ready && m_slotCombo->count() > 0;
    if (m_operation == Operation::Remove) {
        const int slot = selectedSlot();
        const bool last = activeSlotCount() <= 1;
        const bool proven = m_provenFor == slot && slot >= 0;
        m_prove->setEnabled(!busy && !last && !m_key->isEmpty());
        m_confirm->setEnabled(proven);
        m_confirm->setText(
            tr("I understand that the key of slot %1 will no longer open this volume.").arg(slot));
        if (!proven)
            m_confirm->setChecked(false);
        if (last) {
            m_guard->setText(tr("Slot %1 is the last slot that opens this volume. Strongroom never removes "
                                "it: add another key first.")
                                 .arg(slot));
            m_guard->setStyleSheet(guardStyle(false));
        } else if (!proven) {
            m_guard->setText(tr("Before slot %1 goes, prove that a different key opens another slot: type "
                                "that key and press "
                                "Prove. The key of slot %1 itself does not count.")
                                 .arg(slot));
            m_guard->setStyleSheet(QString());
        }
        ready = ready && !last && proven && m_confirm->isChecked();
    }
    m_commit->setEnabled(ready);
}

KeySlotJob::Request KeySlotDialog::request(Operation operation) const
{
    KeySlotJob::Request r;
    r.operation = operation;
    r.image = m_volume.path;
    r.key = m_key->key();
    r.slot = selectedSlot();
    if (m_newKey)
        r.newKey = KeyMaterial(m_newKey->passphrase());
    if (m_name)
        r.name = m_name->text().trimmed();
    if (m_pbkdf)
        r.pbkdf = m_pbkdf->settings();
    return r;
}

void KeySlotDialog::reject()
{
    if (!m_job)
        QDialog::reject();
}

void KeySlotDialog::setBusy(bool busy, const QString &status)
{
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_status->setText(status);
    m_status->setStyleSheet(QString());
    m_key->setEnabled(!busy);
    if (m_slotCombo)
        m_slotCombo->setEnabled(!busy);
    if (m_newKey)
        m_newKey->setEnabled(!busy);
    if (m_pbkdf)
        m_pbkdf->setEnabled(!busy);
    updateGuard();
}

void KeySlotDialog::prove()
{
    const int slot = selectedSlot();
    auto job = std::make_shared<KeySlotJob>(request(Operation::Prove));
    m_job = m_runner->start(job);
    setBusy(true, tr("Trying the key on the other slots…"));
    connect(m_job, &JobHandle::finished, this, [this, job, slot](const JobReport &report) {
        m_job = nullptr;
        setBusy(false, QString());
        const keyslots::RemovalVerdict verdict = job->verdict();
        if (verdict.allowed) {
            m_provenFor = slot;
            m_guard->setText(
                tr("✓ This key opens slot %1, so slot %2 may go.").arg(verdict.provenSlot).arg(slot));
            m_guard->setStyleSheet(guardStyle(true));
        } else {
            m_provenFor = -1;
            m_guard->setText(report.error ? report.error->message : verdict.reason);
            m_guard->setStyleSheet(guardStyle(false));
        }
        updateGuard();
    });
}

void KeySlotDialog::commit()
{
    auto job = std::make_shared<KeySlotJob>(request(m_operation));
    m_job = m_runner->start(job);
    setBusy(true, tr("Working… (each key derivation takes as long as an unlock)"));
    connect(m_job, &JobHandle::finished, this, &KeySlotDialog::finishedWith);
}

void KeySlotDialog::finishedWith(const JobReport &report)
{
    m_job = nullptr;
    setBusy(false, QString());
    if (report.error) {
        m_status->setText(report.error->message);
        m_status->setStyleSheet(guardStyle(false));
        return;
    }
    Q_EMIT volumeChanged(report.overview);
    accept();
}

} // namespace strongroom::ui
