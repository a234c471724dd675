#include "volumes/OpenVolumeDialog.h"

#include "widgets/SecretLineEdit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace strongroom::ui {

OpenVolumeDialog::OpenVolumeDialog(const QString &image, QWidget *parent) : QDialog(parent), m_image(image)
{
    setObjectName(QStringLiteral("openVolumeDialog"));
    const QString file = QFileInfo(image).fileName();
    setWindowTitle(tr("Open %1").arg(file));
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(
        tr("%1 is unlocked by udisks2, the system's disk service, which may ask you to authorise it "
           "first. The key goes to udisks2 only, and is not stored anywhere.")
            .arg(file));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *form = new QFormLayout;
    m_key = new SecretLineEdit;
    m_key->setObjectName(QStringLiteral("existingKeyEdit"));
    m_key->setPlaceholderText(tr("Passphrase, or x'…' for a raw key"));
    form->addRow(tr("Key:"), m_key);
    m_readOnly = new QCheckBox(tr("Read-only (nothing on the volume can be changed)"));
    m_readOnly->setObjectName(QStringLiteral("readOnlyCheck"));
    form->addRow(QString(), m_readOnly);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_commit = buttons->addButton(tr("Open"), QDialogButtonBox::AcceptRole);
    m_commit->setObjectName(QStringLiteral("commitButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_key, &SecretLineEdit::textChanged, this, &OpenVolumeDialog::updateReady);
    m_key->setFocus();
    updateReady();
}

OpenVolumeDialog::~OpenVolumeDialog()
{
    wipeKeyField();
}

bool OpenVolumeDialog::readOnly() const
{
    return m_readOnly->isChecked();
}

KeyMaterial OpenVolumeDialog::takeKey()
{
    KeyMaterial key = m_key->key();
    wipeKeyField();
    updateReady();
    return key;
}

void OpenVolumeDialog::wipeKeyField()
{
    const QSignalBlocker blocker(m_key);
    m_key->clear();
}

void OpenVolumeDialog::updateReady()
{
    m_commit->setEnabled(!m_key->isEmpty());
}

} // namespace strongroom::ui
