#include "dashboard/DatabaseDashboard.h"

#include "backup/BackupCatalog.h"
#include "backups/BackupHistoryModel.h"
#include "conversion/ConversionPlan.h"
#include "core/JobRunner.h"
#include "core/SafeFile.h"
#include "dashboard/KeyDialog.h"
#include "dashboard/TableStatsModel.h"
#include "jobs/JobsIndicator.h"
#include "sqlcipher/DatabaseSession.h"
#include "widgets/Banner.h"
#include "widgets/Card.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPieSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

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
    : QWidget(parent), m_path(path), m_runner(runner), m_jobs(jobs)
{
    qRegisterMetaType<TableStats>();
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(QFileInfo(path).fileName().toHtmlEscaped()));
    title->setToolTip(path);
    layout->addWidget(title);
    m_banner = new Banner;
    layout->addWidget(m_banner);
    m_tempsBanner = new Banner;
    m_tempsBanner->setVisible(false);
    layout->addWidget(m_tempsBanner);

    m_content = new QWidget;
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    auto *cards = new QGridLayout;
    m_fileCard = new Card(tr("File"));
    m_sizeCard = new Card(tr("Total size"));
    m_encryptionCard = new Card(tr("Encryption"));
    m_versionsCard = new Card(tr("SQLCipher / SQLite"));
    m_createdCard = new Card(tr("Created"));
    m_backupCard = new Card(tr("Last backup"));
    m_freeCard = new Card(tr("Free pages"));
    const QList<Card *> all{m_fileCard,    m_sizeCard,   m_encryptionCard, m_versionsCard,
                            m_createdCard, m_backupCard, m_freeCard};
    for (int i = 0; i < all.size(); ++i)
        cards->addWidget(all[i], i / 4, i % 4);
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

    m_tablesChart = new QChartView;
    m_tablesChart->setRenderHint(QPainter::Antialiasing);
    m_tablesChart->setMinimumHeight(240);
    m_spaceChart = new QChartView;
    m_spaceChart->setRenderHint(QPainter::Antialiasing);
    m_spaceChart->setMinimumHeight(240);
    auto *charts = new QSplitter(Qt::Horizontal);
    charts->addWidget(m_tablesChart);
    charts->addWidget(m_spaceChart);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(charts);
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
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(summaryText()); });
    connect(csv, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("csv")); });
    connect(json, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("json")); });
    connect(m_convert, &QPushButton::clicked, this, [this] {
        const bool encrypted = m_session && m_session->facts().encrypted;
        Q_EMIT conversionRequested(encrypted ? ConversionKind::Rekey : ConversionKind::Encrypt);
    });
}

DatabaseDashboard::~DatabaseDashboard()
{
    if (m_statsJob)
        m_statsJob->cancel();
    if (m_session)
        m_session->close();
}

QString DatabaseDashboard::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void DatabaseDashboard::open(OpenRequest request)
{
    if (m_openJob)
        return;
    request.path = m_path;
    offerToRemoveStaleTemps();
    auto job = std::make_shared<OpenDatabaseJob>(std::move(request));
    m_banner->showMessage(Banner::Tone::Info,
                          tr("Opening %1… Each set of cipher settings tried costs one key "
                             "derivation, so this can take a few seconds.")
                              .arg(m_path));
    m_openJob = m_runner->start(job);
    connect(m_openJob, &JobHandle::finished, this,
            [this, job](const JobReport &) { onOpened(job->takeDiagnosis()); });
}

void DatabaseDashboard::closeSession()
{
    if (m_statsJob)
        m_statsJob->cancel();
    if (m_session)
        m_session->close();
    m_session.reset();
    m_banner->showMessage(Banner::Tone::Info, tr("%1 is closed while it is being restored.").arg(m_path));
}

