#include "keys/GenerateKeyDialog.h"

#include "age/GenerateKeyJob.h"
#include "age/IdentityFile.h"
#include "core/JobHandle.h"
#include "core/JobRunner.h"
#include "core/SecureRandom.h"
#include "keys/KeyRecoverySheet.h"
#include "keys/KeyRegistry.h"
#include "keys/Keyring.h"
#include "widgets/Banner.h"
#include "widgets/NewPassphraseField.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace strongroom::ui {

GenerateKeyDialog::GenerateKeyDialog(JobRunner *runner, QWidget *parent) : QDialog(parent), m_runner(runner)
{
    setWindowTitle(tr("Generate an age Key"));
    m_pages = new QStackedWidget;
    m_banner = new Banner;
    m_banner->setObjectName(QStringLiteral("generateBanner"));
    m_banner->hide();

    // --- The form --------------------------------------------------------------------------------
    auto *form = new QWidget;
    auto *formLayout = new QFormLayout(form);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. offsite backups 2026"));
    formLayout->addRow(tr("Name:"), m_name);
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("identityFileEdit"));
    auto *browse = new QPushButton(tr("Choose…"));
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    formLayout->addRow(tr("Identity file:"), fileRow);
    m_sheet = new QLineEdit;
    m_sheet->setObjectName(QStringLiteral("sheetFileEdit"));
    formLayout->addRow(tr("Recovery sheet (PDF):"), m_sheet);
    m_protect = new QCheckBox(tr("Protect the identity file with a passphrase (as age -p does)"));
    m_protect->setObjectName(QStringLiteral("protectCheck"));
    formLayout->addRow(m_protect);
    m_passphrase = new NewPassphraseField;
    m_passphrase->setObjectName(QStringLiteral("passphraseField"));
    m_passphrase->setEnabled(false);
    formLayout->addRow(m_passphrase);
    m_keyring = new QCheckBox(tr("Also keep the identity in the desktop keyring"));
    m_keyring->setObjectName(QStringLiteral("keyringCheck"));
    if (!Keyring::isAvailable()) {
        m_keyring->setEnabled(false);
        m_keyring->setToolTip(tr("No desktop keyring is running (Secret Service or KWallet)."));
    }
    formLayout->addRow(m_keyring);
    m_generate = new QPushButton(tr("Generate"));
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"));
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(cancel);
    formButtons->addWidget(m_generate);
    formLayout->addRow(formButtons);
    m_pages->addWidget(form);

    // --- The typed-back check ---------------------------------------------------------------------
    auto *check = new QWidget;
    auto *checkLayout = new QVBoxLayout(check);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_question = new QLabel;
    m_question->setObjectName(QStringLiteral("questionLabel"));
    m_question->setWordWrap(true);
    m_typed = new QLineEdit;
    m_typed->setObjectName(QStringLiteral("typedBackEdit"));
    m_typed->setMaxLength(5);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_typed->setFont(mono);
    m_done = new QPushButton(tr("Done"));
    m_done->setObjectName(QStringLiteral("doneButton"));
    m_done->setEnabled(false);
    auto *checkButtons = new QHBoxLayout;
    checkButtons->addStretch();
    checkButtons->addWidget(m_done);
    checkLayout->addWidget(m_summary);
    checkLayout->addSpacing(8);
    checkLayout->addWidget(m_question);
    checkLayout->addWidget(m_typed);
    checkLayout->addStretch();
    checkLayout->addLayout(checkButtons);
    m_pages->addWidget(check);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages);

    connect(browse, &QPushButton::clicked, this, &GenerateKeyDialog::chooseFile);
    connect(m_file, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_sheet->setText(text.isEmpty() ? QString() : text + QStringLiteral(".recovery.pdf"));
        updateGenerate();
    });
    connect(m_protect, &QCheckBox::toggled, m_passphrase, &QWidget::setEnabled);
    connect(m_protect, &QCheckBox::toggled, this, &GenerateKeyDialog::updateGenerate);
    connect(m_passphrase, &NewPassphraseField::changed, this, &GenerateKeyDialog::updateGenerate);
    connect(m_sheet, &QLineEdit::textChanged, this, &GenerateKeyDialog::updateGenerate);
    connect(m_generate, &QPushButton::clicked, this, &GenerateKeyDialog::generate);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_typed, &QLineEdit::textChanged, this, [this] { m_done->setEnabled(typedBackMatches()); });
    connect(m_done, &QPushButton::clicked, this, &QDialog::accept);
    updateGenerate();
}

void GenerateKeyDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Identity File"), QDir::homePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, m_file, &QLineEdit::setText);
    dialog->open();
}

