#include "postgres/PgKeyEntry.h"

#include "age/IdentityFile.h"
#include "widgets/SecretLineEdit.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace strongroom::ui {

PgKeyEntry::PgKeyEntry(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_identityMode = new QRadioButton(tr("&Identity file:"));
    m_identityMode->setObjectName(QStringLiteral("identityMode"));
    m_identityFile = new QLineEdit;
    m_identityFile->setObjectName(QStringLiteral("identityFile"));
    m_identityFile->setPlaceholderText(
        tr("An age identity file (AGE-SECRET-KEY-…), as age-keygen writes it"));
    auto *browse = new QPushButton(tr("&Browse…"));
    m_passphraseMode = new QRadioButton(tr("&Passphrase or key:"));
    m_passphraseMode->setObjectName(QStringLiteral("passphraseMode"));
    m_passphrase = new SecretLineEdit;
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setPlaceholderText(tr("The backup's passphrase (for a Node backup: 64 hex characters)"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("keyError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    layout->addWidget(m_identityMode, 0, 0);
    layout->addWidget(m_identityFile, 0, 1);
    layout->addWidget(browse, 0, 2);
    layout->addWidget(m_passphraseMode, 1, 0);
    layout->addWidget(m_passphrase, 1, 1, 1, 2);
    layout->addWidget(m_error, 2, 0, 1, 3);
    m_identityMode->setChecked(true);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose an Identity File"));
        if (!file.isEmpty())
            m_identityFile->setText(file);
    });
    connect(m_identityFile, &QLineEdit::textChanged, this, [this] {
        m_identityMode->setChecked(true);
        update();
    });
    connect(m_passphrase, &SecretLineEdit::textChanged, this, [this] {
        if (!m_passphrase->isEmpty())
            m_passphraseMode->setChecked(true);
        update();
    });
    connect(m_identityMode, &QRadioButton::toggled, this, &PgKeyEntry::update);
}

void PgKeyEntry::ask(QWidget *window, const QString &stem, bool passphrase,
                     const std::function<void(const age::DecryptKeys &)> &use)
{
    auto *dialog = new QDialog(window);
    dialog->setObjectName(QStringLiteral("pgKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Key of the Backup"));
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QLabel(tr("The key that opens %1:").arg(stem));
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *keys = new PgKeyEntry;
    keys->preferPassphrase(passphrase);
    layout->addWidget(keys);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [dialog, keys, use] {
        if (!keys->hasInput()) {
            keys->showError(tr("Choose an identity file or type the passphrase."));
            return;
        }
        Result<age::DecryptKeys> read = keys->keys();
        if (!read) {
            keys->showError(read.error().message);
            return;
        }
        dialog->accept();
        use(*read);
    });
    dialog->open();
}

void PgKeyEntry::preferPassphrase(bool passphrase)
{
    (passphrase ? m_passphraseMode : m_identityMode)->setChecked(true);
    (passphrase ? static_cast<QWidget *>(m_passphrase) : m_identityFile)->setFocus();
}

bool PgKeyEntry::hasInput() const
{
    return m_identityMode->isChecked() ? !m_identityFile->text().trimmed().isEmpty()
                                       : !m_passphrase->isEmpty();
}

Result<age::DecryptKeys> PgKeyEntry::keys() const
{
    age::DecryptKeys keys;
    if (m_passphraseMode->isChecked()) {
        keys.passphrase = m_passphrase->key();
        return keys;
    }
    auto set = age::readIdentitySet(m_identityFile->text().trimmed(), nullptr);
    if (!set)
        return set.error();
    keys.identities = set->x25519;
    keys.hybridIdentities = set->hybrid;
    return keys;
}

void PgKeyEntry::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString PgKeyEntry::error() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void PgKeyEntry::update()
{
    showError({});
    Q_EMIT changed();
}

} // namespace strongroom::ui
