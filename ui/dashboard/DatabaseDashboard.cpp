#include "dashboard/DatabaseDashboard.h"

#include "core/JobRunner.h"
#include "core/SafeFile.h"
#include "dashboard/DashboardConnection.h"
#include "dashboard/KeyDialog.h"
#include "dashboard/LastBackupLookup.h"
#include "dashboard/LeftoverTempsBanner.h"
#include "dashboard/TableCharts.h"
#include "dashboard/TableStatsModel.h"
#include "jobs/JobsIndicator.h"
#include "sqlcipher/DatabaseSession.h"
#include "widgets/Banner.h"
#include "widgets/Card.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace strongroom::ui {

namespace {

// Carries a table's numbers from the statistics worker to the GUI thread: the worker emits, the
// dashboard (in the GUI thread) receives through a queued connection. Owned by the callback, so
// it lives as long as the worker can call it.
class TableRelay : public QObject
{
    Q_OBJECT
public:
Q_SIGNALS:
    void tableReady(const strongroom::TableStats &table);
};

} // namespace

DatabaseDashboard::DatabaseDashboard(const QString &path, JobRunner *runner, JobsIndicator *jobs,
                                     QWidget *parent)
    : QWidget(parent), m_path(path), m_runner(runner), m_jobs(jobs),
      m_connection(new DashboardConnection(path, runner, this)),
      m_lastBackup(new LastBackupLookup(path, runner, this))
{
    qRegisterMetaType<TableStats>();
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(QFileInfo(path).fileName().toHtmlEscaped()));
    title->setToolTip(path);
    layout->addWidget(title);
    m_banner = new Banner;
    layout->addWidget(m_banner);
    m_tempsBanner = new LeftoverTempsBanner;
    layout->addWidget(m_tempsBanner);

    m_content = new QWidget;
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    auto *cards = new QGridLayout;
    const QList<DashboardFacts::Fact> facts = DashboardFacts::all();
    for (int i = 0; i < facts.size(); ++i) {
        auto *card = new Card(DashboardFacts::caption(facts[i]));
        m_cards.insert(facts[i], card);
        cards->addWidget(card, i / 4, i % 4);
    }
    content->addLayout(cards);

    auto *toolbar = new QHBoxLayout;
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter tables and indexes"));
    m_filter->setClearButtonEnabled(true);
    toolbar->addWidget(m_filter, 1);
    m_statsProgress = new QProgressBar;
    m_statsProgress->setMaximumWidth(160);
    m_statsLabel = new QLabel;
    m_cancelStats = new QPushButton(tr("Stop counting"));
    toolbar->addWidget(m_statsLabel);
    toolbar->addWidget(m_statsProgress);
    toolbar->addWidget(m_cancelStats);
    auto *refresh = new QPushButton(tr("&Refresh"));
    auto *copy = new QPushButton(tr("Copy as &Text"));
    auto *csv = new QPushButton(tr("Export &CSV…"));
    auto *json = new QPushButton(tr("Export &JSON…"));
    m_convert = new QPushButton(tr("Encr&yption…"));
    m_convert->setObjectName(QStringLiteral("conversionButton"));
    m_convert->setToolTip(
        tr("Encrypt, decrypt, change the key or migrate this file with the conversion wizard."));
    for (QPushButton *b : {refresh, copy, csv, json, m_convert})
        toolbar->addWidget(b);
    content->addLayout(toolbar);

    m_model = new TableStatsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView;
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TableStatsModel::Size, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TableStatsModel::Name, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    m_charts = new TableCharts;
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_charts);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    content->addWidget(split, 1);
    layout->addWidget(m_content, 1);
    layout->addStretch(); // holds the banner at the top while there is no content yet
    m_content->setVisible(false);
    for (QWidget *w : {static_cast<QWidget *>(m_statsProgress), static_cast<QWidget *>(m_statsLabel),
                       static_cast<QWidget *>(m_cancelStats)})
        w->setVisible(false);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_cancelStats, &QPushButton::clicked, this, &DatabaseDashboard::cancelStatistics);
    connect(refresh, &QPushButton::clicked, this, &DatabaseDashboard::refresh);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_facts.summary(m_path, *m_model)); });
    connect(csv, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("csv")); });
    connect(json, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("json")); });
    connect(m_convert, &QPushButton::clicked, this, [this] {
        const bool encrypted = session() && session()->facts().encrypted;
        Q_EMIT conversionRequested(encrypted ? ConversionKind::Rekey : ConversionKind::Encrypt);
    });
    connect(m_connection, &DashboardConnection::openFinished, this, &DatabaseDashboard::onOpened);
    connect(m_lastBackup, &LastBackupLookup::found, this, [this](const std::optional<LastBackup> &last) {
        m_facts.setLastBackup(last);
        showFacts();
    });
}

