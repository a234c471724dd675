#include "volumes/OpenVolumeDialog.h"

#include "volumes/HelperProtocol.h"
#include "widgets/SecretLineEdit.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace strongroom::ui {

namespace {
// The helper's own rule (helper::validate), so the dialog never offers a name the helper refuses.
bool isAllowedName(const QString &name)
{
    return helper::validate(helper::Request{QStringLiteral("close"), {}, name, {}}).ok();
}
} // namespace

OpenVolumeDialog::OpenVolumeDialog(const QString &image, QWidget *parent) : QDialog(parent), m_image(image)
{
    setObjectName(QStringLiteral("openVolumeDialog"));
    const QString file = QFileInfo(image).fileName();
    setWindowTitle(tr("Open %1").arg(file));
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(
        tr("%1 is unlocked and mapped as a device by strongroom-helper, which your system asks you "
           "to authorise first. The key goes to the helper only, and is not stored anywhere.")
            .arg(file));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(helper::suggestedMappingName(image));
    m_name->setObjectName(QStringLiteral("mappingNameEdit"));
    m_name->setMaxLength(64);
    form->addRow(tr("Mapping name:"), m_name);
    m_device = new QLabel;
    m_device->setObjectName(QStringLiteral("deviceLabel"));
    m_device->setWordWrap(true);
    form->addRow(QString(), m_device);
    m_key = new SecretLineEdit;
    m_key->setObjectName(QStringLiteral("existingKeyEdit"));
    m_key->setPlaceholderText(tr("Passphrase, or x'…' for a raw key"));
    form->addRow(tr("Key:"), m_key);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_commit = buttons->addButton(tr("Open"), QDialogButtonBox::AcceptRole);
    m_commit->setObjectName(QStringLiteral("commitButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &OpenVolumeDialog::updateReady);
    connect(m_key, &SecretLineEdit::textChanged, this, &OpenVolumeDialog::updateReady);
    m_key->setFocus();
    updateReady();
}

OpenVolumeDialog::~OpenVolumeDialog()
{
    wipeKeyField();
}

QString OpenVolumeDialog::mappingName() const
{
    return m_name->text();
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
    const QString name = m_name->text();
    const bool nameOk = isAllowedName(name);
    const bool inUse = nameOk && QFileInfo::exists(QStringLiteral("/dev/mapper/") + name);
    if (!nameOk)
        m_device->setText(
            tr("Use up to 64 letters, digits, '_', '.' or '-', starting with a letter or digit."));
    else if (inUse)
        m_device->setText(tr("/dev/mapper/%1 is in use already; choose another name.").arg(name));
    else
        m_device->setText(tr("The volume will appear as /dev/mapper/%1.").arg(name));
    m_device->setStyleSheet(nameOk && !inUse ? QString() : QStringLiteral("color: #b03a2e;"));
    m_commit->setEnabled(nameOk && !inUse && !m_key->isEmpty());
}

} // namespace strongroom::ui
