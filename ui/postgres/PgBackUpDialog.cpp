#include "postgres/PgBackUpDialog.h"

#include "age/HybridKeys.h"
#include "age/IdentityFile.h"
#include "age/X25519Keys.h"
#include "widgets/NewPassphraseField.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace strongroom::ui {

namespace {

QWidget *rowWithBrowse(QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

PgBackUpDialog::PgBackUpDialog(const QString &connectionName, const PgBackupPreferences &preferences,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pgBackUpDialog"));
    setWindowTitle(tr("Back Up %1").arg(connectionName));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("A snapshot-consistent dump of the database, compressed with zstd and encrypted "
                      "with age while it is written: it is never unencrypted on disk. The exact row "
                      "count of every table goes into its encrypted manifest."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_folder = new QLineEdit(preferences.folder);
    m_folder->setObjectName(QStringLiteral("folder"));
    auto *browseFolder = new QPushButton(tr("&Browse…"));
    form->addRow(tr("History &folder:"), rowWithBrowse(m_folder, browseFolder));
    layout->addLayout(form);

    auto *keys = new QGroupBox(tr("Encrypt to"));
    auto *keyLayout = new QFormLayout(keys);
    m_recipientMode = new QRadioButton(tr("An age &recipient:"));
    m_recipientMode->setObjectName(QStringLiteral("recipientMode"));
    m_recipient = new QLineEdit(preferences.recipient);
    m_recipient->setObjectName(QStringLiteral("recipient"));
    m_recipient->setPlaceholderText(QStringLiteral("age1…"));
    keyLayout->addRow(m_recipientMode, m_recipient);
    m_fileMode = new QRadioButton(tr("A recipients f&ile:"));
    m_fileMode->setObjectName(QStringLiteral("recipientsFileMode"));
    m_recipientsFile = new QLineEdit(preferences.recipientsFile);
    m_recipientsFile->setObjectName(QStringLiteral("recipientsFile"));
    auto *browseFile = new QPushButton(tr("Br&owse…"));
    keyLayout->addRow(m_fileMode, rowWithBrowse(m_recipientsFile, browseFile));
    m_passphraseMode = new QRadioButton(tr("A &passphrase:"));
    m_passphraseMode->setObjectName(QStringLiteral("passphraseMode"));
    m_passphrase = new NewPassphraseField;
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    keyLayout->addRow(m_passphraseMode, m_passphrase);
    auto *keyHint =
        new QLabel(tr("Recipients let the backup be made without its secret key on this machine; keep "
                      "the identity file (or the passphrase) where a restore can reach it."));
    keyHint->setWordWrap(true);
    keyLayout->addRow(keyHint);
    layout->addWidget(keys);

    m_globals = new QCheckBox(tr("Include &roles and tablespaces (pg_dumpall --globals-only)"));
    m_globals->setObjectName(QStringLiteral("globals"));
    m_globals->setChecked(preferences.globals);
    layout->addWidget(m_globals);
    m_retention =
        new QCheckBox(tr("Afterwards apply &retention: keep 7 daily, 4 weekly and 12 monthly backups "
                         "and remove the others in this folder"));
    m_retention->setObjectName(QStringLiteral("retention"));
    m_retention->setChecked(preferences.retention);
    layout->addWidget(m_retention);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Back Up"));
    layout->addWidget(buttons);

    switch (preferences.keyMode) {
    case PgBackupPreferences::KeyMode::Recipient:
        m_recipientMode->setChecked(true);
        break;
    case PgBackupPreferences::KeyMode::RecipientsFile:
        m_fileMode->setChecked(true);
        break;
    case PgBackupPreferences::KeyMode::Passphrase:
        m_passphraseMode->setChecked(true);
        break;
    }

    connect(buttons, &QDialogButtonBox::accepted, this, &PgBackUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PgBackUpDialog::reject);
    connect(browseFolder, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Choose the History Folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(browseFile, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose a Recipients File"));
        if (!file.isEmpty())
            m_recipientsFile->setText(file);
    });
    connect(m_recipient, &QLineEdit::textEdited, m_recipientMode,
            [this] { m_recipientMode->setChecked(true); });
    connect(m_recipientsFile, &QLineEdit::textChanged, m_fileMode, [this] { m_fileMode->setChecked(true); });
    connect(m_passphrase, &NewPassphraseField::changed, this, [this] { m_passphraseMode->setChecked(true); });
    for (QLineEdit *edit : {m_folder, m_recipient, m_recipientsFile})
        connect(edit, &QLineEdit::textChanged, m_problem, &QLabel::clear);
    for (QRadioButton *mode : {m_recipientMode, m_fileMode, m_passphraseMode})
        connect(mode, &QRadioButton::toggled, this, &PgBackUpDialog::update);
    update();
}

PgBackupPreferences PgBackUpDialog::preferences() const
{
    PgBackupPreferences p;
    p.folder = QFileInfo(m_folder->text().trimmed()).absoluteFilePath();
    p.keyMode = m_recipientMode->isChecked() ? PgBackupPreferences::KeyMode::Recipient
                : m_fileMode->isChecked()    ? PgBackupPreferences::KeyMode::RecipientsFile
                                             : PgBackupPreferences::KeyMode::Passphrase;
    p.recipient = m_recipient->text().trimmed();
    p.recipientsFile = m_recipientsFile->text().trimmed();
    p.globals = m_globals->isChecked();
    p.retention = m_retention->isChecked();
    return p;
}

Result<age::EncryptRequest> PgBackUpDialog::encryption() const
{
    age::EncryptRequest request;
    if (m_recipientMode->isChecked()) {
        const QString text = m_recipient->text().trimmed();
        if (const auto hybrid = age::HybridRecipient::parse(text))
            request.hybridRecipients.append(*hybrid);
        else if (const auto recipient = age::X25519Recipient::parse(text))
            request.recipients.append(*recipient);
        else
            return Error(ExitCode::Usage,
                         tr("“%1” is not an age recipient (age1… as age-keygen prints it).").arg(text));
    } else if (m_fileMode->isChecked()) {
        auto set = age::readRecipientSet(m_recipientsFile->text().trimmed());
        if (!set)
            return set.error();
        if (!set->x25519.isEmpty() && !set->hybrid.isEmpty())
            return Error(ExitCode::Usage, tr("The recipients file mixes post-quantum (age1pq1…) and classic "
                                             "recipients: the classic ones would open the backup without the "
                                             "post-quantum protection."));
        request.recipients = set->x25519;
        request.hybridRecipients = set->hybrid;
    } else {
        if (!m_passphrase->isAcceptable())
            return Error(ExitCode::Usage, tr("Type the passphrase twice, the same both times."));
        request.passphrase = KeyMaterial(m_passphrase->passphrase());
    }
    return request;
}

QString PgBackUpDialog::problem() const
{
    return m_problem->text();
}

void PgBackUpDialog::accept()
{
    if (m_folder->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Choose the history folder."));
        return;
    }
    const Result<age::EncryptRequest> request = encryption();
    if (!request) {
        m_problem->setText(request.error().message);
        return;
    }
    QDialog::accept();
}

void PgBackUpDialog::update()
{
    m_problem->clear();
}

} // namespace strongroom::ui
