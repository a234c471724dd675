#include "volumes/InPlaceDialog.h"

#include "volumes/PbkdfSettingsEditor.h"
#include "widgets/NewPassphraseField.h"
#include "widgets/SecretLineEdit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace strongroom::ui {

InPlaceDialog::InPlaceDialog(JobRunner *runner, const QString &image, Direction direction, bool resume,
                             QWidget *parent)
    : QDialog(parent), m_direction(direction), m_resume(resume)
{
    setObjectName(QStringLiteral("inPlaceDialog"));
    const QString file = QFileInfo(image).fileName();
    const bool encrypt = direction == Direction::Encrypt;
    setWindowTitle(encrypt ? tr("Encrypt %1 in Place").arg(file) : tr("Decrypt %1 in Place").arg(file));
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel;
    explanation->setWordWrap(true);
    if (resume)
        explanation->setText(
            encrypt ? tr("The encryption of %1 was interrupted. Give the key it was started with and it "
                         "continues where it stopped.")
                          .arg(file)
                    : tr("The decryption of %1 was interrupted. Give the key it was started with and it "
                         "continues where it stopped.")
                          .arg(file));
    else if (encrypt)
        explanation->setText(
            tr("%1 is encrypted where it is, offline, chunk by chunk: the file grows by 32 MiB for the LUKS2 "
               "header and the data moves up behind it. An interruption (even a crash) can be resumed. "
               "Nothing must use the file meanwhile.")
                .arg(file));
    else
        explanation->setText(
            tr("%1 is decrypted where it is, offline: afterwards it holds its data unencrypted, every key "
               "slot is gone, and the file shrinks back to its plain size.")
                .arg(file));
    layout->addWidget(explanation);

    if (encrypt && !resume) {
        m_newKey = new NewPassphraseField;
        layout->addWidget(m_newKey);
        m_pbkdf = new PbkdfSettingsEditor(runner);
        layout->addWidget(m_pbkdf);
        connect(m_newKey, &NewPassphraseField::changed, this, &InPlaceDialog::updateReady);
    } else {
        auto *form = new QFormLayout;
        m_key = new SecretLineEdit;
        m_key->setObjectName(QStringLiteral("existingKeyEdit"));
        form->addRow(tr("Key:"), m_key);
        layout->addLayout(form);
        connect(m_key, &SecretLineEdit::textChanged, this, &InPlaceDialog::updateReady);
    }
    m_confirm = new QCheckBox(
        encrypt ? tr("Nothing uses %1 now, and I have a copy of anything I cannot lose.").arg(file)
                : tr("I understand that %1 will hold its data unencrypted.").arg(file));
    m_confirm->setObjectName(QStringLiteral("confirmCheck"));
    layout->addWidget(m_confirm);
    connect(m_confirm, &QCheckBox::toggled, this, &InPlaceDialog::updateReady);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_commit = buttons->addButton(encrypt ? (resume ? tr("Resume Encryption") : tr("Encrypt"))
                                          : (resume ? tr("Resume Decryption") : tr("Decrypt")),
                                  QDialogButtonBox::AcceptRole);
    m_commit->setObjectName(QStringLiteral("commitButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateReady();
}

KeyMaterial InPlaceDialog::key() const
{
    return m_newKey ? KeyMaterial(m_newKey->passphrase()) : m_key->key();
}

inplace::EncryptionParams InPlaceDialog::params() const
{
    inplace::EncryptionParams p;
    if (m_pbkdf)
        p.pbkdf = m_pbkdf->settings();
    return p;
}

void InPlaceDialog::updateReady()
{
    const bool keyReady = m_newKey ? m_newKey->isAcceptable() : !m_key->isEmpty();
    m_commit->setEnabled(keyReady && m_confirm->isChecked());
}

} // namespace strongroom::ui
