#include "conversion/ResultPage.h"

#include "conversion/ConversionJob.h"
#include "conversion/ConversionWizard.h"
#include "core/JobRunner.h"
#include "jobs/JobProgressDialog.h"
#include "keylist/KeyIdChange.h"
#include "keys/Keyring.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace strongroom::ui {

namespace {

QString mark(bool ok)
{
    return ok ? QStringLiteral("✔") : QStringLiteral("✘");
}

} // namespace

ResultPage::ResultPage(ConversionWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Result"));
    setSubTitle(tr("What was done, and what the check of the new file found."));
    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("resultHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_headline);
    m_checks = new QLabel;
    m_checks->setObjectName(QStringLiteral("resultChecks"));
    m_checks->setTextFormat(Qt::RichText);
    m_checks->setWordWrap(true);
    layout->addWidget(m_checks);
    m_tables = new QTableWidget(0, 4);
    m_tables->setObjectName(QStringLiteral("verificationTable"));
    m_tables->setHorizontalHeaderLabels({tr("Table"), tr("Rows before"), tr("Rows after"), tr("Content")});
    m_tables->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tables->verticalHeader()->setVisible(false);
    m_tables->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tables->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_tables, 1);
    m_keyring = new QLabel;
    m_keyring->setWordWrap(true);
    layout->addWidget(m_keyring);
    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open the New File"));
    m_open->setObjectName(QStringLiteral("openNewFileButton"));
    m_showOriginal = new QPushButton(tr("&Show the Kept Original"));
    m_showOriginal->setObjectName(QStringLiteral("showOriginalButton"));
    buttons->addWidget(m_open);
    buttons->addWidget(m_showOriginal);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, [this] {
        m_wizard->requestOpen();
        m_wizard->accept();
    });
    connect(m_showOriginal, &QPushButton::clicked, this, [this] {
        const auto &result = m_wizard->choices().result;
        if (result && !result->keptOriginal.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(result->keptOriginal).absolutePath()));
    });
}

void ResultPage::initializePage()
{
    ConversionChoices &choices = m_wizard->choices();
    m_finished = false;
    m_headline->setText(tr("Working on %1… Follow the steps in the progress window.").arg(choices.path));
    m_checks->clear();
    m_tables->setRowCount(0);
    m_keyring->clear();
    m_open->setVisible(false);
    m_showOriginal->setVisible(false);

    const ConversionRequest request = choices.request();
    ConversionJob::Options options;
    options.rotationKeyIds = keyidchange::sqlcipherRekeyIds(request.path, request.key, request.newKey);
    auto job = std::make_shared<ConversionJob>(request, options);
    JobHandle *handle = m_wizard->runner()->start(job);
    m_wizard->setBusy(true);
    m_progress = new JobProgressDialog(handle, m_wizard);
    m_progress->setObjectName(QStringLiteral("conversionProgress"));
    m_progress->open();
    connect(handle, &JobHandle::finished, this, [this, job](const JobReport &report) {
        if (report.outcome == JobOutcome::Succeeded)
            m_wizard->choices().result = job->result();
        onFinished(report);
    });
}

void ResultPage::onFinished(const JobReport &report)
{
    m_finished = true;
    m_wizard->setBusy(false);
    switch (report.outcome) {
    case JobOutcome::Succeeded:
        // The report is on this page; the progress window has nothing more to say.
        if (m_progress)
            m_progress->close();
        showVerification();
        break;
    case JobOutcome::Cancelled:
        m_headline->setText(tr("<b>Stopped.</b> The new file was removed; %1 is unchanged.")
                                .arg(m_wizard->choices().path.toHtmlEscaped()));
        break;
    case JobOutcome::Failed:
        m_headline->setText(tr("<b>The conversion failed.</b> %1")
                                .arg(report.error ? report.error->message.toHtmlEscaped() : QString()));
        break;
    }
    Q_EMIT completeChanged();
}

