#include "conversion/DiagnosisPage.h"

#include "conversion/ConversionWizard.h"
#include "core/JobRunner.h"
#include "sqlcipher/DatabaseOpener.h"
#include "widgets/SecretLineEdit.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace strongroom::ui {

namespace {

QString settingsText(const CipherSettings &s)
{
    return DiagnosisPage::tr("page size %1 bytes, %2 KDF iterations (%3), %4, plaintext header %5 bytes")
        .arg(s.pageSize)
        .arg(QLocale().toString(s.kdfIter))
        .arg(s.kdfAlgorithm)
        .arg(s.useHmac ? s.hmacAlgorithm : DiagnosisPage::tr("no HMAC"))
        .arg(s.plaintextHeaderSize);
}

} // namespace

DiagnosisPage::DiagnosisPage(ConversionWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("What Strongroom Found"));
    setSubTitle(tr("Strongroom reads the file without changing it and finds out how it is encrypted."));
    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("diagnosisHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_headline);
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    layout->addWidget(m_busy);
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("diagnosisDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);

    m_keyRow = new QWidget;
    auto *keyLayout = new QHBoxLayout(m_keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    auto *keyLabel = new QLabel(tr("Current &key:"));
    m_key = new SecretLineEdit;
    m_key->setObjectName(QStringLiteral("currentKeyEdit"));
    m_key->setPlaceholderText(tr("Passphrase, or x'…' for a raw key"));
    keyLabel->setBuddy(m_key);
    m_tryKey = new QPushButton(tr("&Try This Key"));
    m_tryKey->setObjectName(QStringLiteral("tryKeyButton"));
    keyLayout->addWidget(keyLabel);
    keyLayout->addWidget(m_key, 1);
    keyLayout->addWidget(m_tryKey);
    layout->addWidget(m_keyRow);
    layout->addStretch();
    m_keyRow->setVisible(false);

    connect(m_tryKey, &QPushButton::clicked, this, &DiagnosisPage::tryKey);
    connect(m_key, &SecretLineEdit::returnPressed, this, &DiagnosisPage::tryKey);
}

void DiagnosisPage::initializePage()
{
    m_key->clear();
    m_keyRow->setVisible(false);
    diagnose();
}

void DiagnosisPage::cleanupPage()
{
    ++m_generation; // a diagnosis still running belongs to a page the user left
    m_running = false;
    m_usable = false;
}

void DiagnosisPage::tryKey()
{
    if (m_key->isEmpty() || m_running)
        return;
    m_wizard->choices().currentKey = m_key->key();
    m_key->clear();
    // Settings remembered from an earlier file do not apply to a key typed for this one.
    m_wizard->choices().sourceSettings.reset();
    diagnose();
}

void DiagnosisPage::diagnose()
{
    ConversionChoices &choices = m_wizard->choices();
    OpenRequest request;
    request.path = choices.path;
    request.key = choices.currentKey;
    request.userSettings = choices.sourceSettings;
    m_running = true;
    m_usable = false;
    m_busy->setVisible(true);
    m_tryKey->setEnabled(false);
    m_headline->setText(tr("Reading %1… Each set of cipher settings tried costs one key derivation, so this "
                           "can take a few seconds.")
                            .arg(choices.path));
    m_details->clear();
    Q_EMIT completeChanged();

    const int generation = ++m_generation;
    auto job = std::make_shared<OpenDatabaseJob>(std::move(request));
    JobHandle *handle = m_wizard->runner()->start(job);
    connect(handle, &JobHandle::finished, this, [this, job, generation](const JobReport &) {
        OpenDiagnosis diagnosis = job->takeDiagnosis();
        if (generation == m_generation)
            onDiagnosed(diagnosis);
        // The wizard only needed to know; the conversion opens the file itself.
        if (diagnosis.session)
            diagnosis.session->close();
    });
}

void DiagnosisPage::onDiagnosed(const OpenDiagnosis &diagnosis)
{
    using Case = OpenDiagnosis::Case;
    ConversionChoices &choices = m_wizard->choices();
    m_running = false;
    m_busy->setVisible(false);
    m_tryKey->setEnabled(true);
    choices.found = diagnosis.what;
    choices.encrypted = false;
    QStringList details{tr("File: %1").arg(choices.path)};
    if (diagnosis.session) {
        const FileFacts &facts = diagnosis.session->facts();
        choices.encrypted = facts.encrypted;
        choices.sourceSettings = facts.settings;
        const QLocale locale;
        details << tr("Size: %1%2")
                       .arg(locale.formattedDataSize(facts.fileBytes, 1, QLocale::DataSizeIecFormat),
                            facts.walBytes > 0 ? tr(" plus %1 of write-ahead log")
                                                     .arg(locale.formattedDataSize(
                                                         facts.walBytes, 1, QLocale::DataSizeIecFormat))
                                               : QString());
        details << tr("Journal mode: %1").arg(facts.journalMode);
        if (facts.encrypted && facts.settings) {
            details << tr("Encryption: %1 (%2), %3 key")
                           .arg(facts.profile(), settingsText(*facts.settings),
                                facts.keyKind == KeyKind::Raw ? tr("raw") : tr("passphrase"));
        }
    }

    switch (diagnosis.what) {
    case Case::Opened:
    case Case::OpenedReadOnly: {
        const QString profile = choices.sourceSettings ? choices.sourceSettings->profileName() : QString();
        if (profile == QLatin1String("sqlcipher-4"))
            m_headline->setText(tr("<b>Encrypted with SQLCipher 4 settings.</b> The key is correct."));
        else
            m_headline->setText(
                tr("<b>Encrypted with %1 settings.</b> The key is correct. These settings derive "
                   "the key more weakly than SQLCipher 4; migrating the file is recommended.")
                    .arg(profile));
        m_usable = true;
        break;
    }
    case Case::PlainSqlite:
        m_headline->setText(
            tr("<b>A plain SQLite database: not encrypted.</b> Anyone who can read the file can "
               "read its data. Encrypting it is recommended."));
        m_usable = true;
        break;
    case Case::KeyNeeded:
    case Case::WrongKey:
        m_headline->setText(diagnosis.what == Case::KeyNeeded
                                ? tr("<b>The file looks encrypted.</b> Enter its current key to go on.")
                                : tr("<b>The key does not open this file</b> with SQLCipher 4, 3, 2 or 1 "
                                     "settings. Check the key and try again."));
        m_keyRow->setVisible(true);
        m_key->setFocus();
        break;
    default:
        m_headline->setText(
            tr("<b>This file cannot be converted.</b> %1").arg(diagnosis.message.toHtmlEscaped()));
        break;
    }
    if (diagnosis.what == Case::OpenedReadOnly)
        details << tr(
            "The file or its folder is read-only: the conversion writes a new file in the same folder, "
            "so it will fail unless the folder becomes writable.");
    QString html;
    for (const QString &line : std::as_const(details))
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    m_details->setText(html.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(html));
    Q_EMIT completeChanged();
}

bool DiagnosisPage::isComplete() const
{
    return !m_running && m_usable;
}

} // namespace strongroom::ui
