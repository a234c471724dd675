#pragma once

#include "volumes/VolumeCreateJob.h"

#include <QWizard>
#include <QtCrypto>

namespace strongroom {
class JobRunner;
}

namespace strongroom::ui {

// The volume setup wizard: location and size (free space shown) → cipher and key derivation with a
// live estimate of the unlock cost here → passphrase → recovery key, typed back in part → summary
// (the commit page) → the create job with its progress dialog, and the result with an offer to
// back up the header right away.
class VolumeSetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        LocationPageId,
        CipherPageId,
        PassphrasePageId,
        RecoveryPageId,
        SummaryPageId,
        ResultPageId
    };

    explicit VolumeSetupWizard(JobRunner *runner, QWidget *parent = nullptr);
    ~VolumeSetupWizard() override;

    JobRunner *runner() const { return m_runner; }

    // What the pages have gathered so far, as the create job's request.
    VolumeCreateJob::Request request() const;
    // The recovery key the wizard shows (generated once, the first time it is asked for).
    const QCA::SecureArray &recoveryKey();

Q_SIGNALS:
    void volumeCreated(const QString &path);
    void headerBackedUp(const QString &file);

private:
    JobRunner *m_runner;
    QCA::SecureArray m_recoveryKey;
};

} // namespace strongroom::ui