void ResultPage::showVerification()
{
    const ConversionResult &result = *m_wizard->choices().result;
    const VerificationReport &v = result.verification;
    if (v.pagesCompared >= 0) {
        showPageVerification();
        return;
    }
    qint64 rows = 0;
    for (const TableComparison &t : v.tables)
        rows += std::max<qint64>(0, t.copyRows);
    m_headline->setText(tr("<b>Done and verified.</b> %1 is now %2. %n table(s) checked, %3 rows.", nullptr,
                           int(v.tables.size()))
                            .arg(result.plan.path.toHtmlEscaped(),
                                 result.plan.targetEncrypted
                                     ? tr("encrypted (%1)").arg(result.plan.targetSettings.profileName())
                                     : tr("a plain SQLite file"))
                            .arg(rows));
    QStringList checks;
    checks << tr("%1 opens with the new key").arg(mark(v.opensWithNewKey));
    if (result.plan.targetEncrypted)
        checks << tr("%1 cipher_integrity_check: %2")
                      .arg(mark(v.cipherIntegrity == QLatin1String("ok")), v.cipherIntegrity.toHtmlEscaped());
    checks << tr("%1 integrity_check: %2")
                  .arg(mark(v.integrity == QLatin1String("ok")), v.integrity.toHtmlEscaped());
    checks << tr("%1 same schema").arg(mark(v.schemaEqual));
    checks << tr("%1 same user_version, application_id, journal mode and auto_vacuum")
                  .arg(mark(v.headerEqual()));
    m_checks->setText(checks.join(QStringLiteral("<br>")) + originalAndOldKeyParagraphs(result));

    m_tables->setRowCount(int(v.tables.size()));
    for (int i = 0; i < v.tables.size(); ++i) {
        const TableComparison &t = v.tables[i];
        m_tables->setItem(i, 0, new QTableWidgetItem(t.name));
        for (int column : {1, 2}) {
            auto *item = new QTableWidgetItem(QLocale().toString(column == 1 ? t.sourceRows : t.copyRows));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_tables->setItem(i, column, item);
        }
        auto *hash = new QTableWidgetItem(t.equal() ? tr("%1 identical").arg(mark(true))
                                                    : tr("%1 differs").arg(mark(false)));
        hash->setToolTip(QStringLiteral("SHA-256 %1").arg(t.copySha256));
        m_tables->setItem(i, 3, hash);
    }
    m_tables->resizeColumnsToContents();
    m_tables->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_open->setVisible(true);
    m_showOriginal->setVisible(!result.keptOriginal.isEmpty());
    storeInKeyring();
}

void ResultPage::storeInKeyring()
{
    ConversionChoices &choices = m_wizard->choices();
    const std::optional<KeyMaterial> key = choices.resultKey();
    if (!choices.storeInKeyring || !key)
        return;
    m_keyring->setText(tr("Storing the key in the desktop keyring…"));
    Keyring().write(choices.path, *key, this, [this](Status status) {
        m_keyring->setText(status
                               ? tr("The key is stored in the desktop keyring.")
                               : tr("The key was not stored in the keyring: %1").arg(status.error().message));
    });
}

// Where the original is, standing apart from the checks, and, after a change of key, that the old
// copies still open with the old key (a new key does not lock them): both views end with this.
QString ResultPage::originalAndOldKeyParagraphs(const ConversionResult &result)
{
    QString text = QStringLiteral("<p>%1</p>")
                       .arg(result.keptOriginal.isEmpty()
                                ? tr("The original was deleted (its blocks are not scrubbed on an SSD).")
                                : tr("The original is kept as %1. Delete it once you have checked the new "
                                     "file; deleting does not scrub its blocks on an SSD.")
                                      .arg(result.keptOriginal.toHtmlEscaped()));
    if (result.plan.keyChanges)
        text += QStringLiteral("<p>%1</p>")
                    .arg(result.keptOriginal.isEmpty()
                             ? tr("<b>Older backups still open with the old key.</b> If the old key leaked, "
                                  "delete them or keep them out of reach.")
                             : tr("<b>The kept original and older backups still open with the old key.</b> "
                                  "If the old key leaked, delete them or keep them out of reach."));
    return text;
}

// Written page by page (a change of key or KDF): every page was compared as it was written, so the
// checks are those, and the table list names the tables SQLCipher read with the new key.
void ResultPage::showPageVerification()
{
    const ConversionResult &result = *m_wizard->choices().result;
    const VerificationReport &v = result.verification;
    m_headline->setText(tr("<b>Done and verified.</b> %1 is now %2. Every page was re-encrypted and compared "
                           "with the original's (%3 pages).")
                            .arg(result.plan.path.toHtmlEscaped(),
                                 tr("encrypted (%1)").arg(result.plan.targetSettings.profileName()))
                            .arg(v.pagesCompared));
    QStringList checks;
    checks << tr("%1 opens with the new key").arg(mark(v.opensWithNewKey));
    checks << tr("%1 every page decrypted again and compared with the original's").arg(mark(true));
    checks << tr("%1 SQLCipher read every table with the new key").arg(mark(true));
    m_checks->setText(checks.join(QStringLiteral("<br>")) + originalAndOldKeyParagraphs(result));
    m_tables->setRowCount(int(v.tablesRead.size()));
    for (int i = 0; i < v.tablesRead.size(); ++i) {
        m_tables->setItem(i, 0, new QTableWidgetItem(v.tablesRead[i]));
        for (int column : {1, 2}) // rows are not counted: the pages were compared instead
            m_tables->setItem(i, column, new QTableWidgetItem(QStringLiteral("–")));
        m_tables->setItem(i, 3, new QTableWidgetItem(tr("%1 read with the new key").arg(mark(true))));
    }
    m_tables->resizeColumnsToContents();
    m_tables->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_open->setVisible(true);
    m_showOriginal->setVisible(!result.keptOriginal.isEmpty());
    storeInKeyring();
}

bool ResultPage::isComplete() const
{
    return m_finished;
}

} // namespace strongroom::ui
