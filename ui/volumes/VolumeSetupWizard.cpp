#include "volumes/VolumeSetupWizard.h"

#include "volumes/PbkdfSettingsEditor.h"
#include "volumes/RecoveryKey.h"
#include "volumes/VolumeSetupPages.h"
#include "widgets/NewPassphraseField.h"

namespace strongroom::ui {

VolumeSetupWizard::VolumeSetupWizard(JobRunner *runner, QWidget *parent) : QWizard(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("volumeSetupWizard"));
    setWindowTitle(tr("New Volume"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(LocationPageId, new VolumeLocationPage);
    setPage(CipherPageId, new VolumeCipherPage(this));
    setPage(PassphrasePageId, new VolumePassphrasePage);
    setPage(RecoveryPageId, new VolumeRecoveryPage(this));
    setPage(SummaryPageId, new VolumeSummaryPage(this));
    setPage(ResultPageId, new VolumeResultPage(this));
    resize(720, 560);
}

VolumeSetupWizard::~VolumeSetupWizard()
{
    m_recoveryKey.fill(0);
}

const QCA::SecureArray &VolumeSetupWizard::recoveryKey()
{
    if (m_recoveryKey.isEmpty())
        m_recoveryKey = recoverykey::generate();
    return m_recoveryKey;
}

VolumeCreateJob::Request VolumeSetupWizard::request() const
{
    VolumeCreateJob::Request r;
    r.path = field(QStringLiteral("path")).toString();
    r.sizeBytes = qint64(field(QStringLiteral("sizeMib")).toInt()) * 1024 * 1024;
    r.filesystem = field(QStringLiteral("filesystem")).toString();
    r.params.label = field(QStringLiteral("label")).toString().trimmed();
    const QStringList cipher = field(QStringLiteral("cipher")).toString().split(QLatin1Char(':'));
    r.params.cipher = cipher.value(0);
    r.params.keySizeBits = cipher.value(1).toInt();
    r.params.pbkdf = static_cast<VolumeCipherPage *>(page(CipherPageId))->pbkdfEditor()->settings();
    r.recoveryKey = field(QStringLiteral("recovery")).toBool();
    if (r.recoveryKey)
        r.chosenRecoveryKey = m_recoveryKey;
    r.key = KeyMaterial(
        static_cast<VolumePassphrasePage *>(page(PassphrasePageId))->passphraseField()->passphrase());
    return r;
}

} // namespace strongroom::ui
