#include "conversion/ChooseFilePage.h"

#include "conversion/ConversionWizard.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace strongroom::ui {

ChooseFilePage::ChooseFilePage(ConversionWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Choose the Database"));
    setSubTitle(tr("Strongroom can encrypt a plain SQLite file, remove the encryption, change the key, or "
                   "move a file made by an older SQLCipher to today's settings."));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The file is never changed in place: Strongroom writes a new file next to it, checks it, and only "
           "then swaps it in. The original is kept under a new name until you delete it."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Database file:"));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setPlaceholderText(tr("/path/to/database.db"));
    label->setBuddy(m_path);
    auto *browse = new QPushButton(tr("Bro&wse…"));
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    layout->addStretch();
    registerField(QStringLiteral("path"), m_path);
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(browse, &QPushButton::clicked, this, &ChooseFilePage::browse);
}

void ChooseFilePage::browse()
{
    auto *dialog = new QFileDialog(this, tr("Choose a Database"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(
        {tr("Databases (*.db *.sqlite *.sqlite3 *.db3 *.sqlcipher)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, m_path, &QLineEdit::setText);
    dialog->open();
}

bool ChooseFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ChooseFilePage::validatePage()
{
    const QFileInfo info(m_path->text().trimmed());
    const QString path = info.absoluteFilePath();
    if (path != m_wizard->choices().path) {
        // Another file: what was known about the previous one no longer applies.
        m_wizard->choices().wipeKeys();
        m_wizard->choices().sourceSettings.reset();
    }
    m_wizard->choices().path = path;
    return true;
}

} // namespace strongroom::ui
