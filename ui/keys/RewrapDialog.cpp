#include "keys/RewrapDialog.h"

#include "age/IdentityFile.h"
#include "widgets/SecretLineEdit.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace strongroom::ui {

RewrapDialog::RewrapDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Rewrap Backups to a New Key"));
    auto *intro =
        new QLabel(tr("Gives age files a new recipient by rewriting only their headers: the payload is "
                      "not touched, so even large backups take seconds. Each original is kept beside "
                      "its file until you remove it."));
    intro->setWordWrap(true);
    m_files = new QListWidget;
    m_files->setObjectName(QStringLiteral("filesList"));
    auto *add = new QPushButton(tr("Add Files…"));
    add->setObjectName(QStringLiteral("addFilesButton"));
    m_identity = new QLineEdit;
    m_identity->setObjectName(QStringLiteral("identityEdit"));
    auto *browse = new QPushButton(tr("Choose…"));
    auto *identityRow = new QHBoxLayout;
    identityRow->addWidget(m_identity, 1);
    identityRow->addWidget(browse);
    m_passphrase = new SecretLineEdit;
    m_passphrase->setObjectName(QStringLiteral("identityPassphraseEdit"));
    m_passphrase->setPlaceholderText(tr("only for a passphrase-protected identity file"));
    m_recipient = new QLineEdit;
    m_recipient->setObjectName(QStringLiteral("recipientEdit"));
    m_recipient->setPlaceholderText(QStringLiteral("age1…"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_start = new QPushButton(tr("Rewrap"));
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("Files:"), m_files);
    form->addRow(QString(), add);
    form->addRow(tr("Identity that opens them now:"), identityRow);
    form->addRow(tr("Its passphrase:"), m_passphrase);
    form->addRow(tr("New recipient:"), m_recipient);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_start);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        auto *dialog =
            new QFileDialog(this, tr("Age Files"), QString(), tr("age files (*.age);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFiles);
        connect(dialog, &QFileDialog::filesSelected, this, &RewrapDialog::addFiles);
        dialog->open();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Identity File"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, m_identity, &QLineEdit::setText);
        dialog->open();
    });
    connect(m_identity, &QLineEdit::textChanged, this, &RewrapDialog::update);
    connect(m_recipient, &QLineEdit::textChanged, this, &RewrapDialog::update);
    connect(m_start, &QPushButton::clicked, this, &RewrapDialog::start);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    update();
}

void RewrapDialog::setIdentityFile(const QString &path)
{
    m_identity->setText(path);
}

void RewrapDialog::setRecipient(const QString &recipient)
{
    m_recipient->setText(recipient);
}

void RewrapDialog::addFiles(const QStringList &files)
{
    for (const QString &file : files)
        if (m_files->findItems(file, Qt::MatchExactly).isEmpty())
            m_files->addItem(file);
    update();
}

void RewrapDialog::update()
{
    m_problem->clear();
    m_start->setEnabled(m_files->count() > 0 && !m_identity->text().isEmpty() &&
                        !m_recipient->text().isEmpty());
}

Result<std::shared_ptr<age::RewrapJob>> RewrapDialog::makeJob() const
{
    age::RewrapRequest request;
    for (int i = 0; i < m_files->count(); ++i)
        request.files.append(m_files->item(i)->text());
    const auto recipient = age::X25519Recipient::parse(m_recipient->text().trimmed());
    if (!recipient)
        return Error(
            ExitCode::Usage,
            tr("%1 is not an age recipient (age1…, as age-keygen prints it).").arg(m_recipient->text()));
    request.newRecipients.append(*recipient);
    const KeyMaterial passphrase = m_passphrase->key();
    auto identities =
        age::readIdentityFile(m_identity->text(), m_passphrase->isEmpty() ? nullptr : &passphrase);
    if (!identities)
        return identities.error();
    request.oldKeys.identities = *identities;
    return std::make_shared<age::RewrapJob>(std::move(request));
}

void RewrapDialog::start()
{
    auto job = makeJob();
    if (!job) {
        m_problem->setText(job.error().message);
        return;
    }
    QStringList files;
    for (int i = 0; i < m_files->count(); ++i)
        files.append(m_files->item(i)->text());
    const QString keyId = age::X25519Recipient::parse(m_recipient->text().trimmed())->keyId();
    Q_EMIT startRequested(*job, {keyId}, files);
    accept();
}

} // namespace strongroom::ui