DatabaseDashboard::~DatabaseDashboard()
{
    if (m_statsJob)
        m_statsJob->cancel();
}

std::shared_ptr<DatabaseSession> DatabaseDashboard::session() const
{
    return m_connection->session();
}

QString DatabaseDashboard::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void DatabaseDashboard::open(OpenRequest request)
{
    if (m_connection->opening())
        return;
    m_tempsBanner->checkBeside(m_path);
    m_banner->showMessage(Banner::Tone::Info,
                          tr("Opening %1… Each set of cipher settings tried costs one key "
                             "derivation, so this can take a few seconds.")
                              .arg(m_path));
    m_connection->open(std::move(request));
}

void DatabaseDashboard::closeSession()
{
    if (m_statsJob)
        m_statsJob->cancel();
    m_connection->close();
    m_banner->showMessage(Banner::Tone::Info, tr("%1 is closed while it is being restored.").arg(m_path));
}

void DatabaseDashboard::refreshLastBackup()
{
    m_lastBackup->refresh();
}

QString DatabaseDashboard::lastBackupText() const
{
    return m_cards.value(DashboardFacts::Fact::LastBackup)->value();
}

void DatabaseDashboard::askForKey(const QString &reason)
{
    auto *dialog = new KeyDialog(m_path, reason, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto request = dialog->request();
        if (!request) {
            m_banner->showMessage(Banner::Tone::Error, request.error().message);
            connect(m_banner->addAction(tr("Try &Again…")), &QPushButton::clicked, this,
                    [this] { askForKey(); });
            return;
        }
        open(std::move(*request));
    });
    dialog->open();
}

void DatabaseDashboard::onOpened(const OpenDiagnosis &diagnosis)
{
    using Case = OpenDiagnosis::Case;
    const std::shared_ptr<DatabaseSession> connected = diagnosis.session;
    switch (diagnosis.what) {
    case Case::Opened:
    case Case::OpenedReadOnly: {
        const QString profile = connected->facts().profile();
        if (profile != QLatin1String("sqlcipher-4")) {
            m_banner->showMessage(
                Banner::Tone::Warning,
                tr("Opened with %1 settings. Files made with older SQLCipher versions use weaker key "
                   "derivation than SQLCipher 4; consider migrating this file.")
                    .arg(profile));
            connect(m_banner->addAction(tr("&Migrate to SQLCipher 4…")), &QPushButton::clicked, this,
                    [this] { Q_EMIT conversionRequested(ConversionKind::Migrate); });
        } else if (diagnosis.what == Case::OpenedReadOnly)
            m_banner->showMessage(Banner::Tone::Info, diagnosis.message);
        else
            m_banner->showMessage(Banner::Tone::Info, {});
        break;
    }
    case Case::PlainSqlite:
        m_banner->showMessage(Banner::Tone::Warning, diagnosis.message);
        connect(m_banner->addAction(tr("&Encrypt This File…")), &QPushButton::clicked, this,
                [this] { Q_EMIT conversionRequested(ConversionKind::Encrypt); });
        break;
    case Case::KeyNeeded:
    case Case::WrongKey:
        m_banner->showMessage(Banner::Tone::Error, diagnosis.message);
        connect(m_banner->addAction(tr("Enter &Key…")), &QPushButton::clicked, this, [this] { askForKey(); });
        break;
    case Case::Locked:
        m_banner->showMessage(Banner::Tone::Warning, diagnosis.message);
        break;
    default:
        m_banner->showMessage(diagnosis.what == Case::Cancelled ? Banner::Tone::Info : Banner::Tone::Error,
                              diagnosis.message);
        break;
    }
    if (!connected)
        return;
    const FileFacts &facts = connected->facts();
    m_facts.setFile(facts);
    m_facts.setLastBackupReading();
    showFacts();
    m_model->setFileBytes(facts.pageCount * facts.pageSize);
    refreshLastBackup();
    m_content->setVisible(true);
    Q_EMIT opened(m_path);
    startStatistics();
}

