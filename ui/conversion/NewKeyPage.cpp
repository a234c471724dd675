#include "conversion/NewKeyPage.h"

#include "conversion/ConversionWizard.h"
#include "conversion/RecoverySheet.h"
#include "keys/Keyring.h"
#include "keys/PassphraseStrength.h"
#include "widgets/SecretLineEdit.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace strongroom::ui {

namespace {

enum Mode
{
    Typed,
    Words,
    Raw
};

} // namespace

NewKeyPage::NewKeyPage(ConversionWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("The New Key"));
    setSubTitle(
        tr("Whoever has this key can read the database, and without it nobody can, not even Strongroom. "
           "Print the recovery sheet or store the key in a password manager before you go on."));
    auto *layout = new QVBoxLayout(this);

    m_mode = new QButtonGroup(this);
    auto *typed = new QRadioButton(tr("&Type a passphrase"));
    typed->setObjectName(QStringLiteral("typedKeyRadio"));
    auto *words = new QRadioButton(tr("&Generate a passphrase of words"));
    words->setObjectName(QStringLiteral("wordsKeyRadio"));
    auto *raw = new QRadioButton(tr("Generate a random &raw key (64 hex digits)"));
    raw->setObjectName(QStringLiteral("rawKeyRadio"));
    m_mode->addButton(typed, Typed);
    m_mode->addButton(words, Words);
    m_mode->addButton(raw, Raw);
    auto *modes = new QHBoxLayout;
    for (QAbstractButton *b : m_mode->buttons())
        modes->addWidget(b);
    modes->addStretch();
    layout->addLayout(modes);

    auto *form = new QFormLayout;
    auto *keyRow = new QHBoxLayout;
    m_key = new SecretLineEdit;
    m_key->setObjectName(QStringLiteral("newKeyEdit"));
    m_key->setPlaceholderText(tr("Passphrase, or x'…' for a raw key"));
    m_show = new QCheckBox(tr("S&how"));
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_show);
    auto *keyLabel = new QLabel(tr("New &key:"));
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, keyRow);

    auto *generateRow = new QHBoxLayout;
    m_words = new QSpinBox;
    m_words->setObjectName(QStringLiteral("wordCountSpin"));
    m_words->setRange(PassphraseGenerator::kMinimumWords, 24);
    m_words->setValue(PassphraseGenerator::kMinimumWords);
    m_words->setSuffix(tr(" words"));
    m_generate = new QPushButton(tr("Generate &Another"));
    m_generate->setObjectName(QStringLiteral("generateButton"));
    generateRow->addWidget(m_words);
    generateRow->addWidget(m_generate);
    generateRow->addStretch();
    auto *wordsLabel = new QLabel(tr("&Length:"));
    wordsLabel->setBuddy(m_words);
    form->addRow(wordsLabel, generateRow);

    auto *strengthRow = new QHBoxLayout;
    m_strength = new QProgressBar;
    m_strength->setObjectName(QStringLiteral("strengthMeter"));
    m_strength->setRange(0, 128);
    m_strength->setTextVisible(false);
    m_strength->setMaximumHeight(12);
    m_strengthText = new QLabel;
    m_strengthText->setObjectName(QStringLiteral("strengthLabel"));
    strengthRow->addWidget(m_strength, 1);
    strengthRow->addWidget(m_strengthText, 2);
    form->addRow(tr("Strength:"), strengthRow);

    m_confirm = new SecretLineEdit;
    m_confirm->setObjectName(QStringLiteral("confirmKeyEdit"));
    m_confirm->setPlaceholderText(tr("Type the new key again"));
    auto *confirmLabel = new QLabel(tr("Confir&m:"));
    confirmLabel->setBuddy(m_confirm);
    form->addRow(confirmLabel, m_confirm);
    m_match = new QLabel;
    m_match->setObjectName(QStringLiteral("matchLabel"));
    form->addRow(QString(), m_match);
    layout->addLayout(form);

    m_keyring = new QCheckBox(tr("Also store the key in the desktop keyr&ing"));
    m_keyring->setObjectName(QStringLiteral("keyringCheck"));
    layout->addWidget(m_keyring);
    if (!Keyring::isAvailable()) {
        m_keyring->setEnabled(false);
        auto *why =
            new QLabel(tr("Not available: no Secret Service or KWallet is running. Strongroom never stores "
                          "keys anywhere else."));
        why->setWordWrap(true);
        why->setIndent(24);
        layout->addWidget(why);
    }

    auto *sheetRow = new QHBoxLayout;
    auto *savePdf = new QPushButton(tr("&Save Recovery Sheet as PDF…"));
    savePdf->setObjectName(QStringLiteral("saveSheetButton"));
    auto *print = new QPushButton(tr("&Print Recovery Sheet…"));
    print->setObjectName(QStringLiteral("printSheetButton"));
    sheetRow->addWidget(savePdf);
    sheetRow->addWidget(print);
    sheetRow->addStretch();
    layout->addLayout(sheetRow);
    layout->addStretch();

    connect(m_mode, &QButtonGroup::idClicked, this, [this](int id) {
        m_words->setEnabled(id == Words);
        m_generate->setEnabled(id != Typed);
        if (id == Typed) {
            m_key->clear();
            m_show->setChecked(false);
            m_key->setFocus();
        } else {
            generate();
        }
    });
    connect(m_generate, &QPushButton::clicked, this, &NewKeyPage::generate);
    connect(m_words, &QSpinBox::valueChanged, this, &NewKeyPage::generate);
    connect(m_show, &QCheckBox::toggled, this, [this](bool on) { m_key->setRevealed(on); });
    connect(m_key, &SecretLineEdit::textChanged, this, &NewKeyPage::updateStrength);
    connect(m_confirm, &SecretLineEdit::textChanged, this, &NewKeyPage::updateStrength);
    connect(savePdf, &QPushButton::clicked, this, &NewKeyPage::chooseSheetFile);
    connect(print, &QPushButton::clicked, this, &NewKeyPage::printSheet);
    for (QPushButton *b : {savePdf, print})
        connect(this, &QWizardPage::completeChanged, b, [this, b] { b->setEnabled(isComplete()); });
}

