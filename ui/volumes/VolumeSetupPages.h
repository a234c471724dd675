#pragma once

#include "core/JobReport.h"

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace strongroom {
class JobHandle;
}

namespace strongroom::ui {

class NewPassphraseField;
class PbkdfSettingsEditor;
class VolumeSetupWizard;

// The pages of VolumeSetupWizard, in the order it shows them.

class VolumeLocationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit VolumeLocationPage(QWidget *parent = nullptr);
    bool isComplete() const override;
    qint64 freeBytes() const;

private:
    void browse();
    void updateFreeSpace();

    QLineEdit *m_path;
    QSpinBox *m_size;
    QComboBox *m_filesystem;
    QLabel *m_free;
    QLabel *m_problem;
};

class VolumeCipherPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit VolumeCipherPage(VolumeSetupWizard *wizard);
    bool isComplete() const override;
    PbkdfSettingsEditor *pbkdfEditor() const { return m_pbkdf; }

private:
    QComboBox *m_cipher;
    PbkdfSettingsEditor *m_pbkdf;
};

class VolumePassphrasePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit VolumePassphrasePage(QWidget *parent = nullptr);
    bool isComplete() const override;
    int nextId() const override;
    NewPassphraseField *passphraseField() const { return m_field; }

private:
    NewPassphraseField *m_field;
    QCheckBox *m_recovery;
};

class VolumeRecoveryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit VolumeRecoveryPage(VolumeSetupWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    int checkedGroup() const { return m_group; }

private:
    VolumeSetupWizard *m_wizard;
    QLabel *m_key;
    QLabel *m_question;
    QLineEdit *m_typed;
    int m_group = 0;
};

class VolumeSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit VolumeSummaryPage(VolumeSetupWizard *wizard);
    void initializePage() override;

private:
    VolumeSetupWizard *m_wizard;
    QLabel *m_summary;
};

class VolumeResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit VolumeResultPage(VolumeSetupWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool succeeded() const { return m_succeeded; }

private:
    void finished(const JobReport &report);
    void backUpHeader();

    VolumeSetupWizard *m_wizard;
    QLabel *m_status;
    QPushButton *m_backup;
    QLabel *m_backupStatus;
    QPointer<JobHandle> m_job;
    bool m_finished = false;
    bool m_succeeded = false;
    QString m_path;
};

} // namespace strongroom::ui