void DatabaseDashboard::showFacts()
{
    for (auto card = m_cards.cbegin(); card != m_cards.cend(); ++card) {
        const DashboardFacts::Text text = m_facts.text(card.key());
        card.value()->setValue(text.value, text.detail);
        card.value()->setWarning(text.warning);
    }
}

void DatabaseDashboard::startStatistics()
{
    if (!session() || m_statsJob)
        return;
    m_model->clear();
    auto relay = std::shared_ptr<TableRelay>(new TableRelay, [](TableRelay *r) { r->deleteLater(); });
    connect(relay.get(), &TableRelay::tableReady, this, &DatabaseDashboard::onTable, Qt::QueuedConnection);
    auto job = std::make_shared<TableStatsJob>(session(),
                                               [relay](const TableStats &t) { Q_EMIT relay->tableReady(t); });
    m_statsJob = m_runner->start(job);
    m_statsLabel->setText(tr("Counting rows and measuring tables…"));
    for (QWidget *w : {static_cast<QWidget *>(m_statsProgress), static_cast<QWidget *>(m_statsLabel),
                       static_cast<QWidget *>(m_cancelStats)})
        w->setVisible(true);
    m_statsProgress->setRange(0, 0);
    connect(m_statsJob, &JobHandle::progressChanged, this, [this](const JobProgress &p) {
        if (p.total > 0) {
            m_statsProgress->setRange(0, int(p.total));
            m_statsProgress->setValue(int(p.done));
        }
    });
    connect(m_statsJob, &JobHandle::finished, this, [this](const JobReport &report) {
        for (QWidget *w : {static_cast<QWidget *>(m_statsProgress), static_cast<QWidget *>(m_cancelStats)})
            w->setVisible(false);
        m_statsLabel->setText(
            report.outcome == JobOutcome::Succeeded ? QString()
            : report.outcome == JobOutcome::Cancelled
                ? tr("Counting stopped; the numbers shown are complete for the tables listed.")
                : report.error->message);
        m_statsLabel->setVisible(!m_statsLabel->text().isEmpty());
        updateCharts();
        Q_EMIT statisticsFinished();
    });
}

void DatabaseDashboard::onTable(const TableStats &table)
{
    m_model->addTable(table);
    m_statsLabel->setText(tr("%n table(s) measured…", nullptr, int(m_model->tables().size())));
    updateCharts();
}

void DatabaseDashboard::cancelStatistics()
{
    if (m_statsJob)
        m_statsJob->cancel();
}

void DatabaseDashboard::refresh()
{
    if (!session())
        return;
    if (m_statsJob) {
        // Restart once the running count has stopped.
        connect(
            m_statsJob, &JobHandle::finished, this, [this] { startStatistics(); }, Qt::SingleShotConnection);
        m_statsJob->cancel();
        return;
    }
    startStatistics();
}

void DatabaseDashboard::updateCharts()
{
    m_charts->showTables(m_model->tables());
    if (session())
        m_charts->showSpace(session()->facts());
}

void DatabaseDashboard::exportAs(const QString &format)
{
    auto *dialog = new QFileDialog(this, tr("Export Table Statistics"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(format);
    dialog->selectFile(QFileInfo(m_path).completeBaseName() + QStringLiteral("-tables.") + format);
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString &file) {
        // Private like every file Strongroom writes (or with the mode of the file it replaces).
        const QByteArray bytes =
            format == QLatin1String("csv") ? m_model->toCsv().toUtf8() : m_model->toJson();
        if (Status s = safefile::writeFileAtomically(file, bytes, QStringLiteral("export"),
                                                     QStringLiteral("export"));
            !s)
            m_banner->showMessage(Banner::Tone::Error, s.error().message);
    });
    dialog->open();
}

} // namespace strongroom::ui

#include "DatabaseDashboard.moc"
