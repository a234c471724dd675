#include "dashboard/KeyDialog.h"

#include "keys/KeyReader.h"
#include "keys/Keyring.h"
#include "widgets/SecretLineEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace strongroom::ui {

KeyDialog::KeyDialog(const QString &path, const QString &reason, QWidget *parent)
    : QDialog(parent), m_path(path)
{
    setWindowTitle(tr("Key for %1").arg(QFileInfo(path).fileName()));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(reason.isEmpty() ? tr("%1 is encrypted. Enter its key.").arg(path) : reason);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_key = new SecretLineEdit;
    m_key->setPlaceholderText(tr("Passphrase, or x'…' for a raw key"));
    form->addRow(tr("&Key:"), m_key);
    auto *fileRow = new QHBoxLayout;
    m_keyFile = new QLineEdit;
    m_keyFile->setPlaceholderText(tr("or a key file"));
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &KeyDialog::chooseKeyFile);
    fileRow->addWidget(m_keyFile);
    fileRow->addWidget(browse);
    form->addRow(tr("Key &file:"), fileRow);
    layout->addLayout(form);

    m_keyring = new QCheckBox(tr("Remember the key in the desktop &keyring"));
    if (!Keyring::isAvailable()) {
        m_keyring->setEnabled(false);
        m_keyring->setToolTip(
            tr("No desktop keyring is running, so the key cannot be remembered. Strongroom never "
               "stores keys anywhere else."));
    }
    layout->addWidget(m_keyring);

    m_advanced = new QGroupBox(tr("&Advanced: custom cipher settings"));
    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);
    m_advanced->setToolTip(
        tr("Only for files made with settings other than SQLCipher 4, 3, 2 or 1 defaults; those "
           "are tried automatically."));
    auto *advanced = new QFormLayout(m_advanced);
    m_pageSize = new QSpinBox;
    m_pageSize->setRange(512, 65536);
    m_pageSize->setValue(4096);
    m_kdfIter = new QSpinBox;
    m_kdfIter->setRange(1, 10000000);
    m_kdfIter->setValue(256000);
    m_hmac = new QComboBox;
    m_hmac->addItems(CipherSettings::hmacAlgorithms());
    m_kdf = new QComboBox;
    m_kdf->addItems(CipherSettings::kdfAlgorithms());
    m_headerSize = new QSpinBox;
    m_headerSize->setRange(0, 1024);
    advanced->addRow(tr("Page size:"), m_pageSize);
    advanced->addRow(tr("KDF iterations:"), m_kdfIter);
    advanced->addRow(tr("HMAC algorithm:"), m_hmac);
    advanced->addRow(tr("KDF algorithm:"), m_kdf);
    advanced->addRow(tr("Plaintext header bytes:"), m_headerSize);
    layout->addWidget(m_advanced);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void KeyDialog::chooseKeyFile()
{
    auto *dialog = new QFileDialog(this, tr("Key File"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_keyFile, &QLineEdit::setText);
    dialog->open();
}

bool KeyDialog::rememberInKeyring() const
{
    return m_keyring->isChecked();
}

Result<OpenRequest> KeyDialog::request()
{
    OpenRequest request;
    request.path = m_path;
    if (!m_keyFile->text().isEmpty()) {
        KeyReader reader;
        auto key = reader.read(KeySource::file(m_keyFile->text()), tr("key"));
        if (!key)
            return key.error();
        request.key = *key;
    } else if (!m_key->isEmpty()) {
        request.key = m_key->key();
    }
    m_key->clear();
    if (m_advanced->isChecked())
        request.userSettings =
            DatabaseOpener::customSettings(m_pageSize->value(), m_kdfIter->value(), m_hmac->currentText(),
                                           m_kdf->currentText(), m_headerSize->value());
    return request;
}

} // namespace strongroom::ui
