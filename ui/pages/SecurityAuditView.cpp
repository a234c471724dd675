#include "pages/SecurityAuditView.h"

#include "core/JobHandle.h"
#include "core/JobRunner.h"
#include "core/SafeFile.h"
#include "jobs/JobProgressDialog.h"

#include <QBuffer>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace strongroom::ui {

namespace {

enum Column
{
    ResultColumn,
    AreaColumn,
    CheckColumn,
    SubjectColumn,
    EvidenceColumn,
    WhyColumn,
    FixColumn,
    ColumnCount
};

QColor resultColour(SecurityCheck::Result result)
{
    switch (result) {
    case SecurityCheck::Result::Pass:
        return QColor(0xd8, 0xf0, 0xd8);
    case SecurityCheck::Result::Warn:
        return QColor(0xfb, 0xee, 0xc0);
    case SecurityCheck::Result::Fail:
        return QColor(0xf8, 0xd0, 0xd0);
    case SecurityCheck::Result::Manual:
        return QColor(0xe0, 0xe6, 0xf4);
    }
    return {};
}

} // namespace

QByteArray securityAuditPdf(const QString &html, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Strongroom"));
        writer.setResolution(120);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    return bytes;
}

SecurityAuditView::SecurityAuditView(JobRunner *runner, std::function<SecurityAuditRequest()> request,
                                     QWidget *parent)
    : QWidget(parent), m_runner(runner), m_request(std::move(request))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Checks the databases, key files, backups, volumes and PostgreSQL connections the console "
           "knows, everything found in the folders added below, and this machine. Each line says what "
           "was seen, why it matters and how to fix it; the same report as strongroom-cli audit run."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *actions = new QHBoxLayout;
    m_runButton = new QPushButton(tr("Run security &audit"));
    m_runButton->setObjectName(QStringLiteral("runSecurityAudit"));
    auto *addFolder = new QPushButton(tr("Add &folder…"));
    addFolder->setToolTip(tr("Also search this folder for databases, key and config files, backup "
                             "folders and LUKS images"));
    m_htmlButton = new QPushButton(tr("Export &HTML…"));
    m_pdfButton = new QPushButton(tr("Export &PDF…"));
    m_htmlButton->setEnabled(false);
    m_pdfButton->setEnabled(false);
    actions->addWidget(m_runButton);
    actions->addWidget(addFolder);
    actions->addStretch();
    actions->addWidget(m_htmlButton);
    actions->addWidget(m_pdfButton);
    layout->addLayout(actions);

    m_pathsLabel = new QLabel(tr("Folders: only what the console knows."));
    m_pathsLabel->setWordWrap(true);
    layout->addWidget(m_pathsLabel);

    auto *filters = new QHBoxLayout;
    m_resultFilter = new QComboBox;
    m_resultFilter->setObjectName(QStringLiteral("resultFilter"));
    m_resultFilter->addItem(tr("All results"), QString());
    m_resultFilter->addItem(tr("Failed"), QStringLiteral("fail"));
    m_resultFilter->addItem(tr("Warnings"), QStringLiteral("warn"));
    m_resultFilter->addItem(tr("To check by hand"), QStringLiteral("manual"));
    m_resultFilter->addItem(tr("Passed"), QStringLiteral("pass"));
    m_areaFilter = new QComboBox;
    m_areaFilter->setObjectName(QStringLiteral("areaFilter"));
    m_areaFilter->addItem(tr("All areas"), QString());
    const QList<std::pair<QString, QString>> areas{{QStringLiteral("sqlcipher"), tr("SQLCipher databases")},
                                                   {QStringLiteral("files"), tr("Key and config files")},
                                                   {QStringLiteral("backups"), tr("Backups")},
                                                   {QStringLiteral("keys"), tr("Keys")},
                                                   {QStringLiteral("luks"), tr("LUKS volumes")},
                                                   {QStringLiteral("postgres"), tr("PostgreSQL connections")},
                                                   {QStringLiteral("machine"), tr("This machine")},
                                                   {QStringLiteral("manual"), tr("Organisation")}};
    for (const auto &[area, label] : areas)
        m_areaFilter->addItem(label, area);
    filters->addWidget(new QLabel(tr("Show:")));
    filters->addWidget(m_resultFilter);
    filters->addWidget(m_areaFilter);
    filters->addStretch();
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    filters->addWidget(m_summary);
    layout->addLayout(filters);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("securityChecks"));
    m_table->setHorizontalHeaderLabels(
        {tr("Result"), tr("Area"), tr("Check"), tr("Subject"), tr("Evidence"), tr("Why"), tr("Fix")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    // Why and fix are long sentences: the pane below shows them in full for the selected row.
    m_table->setColumnHidden(WhyColumn, true);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("securityCheckDetails"));
    m_details->setPlaceholderText(tr("Select a check to see why it matters and how to fix it."));
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showDetails(row); });

    connect(m_runButton, &QPushButton::clicked, this, &SecurityAuditView::run);
    connect(addFolder, &QPushButton::clicked, this, &SecurityAuditView::chooseFolder);
    connect(m_htmlButton, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(m_resultFilter, &QComboBox::currentIndexChanged, this, &SecurityAuditView::applyFilters);
    connect(m_areaFilter, &QComboBox::currentIndexChanged, this, &SecurityAuditView::applyFilters);
}