void GenerateKeyDialog::updateGenerate()
{
    const bool fileOk = !m_file->text().isEmpty() && !QFileInfo::exists(m_file->text());
    const bool sheetOk = !m_sheet->text().isEmpty() && !QFileInfo::exists(m_sheet->text());
    m_generate->setEnabled(fileOk && sheetOk && (!m_protect->isChecked() || m_passphrase->isAcceptable()));
}

bool GenerateKeyDialog::typedBackMatches() const
{
    return !m_expected.isEmpty() && m_typed->text().trimmed().toUpper() == m_expected;
}

void GenerateKeyDialog::generate()
{
    age::GenerateKeyRequest request;
    request.name = m_name->text().trimmed();
    request.identityPath = QFileInfo(m_file->text()).absoluteFilePath();
    request.keyRegistryPath = KeyRegistry::defaultPath();
    if (m_protect->isChecked())
        request.protectWith = KeyMaterial(m_passphrase->passphrase());
    m_generate->setEnabled(false);
    auto job = std::make_shared<age::GenerateKeyJob>(request);
    JobHandle *handle = m_runner->start(job);
    const std::optional<KeyMaterial> passphrase = request.protectWith;
    connect(handle, &JobHandle::finished, this, [this, handle, passphrase, path = request.identityPath] {
        const JobReport report = handle->report();
        if (report.error) {
            m_banner->showMessage(Banner::Tone::Error, report.error->message);
            m_banner->show();
            updateGenerate();
            return;
        }
        // The sheet needs the identity: read back from the file just written.
        auto identities = age::readIdentityFile(path, passphrase ? &*passphrase : nullptr);
        if (!identities || identities->isEmpty()) {
            m_banner->showMessage(Banner::Tone::Error, identities ? tr("The new identity file is empty.")
                                                                  : identities.error().message);
            m_banner->show();
            return;
        }
        KeyRecoverySheet sheet;
        sheet.name = m_name->text().trimmed();
        sheet.identity = identities->first().toString();
        sheet.recipient = identities->first().recipient().toString();
        sheet.keyId = identities->first().recipient().keyId();
        const bool written = sheet.writePdf(m_sheet->text());
        const QStringList groups = KeyRecoverySheet::groups(sheet.identity);
        // Which group to ask for: random, so the check cannot be passed by habit; never one of the
        // first three ("AGE-S", "ECRET", "-KEY-", the same in every identity) nor the short last one.
        m_group = 3 + int(securerandom::uniform(quint32(groups.size() - 4)));
        m_expected = groups.at(m_group);
        if (m_keyring->isChecked()) {
            const QString name = sheet.name.isEmpty() ? sheet.keyId : sheet.name;
            const QString recipient = sheet.recipient, keyId = sheet.keyId;
            Keyring().write(Keyring::ageIdentityAccount(name),
                            KeyMaterial(QCA::SecureArray(sheet.identity.toLatin1())), this,
                            [this, name, recipient, keyId](Status stored) {
                                if (!stored) {
                                    m_banner->showMessage(Banner::Tone::Warning, stored.error().message);
                                    m_banner->show();
                                    return;
                                }
                                RegisteredKeyFile entry{QStringLiteral("keyring:") + name,
                                                        RegisteredKeyFile::kindKeyring(),
                                                        name,
                                                        {recipient},
                                                        {keyId},
                                                        {},
                                                        {}};
                                KeyRegistry().recordKeyFile(entry);
                            });
        }
        sheet.identity.fill(QLatin1Char(' '));
        finishGeneration(path, report.data);
        if (!written) {
            m_banner->showMessage(
                Banner::Tone::Error,
                tr("The recovery sheet could not be written to %1; the key itself is in %2.")
                    .arg(m_sheet->text(), path));
            m_banner->show();
        }
    });
}

void GenerateKeyDialog::finishGeneration(const QString &identityFile, const QJsonObject &data)
{
    m_recipient = data.value(QStringLiteral("recipient")).toString();
    m_summary->setText(
        tr("<b>The key is made.</b><br>Identity file: %1 (0600)<br>Recovery sheet: %2<br>Key id: "
           "%3<br>Recipient (give this to the hosts that encrypt): <tt>%4</tt>")
            .arg(identityFile.toHtmlEscaped(), m_sheet->text().toHtmlEscaped(),
                 data.value(QStringLiteral("keyId")).toString(), m_recipient));
    m_summary->setTextFormat(Qt::RichText);
    m_question->setText(
        tr("Print the recovery sheet. To show that you have it, type group %1 of the identity "
           "(the %1. block of five characters):")
            .arg(m_group + 1));
    m_typed->clear();
    m_pages->setCurrentIndex(1);
    m_typed->setFocus();
    Q_EMIT generated(identityFile);
}

} // namespace strongroom::ui
