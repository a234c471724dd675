#include "volumes/VolumeSetupPages.h"

#include "core/JobRunner.h"
#include "core/SecureRandom.h"
#include "jobs/JobProgressDialog.h"
#include "volumes/HeaderBackupFileDialog.h"
#include "volumes/HeaderBackupJob.h"
#include "volumes/PbkdfSettingsEditor.h"
#include "volumes/RecoveryKey.h"
#include "volumes/VolumeSetupWizard.h"
#include "widgets/NewPassphraseField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStorageInfo>
#include <QVBoxLayout>

namespace strongroom::ui {

namespace {
constexpr qint64 kMiB = 1024 * 1024;
// The LUKS2 header takes 16 MiB; ext4 made in place needs as much again as moving room.
constexpr int kMinimumMib = 36;

QLabel *wrapped(const QString &text, const QString &objectName = {})
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}
} // namespace

// --- Location and size -------------------------------------------------------------------------

VolumeLocationPage::VolumeLocationPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Location and Size"));
    setSubTitle(tr("The volume is an image file. Strongroom never formats over an existing file."));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setPlaceholderText(tr("/srv/vault.img"));
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_size = new QSpinBox;
    m_size->setObjectName(QStringLiteral("sizeSpin"));
    m_size->setRange(kMinimumMib, 64 * 1024 * 1024);
    m_size->setValue(1024);
    m_size->setSuffix(tr(" MiB"));
    m_free = new QLabel;
    m_free->setObjectName(QStringLiteral("freeSpaceLabel"));
    m_filesystem = new QComboBox;
    m_filesystem->setObjectName(QStringLiteral("filesystemCombo"));
    m_filesystem->addItem(tr("ext4 (made inside, ready to mount)"), QStringLiteral("ext4"));
    m_filesystem->addItem(tr("none (format it later)"), QStringLiteral("none"));
    auto *label = new QLineEdit;
    label->setObjectName(QStringLiteral("labelEdit"));
    label->setMaxLength(47);
    label->setPlaceholderText(tr("optional, e.g. pgdata"));
    m_problem = wrapped(QString(), QStringLiteral("locationProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #b03a2e;"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Image file:"), pathRow);
    form->addRow(tr("Size:"), m_size);
    form->addRow(tr("Free there:"), m_free);
    form->addRow(tr("File system:"), m_filesystem);
    form->addRow(tr("Label:"), label);
    form->addRow(QString(), m_problem);

    registerField(QStringLiteral("path*"), m_path);
    registerField(QStringLiteral("sizeMib"), m_size);
    registerField(QStringLiteral("filesystem"), m_filesystem, "currentData",
                  SIGNAL(currentIndexChanged(int)));
    registerField(QStringLiteral("label"), label);
    connect(browse, &QPushButton::clicked, this, &VolumeLocationPage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &VolumeLocationPage::updateFreeSpace);
    connect(m_size, &QSpinBox::valueChanged, this, &VolumeLocationPage::updateFreeSpace);
    updateFreeSpace();
}

void VolumeLocationPage::browse()
{
    auto *dialog =
        new QFileDialog(this, tr("New Volume Image"), QDir::homePath(), tr("Volume images (*.img)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("img"));
    connect(dialog, &QFileDialog::fileSelected, m_path, &QLineEdit::setText);
    dialog->open();
}

qint64 VolumeLocationPage::freeBytes() const
{
    const QString folder = QFileInfo(m_path->text().trimmed()).absolutePath();
    const QStorageInfo storage(m_path->text().trimmed().isEmpty() ? QDir::homePath() : folder);
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

void VolumeLocationPage::updateFreeSpace()
{
    const qint64 free = freeBytes();
    m_free->setText(free < 0 ? tr("unknown")
                             : QLocale().formattedDataSize(free, 1, QLocale::DataSizeTraditionalFormat));
    QString problem;
    const QString path = m_path->text().trimmed();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        if (!info.isAbsolute())
            problem = tr("Give the full path, starting with /.");
        else if (info.exists())
            problem = tr("%1 already exists. Pick a new name.").arg(info.fileName());
        else if (!QFileInfo(info.absolutePath()).isDir())
            problem = tr("The folder %1 does not exist.").arg(info.absolutePath());
        else if (free >= 0 && qint64(m_size->value()) * kMiB > free)
            problem = tr("Not enough free space: the image needs %1 MiB.").arg(m_size->value());
    }
    m_problem->setText(problem);
    Q_EMIT completeChanged();
}

bool VolumeLocationPage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty() && m_problem->text().isEmpty();
}

// --- Cipher and key derivation -------------------------------------------------------------------

VolumeCipherPage::VolumeCipherPage(VolumeSetupWizard *wizard) : QWizardPage(wizard)
{
    setTitle(tr("Cipher and Key Derivation"));
    setSubTitle(
        tr("How the data is encrypted, and how hard each guess at the passphrase is made. The estimate is "
           "measured on this machine."));
    m_cipher = new QComboBox;
    m_cipher->setObjectName(QStringLiteral("cipherCombo"));
    m_cipher->addItem(tr("AES-XTS, 512-bit key (AES-256, recommended)"),
                      QStringLiteral("aes-xts-plain64:512"));
    m_cipher->addItem(tr("AES-XTS, 256-bit key (AES-128)"), QStringLiteral("aes-xts-plain64:256"));
    m_cipher->addItem(tr("Serpent-XTS, 512-bit key"), QStringLiteral("serpent-xts-plain64:512"));
    m_pbkdf = new PbkdfSettingsEditor(wizard->runner());
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Cipher:"), m_cipher);
    layout->addLayout(form);
    layout->addWidget(m_pbkdf);
    layout->addWidget(
        wrapped(tr("The machine that opens the volume must have the memory free; choose less memory (or "
                   "retune the slot later) for a smaller machine.")));
    layout->addStretch();
    registerField(QStringLiteral("cipher"), m_cipher, "currentData", SIGNAL(currentIndexChanged(int)));
    connect(m_pbkdf, &PbkdfSettingsEditor::estimateChanged, this, &QWizardPage::completeChanged);
}

bool VolumeCipherPage::isComplete() const
{
    return m_pbkdf->hasEstimate();
}

// --- Passphrase ----------------------------------------------------------------------------------

VolumePassphrasePage::VolumePassphrasePage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Passphrase"));
    setSubTitle(tr(
        "The operational passphrase goes in key slot 0. A recovery key in slot 1 opens the volume when the "
        "passphrase is lost."));
    m_field = new NewPassphraseField;
    m_recovery = new QCheckBox(tr("Add a recovery key in key slot 1 (recommended)"));
    m_recovery->setObjectName(QStringLiteral("recoveryCheck"));
    m_recovery->setChecked(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_recovery);
    layout->addStretch();
    registerField(QStringLiteral("recovery"), m_recovery);
    connect(m_field, &NewPassphraseField::changed, this, &QWizardPage::completeChanged);
}

bool VolumePassphrasePage::isComplete() const
{
    return m_field->isAcceptable();
}

int VolumePassphrasePage::nextId() const
{
    return m_recovery->isChecked() ? VolumeSetupWizard::RecoveryPageId : VolumeSetupWizard::SummaryPageId;
}

// --- Recovery key --------------------------------------------------------------------------------

VolumeRecoveryPage::VolumeRecoveryPage(VolumeSetupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Recovery Key"));
    setSubTitle(tr(
        "Write this key down now and keep it apart from the passphrase. It is shown only here, never stored "
        "by Strongroom."));
    m_key = new QLabel;
    m_key->setObjectName(QStringLiteral("recoveryKeyLabel"));
    m_key->setAlignment(Qt::AlignCenter);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    m_key->setFont(mono);
    m_key->setFrameShape(QFrame::StyledPanel);
    m_key->setMinimumHeight(60);
    m_question = wrapped(QString(), QStringLiteral("recoveryQuestionLabel"));
    m_typed = new QLineEdit;
    m_typed->setObjectName(QStringLiteral("recoveryCheckEdit"));
    m_typed->setFont(mono);
    m_typed->setMaxLength(5);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_key);
    layout->addSpacing(12);
    layout->addWidget(m_question);
    layout->addWidget(m_typed);
    layout->addStretch();
    connect(m_typed, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void VolumeRecoveryPage::initializePage()
{
    const QCA::SecureArray &key = m_wizard->recoveryKey();
    QStringList groups;
    for (int i = 0; i < recoverykey::groupCount(); ++i)
        groups << recoverykey::group(key, i);
    m_key->setText(groups.mid(0, 4).join(QLatin1Char('-')) + QLatin1String("-\n") +
                   groups.mid(4).join(QLatin1Char('-')));
    // Which group to ask for: random, so the check cannot be passed by habit.
    m_group = int(securerandom::uniform(quint32(recoverykey::groupCount())));
    m_question->setText(
        tr("To show that you have it written down, type group %1 of %2 (the %1. block of five characters):")
            .arg(m_group + 1)
            .arg(recoverykey::groupCount()));
    m_typed->clear();
}

bool VolumeRecoveryPage::isComplete() const
{
    return m_typed->text().trimmed().toUpper() == recoverykey::group(m_wizard->recoveryKey(), m_group);
}

// --- Summary -------------------------------------------------------------------------------------

VolumeSummaryPage::VolumeSummaryPage(VolumeSetupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Check what will be made. After Create Volume there is no going back in this wizard."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Create Volume"));
    m_summary = wrapped(QString(), QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch();
}

void VolumeSummaryPage::initializePage()
{
    const VolumeCreateJob::Request r = m_wizard->request();
    const PbkdfSettings &p = r.params.pbkdf;
    const QString pbkdf =
        p.isArgon2() ? tr("%1, %2 MiB, %3 threads").arg(p.type).arg(p.memoryKib / 1024).arg(p.parallel)
                     : p.type;
    const QString cost =
        p.iterations > 0 ? tr("%1 iterations").arg(p.iterations) : tr("measured for %1 ms").arg(p.iterTimeMs);
    QString html = QStringLiteral("<table cellspacing='6'>");
    const auto row = [&html](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Image file"), r.path);
    row(tr("Size"), tr("%1 MiB").arg(r.sizeBytes / kMiB));
    row(tr("File system"), r.filesystem == QLatin1String("ext4")
                               ? tr("ext4, made in the file and encrypted in place")
                               : tr("none"));
    if (!r.params.label.isEmpty())
        row(tr("Label"), r.params.label);
    row(tr("Format"), tr("LUKS2, %1, %2-bit key").arg(r.params.cipher).arg(r.params.keySizeBits));
    row(tr("Key derivation"), pbkdf + QStringLiteral(", ") + cost);
    row(tr("Slot 0"), tr("operational passphrase"));
    row(tr("Slot 1"), r.recoveryKey ? tr("recovery key (the one you wrote down)") : tr("empty"));
    html += QStringLiteral("</table>");
    m_summary->setText(html);
}

// --- Progress and result -------------------------------------------------------------------------

VolumeResultPage::VolumeResultPage(VolumeSetupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Creating the Volume"));
    setSubTitle(tr("The progress dialog shows each step; the result appears here."));
    m_status = wrapped(QString(), QStringLiteral("resultLabel"));
    m_backup = new QPushButton(tr("Back Up the Header Now…"));
    m_backup->setObjectName(QStringLiteral("headerBackupButton"));
    m_backup->setEnabled(false);
    m_backupStatus = wrapped(QString(), QStringLiteral("headerBackupStatus"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addSpacing(12);
    layout->addWidget(
        wrapped(tr("A header backup is the one file that saves the data when the header on the image is "
                   "damaged. Keep it away from the image, like the recovery key.")));
    auto *row = new QHBoxLayout;
    row->addWidget(m_backup);
    row->addStretch();
    layout->addLayout(row);
    layout->addWidget(m_backupStatus);
    layout->addStretch();
    connect(m_backup, &QPushButton::clicked, this, &VolumeResultPage::backUpHeader);
}

void VolumeResultPage::initializePage()
{
    if (m_job || m_finished)
        return;
    const VolumeCreateJob::Request request = m_wizard->request();
    m_path = request.path;
    m_status->setText(tr("Creating %1…").arg(m_path));
    m_job = m_wizard->runner()->start(std::make_shared<VolumeCreateJob>(request));
    // Its own progress dialog, parented to the wizard: one on the main window would be blocked by
    // the (window-modal) wizard, and Cancel could not be pressed.
    auto *progress = new JobProgressDialog(m_job, this);
    progress->show();
    connect(m_job, &JobHandle::finished, this, &VolumeResultPage::finished);
}

void VolumeResultPage::finished(const JobReport &report)
{
    m_finished = true;
    m_succeeded = report.outcome == JobOutcome::Succeeded;
    if (m_succeeded) {
        setTitle(tr("Volume Created"));
        m_status->setText(tr("✓ %1 is ready: LUKS2, the passphrase in slot 0%2.")
                              .arg(m_path, m_wizard->field(QStringLiteral("recovery")).toBool()
                                               ? tr(", the recovery key in slot 1")
                                               : QString()));
        m_backup->setEnabled(true);
        Q_EMIT m_wizard->volumeCreated(m_path);
    } else {
        setTitle(tr("The Volume Was Not Made"));
        m_status->setText(report.outcome == JobOutcome::Cancelled ? tr("Cancelled; nothing was left behind.")
                          : report.error                          ? report.error->message
                                                                  : report.overview);
    }
    Q_EMIT completeChanged();
}

bool VolumeResultPage::isComplete() const
{
    return m_finished;
}

void VolumeResultPage::backUpHeader()
{
    auto *dialog = new HeaderBackupFileDialog(m_path, this);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_backup->setEnabled(false);
        m_backupStatus->setText(tr("Saving the header…"));
        JobHandle *handle = m_wizard->runner()->start(
            std::make_shared<HeaderBackupJob>(HeaderBackupJob::Request::backup(m_path, file)));
        connect(handle, &JobHandle::finished, this, [this, file](const JobReport &report) {
            if (report.error) {
                m_backupStatus->setText(report.error->message);
                m_backup->setEnabled(true);
                return;
            }
            m_backupStatus->setText(tr("✓ Header saved to %1.").arg(file));
            Q_EMIT m_wizard->headerBackedUp(file);
        });
    });
    dialog->open();
}

} // namespace strongroom::ui