void NewKeyPage::initializePage()
{
    m_mode->button(Typed)->setChecked(true);
    m_words->setEnabled(false);
    m_generate->setEnabled(false);
    m_show->setChecked(false);
    clearKeyFields();
    m_keyring->setChecked(false);
    m_key->setFocus();
}

void NewKeyPage::cleanupPage()
{
    clearKeyFields();
}

void NewKeyPage::clearKeyFields()
{
    m_key->clear();
    m_confirm->clear();
    updateStrength();
}

void NewKeyPage::generate()
{
    const KeyMaterial key =
        m_mode->checkedId() == Raw ? PassphraseGenerator::rawKey() : m_generator.words(m_words->value());
    // A generated key is shown so it can be written down; it still has to be typed again.
    m_show->setChecked(true);
    m_key->setSecret(key.secret());
    m_confirm->clear();
    m_confirm->setFocus();
}

void NewKeyPage::updateStrength()
{
    PassphraseStrength s;
    m_key->withText(
        [&](const QString &text) { s = PassphraseStrength::estimate(text, m_generator.words()); });
    m_strength->setValue(int(std::min(128.0, s.bits)));
    QString text;
    QString colour;
    switch (s.level) {
    case PassphraseStrength::Level::Empty:
        break;
    case PassphraseStrength::Level::VeryWeak:
        text = tr("Very weak: about %1 bits. An attacker with the file can guess it.");
        colour = QStringLiteral("#c0392b");
        break;
    case PassphraseStrength::Level::Weak:
        text = tr("Weak: about %1 bits. Use more words or characters.");
        colour = QStringLiteral("#d68910");
        break;
    case PassphraseStrength::Level::Good:
        text = tr("Good: about %1 bits.");
        colour = QStringLiteral("#7cb342");
        break;
    case PassphraseStrength::Level::Strong:
        text = tr("Strong: about %1 bits.");
        colour = QStringLiteral("#2e7d32");
        break;
    }
    m_strengthText->setText(text.isEmpty() ? QString() : text.arg(int(s.bits)));
    m_strength->setStyleSheet(
        colour.isEmpty() ? QString() : QStringLiteral("QProgressBar::chunk { background: %1; }").arg(colour));
    if (m_confirm->isEmpty())
        m_match->setText(QString());
    else if (m_confirm->sameSecretAs(*m_key))
        m_match->setText(tr("The two entries match."));
    else
        m_match->setText(tr("The two entries differ."));
    Q_EMIT completeChanged();
}

bool NewKeyPage::isComplete() const
{
    return !m_key->isEmpty() && m_key->sameSecretAs(*m_confirm);
}

bool NewKeyPage::validatePage()
{
    ConversionChoices &choices = m_wizard->choices();
    choices.newKey = m_key->key();
    choices.storeInKeyring = m_keyring->isEnabled() && m_keyring->isChecked();
    return true;
}

RecoverySheet NewKeyPage::recoverySheet() const
{
    const ConversionChoices &choices = m_wizard->choices();
    RecoverySheet sheet;
    sheet.path = choices.path;
    sheet.key = m_key->key();
    sheet.settings = choices.needsTargetSettings()
                         ? choices.targetSettings
                         : choices.sourceSettings.value_or(CipherSettings::sqlcipher4());
    return sheet;
}

bool NewKeyPage::saveRecoverySheet(const QString &pdfFile) const
{
    return recoverySheet().writePdf(pdfFile);
}

void NewKeyPage::chooseSheetFile()
{
    auto *dialog = new QFileDialog(this, tr("Save Recovery Sheet"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setNameFilter(tr("PDF files (*.pdf)"));
    dialog->selectFile(QFileInfo(m_wizard->choices().path).completeBaseName() + tr("-recovery-sheet.pdf"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_match->setText(saveRecoverySheet(file) ? tr("Recovery sheet saved as %1.").arg(file)
                                                 : tr("Could not write %1.").arg(file));
    });
    dialog->open();
}

void NewKeyPage::printSheet()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, printer] { recoverySheet().print(printer.get()); });
    dialog->open();
}

} // namespace strongroom::ui
