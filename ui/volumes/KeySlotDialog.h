#pragma once

#include "core/JobHandle.h"
#include "volumes/KeySlotJob.h"
#include "volumes/VolumeScanJob.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace strongroom {
class JobRunner;
}

namespace strongroom::ui {

class NewPassphraseField;
class PbkdfSettingsEditor;
class SecretLineEdit;

// Adds, changes, removes or retunes a key slot, with the lock-out guards in plain sight: the slot
// list marks the last slot that opens the volume, and removal stays disabled until a key of a
// different slot has been proven (by a real unlock on a worker) and the removal confirmed.
class KeySlotDialog : public QDialog
{
    Q_OBJECT

public:
    using Operation = KeySlotJob::Operation;
    KeySlotDialog(JobRunner *runner, const VolumeRecord &volume, Operation operation,
                  QWidget *parent = nullptr);

    // Set before open() to preselect a slot (Remove, Retune).
    void selectSlot(int slot);
    // Not while a change is being written: the dialog must live to report how it ended.
    void reject() override;

Q_SIGNALS:
    // The volume changed; `summary` says how, for the page's banner.
    void volumeChanged(const QString &summary);

private:
    QWidget *createSlotList();
    int activeSlotCount() const;
    int selectedSlot() const;
    void updateGuard();
    void prove();
    void commit();
    void setBusy(bool busy, const QString &status);
    void finishedWith(const JobReport &report);
    KeySlotJob::Request request(Operation operation) const;

    JobRunner *m_runner;
    VolumeRecord m_volume;
    Operation m_operation;
    QTreeWidget *m_slots = nullptr;
    QComboBox *m_slotCombo = nullptr;
    SecretLineEdit *m_key = nullptr;
    QLineEdit *m_name = nullptr;
    NewPassphraseField *m_newKey = nullptr;
    PbkdfSettingsEditor *m_pbkdf = nullptr;
    QPushButton *m_prove = nullptr;
    QLabel *m_guard = nullptr;
    QCheckBox *m_confirm = nullptr;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_commit;
    QPointer<JobHandle> m_job;
    int m_provenFor = -1; // the slot a successful proof was made for; -1 when none
};

} // namespace strongroom::ui