void DatabaseDashboard::refreshLastBackup()
{
    auto *watcher = new QFutureWatcher<std::optional<LastBackup>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const std::optional<LastBackup> last = watcher->result();
        if (last) {
            m_backupCard->setValue(
                QLocale().toString(last->time.toLocalTime(), QLocale::ShortFormat),
                tr("age %1 · %2")
                    .arg(BackupHistoryModel::ageText(last->time), QFileInfo(last->path).fileName()));
            m_backupCard->setWarning(last->time.daysTo(QDateTime::currentDateTimeUtc()) > 7);
        } else {
            m_backupCard->setValue(tr("None"), tr("No backup in this database's history folder."));
            m_backupCard->setWarning(true);
        }
    });
    watcher->setFuture(m_runner->runTask([path = m_path] { return lastBackupOf(path); }));
}

QString DatabaseDashboard::lastBackupText() const
{
    return m_backupCard->value();
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
    m_session = diagnosis.session;
    switch (diagnosis.what) {
    case Case::Opened:
    case Case::OpenedReadOnly: {
        const QString profile = m_session->facts().profile();
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
    if (!m_session)
        return;
    showFacts(m_session->facts());
    m_content->setVisible(true);
    Q_EMIT opened(m_path);
    startStatistics();
}

void DatabaseDashboard::offerToRemoveStaleTemps()
{
    // Cheap: one folder listing and a kill(pid, 0) per candidate. Temp files of a run that is still
    // going (this process or another) are not listed.
    const QStringList stale = staleTempsFor(m_path);
    if (stale.isEmpty()) {
        m_tempsBanner->setVisible(false);
        return;
    }
    QStringList names;
    for (const QString &file : stale)
        names << QFileInfo(file).fileName();
    m_tempsBanner->showMessage(
        Banner::Tone::Warning,
        tr("An interrupted conversion of this file left %n temp file(s) beside it: %1. They are incomplete "
           "copies "
           "made by Strongroom; the database itself is intact. Removing them frees the space.",
           nullptr, int(stale.size()))
            .arg(names.join(QStringLiteral(", "))));
    QPushButton *remove = m_tempsBanner->addAction(tr("Remove &Leftover Files"));
    remove->setObjectName(QStringLiteral("removeStaleTempsButton"));
    connect(remove, &QPushButton::clicked, this, [this, stale] {
        QStringList left;
        for (const QString &file : stale) {
            safefile::removeTemp(file);
            if (QFileInfo::exists(file))
                left << file;
        }
        m_tempsBanner->showMessage(left.isEmpty() ? Banner::Tone::Success : Banner::Tone::Error,
                                   left.isEmpty()
                                       ? tr("The leftover temp files were removed.")
                                       : tr("Could not remove: %1").arg(left.join(QStringLiteral(", "))));
    });
    m_tempsBanner->setVisible(true);
}

void DatabaseDashboard::showFacts(const FileFacts &f)
{
    const QLocale locale;
    m_fileCard->setValue(QFileInfo(f.path).fileName(),
                         f.folder + (f.readOnly ? tr(" (read-only)") : QString()));
    m_sizeCard->setValue(
        dataSizeText(f.sizeBytes()),
        f.walBytes > 0 ? tr("database %1 + WAL %2").arg(dataSizeText(f.fileBytes), dataSizeText(f.walBytes))
                       : tr("%1 pages of %2 bytes").arg(locale.toString(f.pageCount)).arg(f.pageSize));
    if (f.encrypted && f.settings) {
        m_encryptionCard->setValue(f.profile(),
                                   tr("%1, %2 iterations, %3, page %4 bytes, %5 key")
                                       .arg(f.settings->kdfAlgorithm)
                                       .arg(locale.toString(f.settings->kdfIter))
                                       .arg(f.settings->useHmac ? f.settings->hmacAlgorithm : tr("no HMAC"))
                                       .arg(f.settings->pageSize)
                                       .arg(f.keyKind == KeyKind::Raw ? tr("raw") : tr("passphrase")));
        m_encryptionCard->setWarning(f.profile() != QLatin1String("sqlcipher-4"));
    } else {
        m_encryptionCard->setValue(tr("Not encrypted"),
                                   tr("Anyone who can read the file can read the data."));
        m_encryptionCard->setWarning(true);
    }
    m_versionsCard->setValue(f.sqlcipherVersion.section(QLatin1Char(' '), 0, 0),
                             tr("SQLite %1").arg(f.sqliteVersion));
    m_createdCard->setValue(f.created ? locale.toString(f.created->toLocalTime(), QLocale::ShortFormat)
                                      : tr("unknown"),
                            f.created ? QString() : tr("The file system does not record birth times."));
    m_backupCard->setValue(tr("…"), tr("Reading the backup history…"));
    refreshLastBackup();
    m_freeCard->setValue(locale.toString(f.freelistCount),
                         tr("%1 reclaimable by VACUUM").arg(dataSizeText(f.freelistCount * f.pageSize)));
    m_model->setFileBytes(f.pageCount * f.pageSize);
}

void DatabaseDashboard::startStatistics()
{
    if (!m_session || m_statsJob)
        return;
    m_model->clear();
    auto relay = std::shared_ptr<TableRelay>(new TableRelay, [](TableRelay *r) { r->deleteLater(); });
    connect(relay.get(), &TableRelay::tableReady, this, &DatabaseDashboard::onTable, Qt::QueuedConnection);
    auto job = std::make_shared<TableStatsJob>(m_session,
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
    if (!m_session)
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
    QList<TableStats> tables = m_model->tables();
    std::sort(tables.begin(), tables.end(), [](const TableStats &a, const TableStats &b) {
        return a.bytes + std::max<qint64>(0, a.indexBytes) > b.bytes + std::max<qint64>(0, b.indexBytes);
    });
    // Six bars keep every table's name readable in the chart's height; the table lists them all.
    tables = tables.mid(0, 6);
    std::reverse(tables.begin(), tables.end()); // the largest at the top of a horizontal bar chart

    auto *chart = new QChart;
    chart->setTitle(tr("Largest tables (MiB)"));
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *data = new QBarSet(tr("Table"));
    auto *indexes = new QBarSet(tr("Indexes"));
    QStringList names;
    double maximum = 0;
    for (const TableStats &t : std::as_const(tables)) {
        const double table = std::max<qint64>(0, t.bytes) / 1048576.0;
        const double index = std::max<qint64>(0, t.indexBytes) / 1048576.0;
        *data << table;
        *indexes << index;
        maximum = std::max(maximum, table + index);
        names << t.name;
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(data);
    series->append(indexes);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, maximum > 0 ? maximum * 1.1 : 1);
    axisX->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QChart *old = m_tablesChart->chart();
    m_tablesChart->setChart(chart);
    delete old;

    if (!m_session)
        return;
    const FileFacts &f = m_session->facts();
    auto *space = new QChart;
    space->setTitle(tr("Space in the file"));
    auto *pie = new QPieSeries;
    const qint64 freeBytes = f.freelistCount * f.pageSize;
    pie->append(tr("Used %1").arg(dataSizeText(f.pageCount * f.pageSize - freeBytes)),
                double(f.pageCount - f.freelistCount));
    pie->append(tr("Free %1").arg(dataSizeText(freeBytes)), double(f.freelistCount));
    if (f.walBytes > 0)
        pie->append(tr("WAL %1").arg(dataSizeText(f.walBytes)), double(f.walBytes) / std::max(1, f.pageSize));
    pie->setHoleSize(0.4);
    space->addSeries(pie);
    space->legend()->setAlignment(Qt::AlignBottom);
    space->setMargins(QMargins(4, 4, 4, 4));
    QChart *oldSpace = m_spaceChart->chart();
    m_spaceChart->setChart(space);
    delete oldSpace;
}

QString DatabaseDashboard::summaryText() const
{
    QString text = m_path + QLatin1Char('\n');
    for (const Card *card :
         {m_sizeCard, m_encryptionCard, m_versionsCard, m_createdCard, m_backupCard, m_freeCard}) {
        const auto labels = card->findChildren<QLabel *>();
        QStringList parts;
        for (const QLabel *l : labels)
            if (!l->text().isEmpty())
                parts << l->text();
        text += parts.join(QStringLiteral(": ")) + QLatin1Char('\n');
    }
    return text + QLatin1Char('\n') + m_model->toText();
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
#include "widgets/DataSize.h"
