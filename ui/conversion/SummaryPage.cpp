#include "conversion/SummaryPage.h"

#include "conversion/ConversionPlanJob.h"
#include "conversion/ConversionWizard.h"
#include "core/JobRunner.h"
#include "widgets/DataSize.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace strongroom::ui {

namespace {

QString describeFormat(bool encrypted, const CipherSettings &s)
{
    if (!encrypted)
        return SummaryPage::tr("plain SQLite (not encrypted)");
    return SummaryPage::tr("SQLCipher, %1 (page size %2, %3 KDF iterations, %4, %5)")
        .arg(s.profileName())
        .arg(s.pageSize)
        .arg(QLocale().toString(s.kdfIter))
        .arg(s.useHmac ? s.hmacAlgorithm : SummaryPage::tr("no HMAC"), s.kdfAlgorithm);
}

QString commitText(ConversionKind kind)
{
    switch (kind) {
    case ConversionKind::Encrypt:
        return SummaryPage::tr("&Encrypt");
    case ConversionKind::Decrypt:
        return SummaryPage::tr("&Decrypt");
    case ConversionKind::Rekey:
        return SummaryPage::tr("&Change Key");
    case ConversionKind::Migrate:
        return SummaryPage::tr("&Migrate");
    }
    return {};
}

} // namespace

SummaryPage::SummaryPage(ConversionWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("What Will Happen"));
    setSubTitle(tr("Nothing has been written yet. Check the steps below, then start."));
    setCommitPage(true);
    auto *layout = new QVBoxLayout(this);
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    layout->addWidget(m_busy);
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("summaryText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text);
    m_confirmDecrypt = new QCheckBox(tr("&Yes, remove the encryption from this file."));
    m_confirmDecrypt->setObjectName(QStringLiteral("confirmDecryptAgainCheck"));
    layout->addWidget(m_confirmDecrypt);
    layout->addStretch();
    connect(m_confirmDecrypt, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

QStringList SummaryPage::describe(const ConversionPlan &plan)
{
    QStringList lines;
    const QString name = QFileInfo(plan.path).fileName();
    lines << tr("Read %1 (%2, %3%4) and hold it still: other programs cannot write to it meanwhile.")
                 .arg(plan.path, describeFormat(plan.sourceEncrypted, plan.sourceSettings),
                      dataSizeText(plan.sourceBytes),
                      plan.walBytes > 0 ? tr(" plus %1 of write-ahead log, included in the copy")
                                              .arg(dataSizeText(plan.walBytes))
                                        : QString());
    QString key;
    if (plan.targetEncrypted)
        key = plan.keyChanges ? tr(" with the new key") : tr(" with the same key");
    lines << tr("Write a new file in %1 as %2%3 and flush it to disk (needs %4; %5 free).")
                 .arg(plan.folder, describeFormat(plan.targetEncrypted, plan.targetSettings), key,
                      dataSizeText(plan.requiredBytes), dataSizeText(plan.freeBytes));
    lines << (plan.targetEncrypted
                  ? tr("Check the new file: it opens with the new key, passes cipher_integrity_check and "
                       "integrity_check, and has the same schema, tables, row counts, header fields and "
                       "content of "
                       "every table as the original.")
                  : tr("Check the new file: it opens without a key, passes integrity_check, and has the same "
                       "schema, "
                       "tables, row counts, header fields and content of every table as the original."));
    lines << tr("Swap it in by an atomic rename. The original is kept beside it as "
                "%1.before-%2-<date>-<time> until "
                "you delete it.")
                 .arg(name, conversionKindName(plan.kind));
    lines << tr("If anything fails before the swap, the new file is removed and %1 stays exactly as it is.")
                 .arg(name);
    if (!plan.staleTemps.isEmpty())
        lines << tr("%n leftover temp file(s) of an interrupted run were found beside it; they are not used.",
                    nullptr, int(plan.staleTemps.size()));
    if (!plan.targetEncrypted)
        lines << tr("Warning: the result is NOT encrypted. Anyone who can read the file can read the data.");
    return lines;
}

void SummaryPage::initializePage()
{
    const ConversionChoices &choices = m_wizard->choices();
    m_planned = false;
    m_busy->setVisible(true);
    m_text->setText(tr("Checking the file, the key and the free space…"));
    m_confirmDecrypt->setChecked(false);
    m_confirmDecrypt->setVisible(false);
    setButtonText(QWizard::CommitButton, commitText(choices.kind));

    const int generation = ++m_generation;
    auto job = std::make_shared<ConversionPlanJob>(choices.request());
    JobHandle *handle = m_wizard->runner()->start(job);
    connect(handle, &JobHandle::finished, this, [this, job, generation](const JobReport &report) {
        if (generation == m_generation)
            onPlanned(report, job->plan());
    });
}

void SummaryPage::cleanupPage()
{
    ++m_generation;
    m_planned = false;
}

void SummaryPage::onPlanned(const JobReport &report, const ConversionPlan &plan)
{
    m_busy->setVisible(false);
    if (report.outcome != JobOutcome::Succeeded) {
        m_text->setText(
            tr("<p><b>The conversion cannot start.</b></p><p>%1</p><p>Nothing was changed. Go back to "
               "change your choices.</p>")
                .arg(report.error ? report.error->message.toHtmlEscaped() : tr("The check was stopped.")));
        Q_EMIT completeChanged();
        return;
    }
    m_wizard->choices().plan = plan;
    QString html = QStringLiteral("<ol>");
    for (const QString &line : describe(plan))
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ol>");
    m_text->setText(html);
    m_confirmDecrypt->setVisible(plan.kind == ConversionKind::Decrypt);
    m_planned = true;
    Q_EMIT completeChanged();
}

bool SummaryPage::isComplete() const
{
    if (!m_planned)
        return false;
    return m_wizard->choices().kind != ConversionKind::Decrypt || m_confirmDecrypt->isChecked();
}

} // namespace strongroom::ui