void SecurityAuditView::addPath(const QString &path)
{
    if (path.isEmpty() || m_paths.contains(path))
        return;
    m_paths.append(path);
    m_pathsLabel->setText(
        tr("Folders: what the console knows, and %1").arg(m_paths.join(QStringLiteral(", "))));
}

void SecurityAuditView::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Folder to audit"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &SecurityAuditView::addPath);
    dialog->open();
}

void SecurityAuditView::run()
{
    if (m_job)
        return;
    SecurityAuditRequest request = m_request();
    request.paths += m_paths;
    m_running = std::make_shared<SecurityAuditJob>(request);
    m_job = m_runner->start(m_running);
    m_runButton->setEnabled(false);
    m_summary->setText(tr("Auditing…"));
    auto *dialog = new JobProgressDialog(m_job, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    connect(m_job, &JobHandle::finished, this, &SecurityAuditView::present);
}

void SecurityAuditView::present(const JobReport &report)
{
    m_job = nullptr;
    m_runButton->setEnabled(true);
    const std::shared_ptr<SecurityAuditJob> job = std::exchange(m_running, nullptr);
    if (report.outcome != JobOutcome::Succeeded) {
        m_summary->setText(report.outcome == JobOutcome::Cancelled ? tr("The audit was cancelled.")
                           : report.error                          ? report.error->message
                                                                   : report.overview);
        Q_EMIT finished();
        return;
    }
    m_checks = job->checks();
    m_table->setRowCount(int(m_checks.size()));
    int counts[4] = {0, 0, 0, 0};
    const QStringList resultLabels{tr("pass"), tr("warn"), tr("fail"), tr("manual")};
    for (int row = 0; row < m_checks.size(); ++row) {
        const SecurityCheck &check = m_checks.at(row);
        ++counts[int(check.result)];
        const QStringList cells{resultLabels.at(int(check.result)),
                                check.area,
                                check.id,
                                check.subject,
                                check.evidence,
                                check.why,
                                check.fix};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (column == ResultColumn)
                item->setBackground(resultColour(check.result));
            m_table->setItem(row, column, item);
        }
    }
    m_summary->setText(tr("%1 checks: %2 failed, %3 warnings, %4 to check by hand, %5 passed.")
                           .arg(m_checks.size())
                           .arg(counts[int(SecurityCheck::Result::Fail)])
                           .arg(counts[int(SecurityCheck::Result::Warn)])
                           .arg(counts[int(SecurityCheck::Result::Manual)])
                           .arg(counts[int(SecurityCheck::Result::Pass)]));
    QHeaderView *header = m_table->horizontalHeader();
    for (int column : {ResultColumn, AreaColumn, CheckColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SubjectColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(SubjectColumn, 260);
    header->setSectionResizeMode(EvidenceColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FixColumn, QHeaderView::Stretch);
    m_htmlButton->setEnabled(true);
    m_pdfButton->setEnabled(true);
    applyFilters();
    // The first failure (else the first row) is selected, so its why and fix show at once.
    int first = -1;
    for (int row = 0; row < m_checks.size() && first < 0; ++row)
        if (m_checks.at(row).result == SecurityCheck::Result::Fail && !m_table->isRowHidden(row))
            first = row;
    m_table->setCurrentCell(first >= 0 ? first : 0, ResultColumn);
    Q_EMIT finished();
}

void SecurityAuditView::showDetails(int row)
{
    if (row < 0 || row >= m_checks.size()) {
        m_details->clear();
        return;
    }
    const SecurityCheck &check = m_checks.at(row);
    QString html =
        QStringLiteral("<p><b>%1</b> · %2</p><p>%3</p>")
            .arg(check.id.toHtmlEscaped(), check.subject.toHtmlEscaped(), check.evidence.toHtmlEscaped());
    if (!check.why.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Why it matters:"), check.why.toHtmlEscaped());
    if (!check.fix.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Fix:"), check.fix.toHtmlEscaped());
    m_details->setHtml(html);
}

void SecurityAuditView::setResultFilter(const QString &result)
{
    m_resultFilter->setCurrentIndex(std::max(0, m_resultFilter->findData(result)));
}

void SecurityAuditView::setAreaFilter(const QString &area)
{
    m_areaFilter->setCurrentIndex(std::max(0, m_areaFilter->findData(area)));
}

void SecurityAuditView::applyFilters()
{
    const QString result = m_resultFilter->currentData().toString();
    const QString area = m_areaFilter->currentData().toString();
    for (int row = 0; row < m_checks.size(); ++row) {
        const SecurityCheck &check = m_checks.at(row);
        const bool shown = (result.isEmpty() || SecurityCheck::resultName(check.result) == result) &&
                           (area.isEmpty() || check.area == area);
        m_table->setRowHidden(row, !shown);
    }
}

QList<SecurityCheck> SecurityAuditView::shownChecks() const
{
    QList<SecurityCheck> shown;
    for (int row = 0; row < m_checks.size(); ++row)
        if (!m_table->isRowHidden(row))
            shown.append(m_checks.at(row));
    return shown;
}

QString SecurityAuditView::reportTitle() const
{
    return tr("Strongroom security audit");
}

Status SecurityAuditView::exportHtml(const QString &path) const
{
    return safefile::writeFileAtomically(path, securityAuditHtml(shownChecks(), reportTitle()).toUtf8(),
                                         QStringLiteral("audit-report"), tr("the audit report"));
}

Status SecurityAuditView::exportPdf(const QString &path) const
{
    const QString title = reportTitle();
    return safefile::writeFileAtomically(path,
                                         securityAuditPdf(securityAuditHtml(shownChecks(), title), title),
                                         QStringLiteral("audit-report"), tr("the audit report"));
}

void SecurityAuditView::chooseExport(bool pdf)
{
    auto *dialog =
        new QFileDialog(this, pdf ? tr("Export the audit as PDF") : tr("Export the audit as HTML"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(pdf ? tr("PDF documents (*.pdf)") : tr("HTML pages (*.html)"));
    dialog->setDefaultSuffix(pdf ? QStringLiteral("pdf") : QStringLiteral("html"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, pdf](const QString &path) {
        const Status written = pdf ? exportPdf(path) : exportHtml(path);
        m_summary->setText(written ? tr("Saved %1.").arg(path) : written.error().message);
    });
    dialog->open();
}

} // namespace strongroom::ui
