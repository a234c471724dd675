#include "postgres/PgDashboard.h"

#include "core/JobRunner.h"
#include "keys/Keyring.h"
#include "postgres/PgBackupHistory.h"
#include "postgres/PgConnectionDialog.h"
#include "postgres/PgInfoJob.h"
#include "widgets/Banner.h"
#include "widgets/Card.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace strongroom::ui {

using namespace strongroom::postgres;

namespace {

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

// A cell that shows `text` and sorts by `value`.
QStandardItem *cell(const QString &text, qint64 value)
{
    auto *item = new QStandardItem(text);
    item->setData(value, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PgDashboard::PgDashboard(SavedPgConnection saved, JobRunner *runner, JobsIndicator *jobs, QWidget *parent)
    : QWidget(parent), m_saved(std::move(saved)), m_runner(runner)
{
    // Saved connections were checked when saved and when loaded; a bad one is shown, not run.
    const Result<PgConnection> parsed = PgConnection::parse(m_saved.conninfo);
    if (parsed)
        m_connection = parsed.value();
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(m_saved.name.toHtmlEscaped()));
    title->setToolTip(m_saved.conninfo);
    layout->addWidget(title);
    m_banner = new Banner;
    layout->addWidget(m_banner);

    m_content = new QWidget;
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    auto *cards = new QGridLayout;
    for (const QString &caption : {tr("Server"), tr("Database size"), tr("TLS"), tr("Encrypted storage"),
                                   tr("Password hashing"), tr("Tables")})
        m_cards.append(new Card(caption));
    for (int i = 0; i < m_cards.size(); ++i)
        cards->addWidget(m_cards[i], i / 3, i % 3);
    content->addLayout(cards);

    auto *toolbar = new QHBoxLayout;
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(180);
    m_progress->setVisible(false);
    m_refresh = new QPushButton(tr("&Refresh"));
    m_exact = new QPushButton(tr("Count Rows &Exactly"));
    m_exact->setToolTip(tr("Counts every table's rows in parallel sessions that share one snapshot, so the "
                           "counts describe one moment while applications write."));
    m_stop = new QPushButton(tr("&Stop"));
    m_stop->setVisible(false);
    auto *edit = new QPushButton(tr("Edit &Connection…"));
    auto *backUp = new QPushButton(tr("&Back Up Now…"));
    backUp->setObjectName(QStringLiteral("backUpNow"));
    auto *forget = new QPushButton(tr("&Forget"));
    forget->setToolTip(tr("Removes this connection from the list (and its password from the keyring)."));
    toolbar->addStretch();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_progress, m_stop, m_refresh, m_exact, backUp, edit, forget})
        toolbar->addWidget(w);
    content->addLayout(toolbar);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Table"), tr("Rows (estimate)"), tr("Rows (exact)"),
                                        tr("Table data"), tr("TOAST"), tr("Indexes"), tr("Total")});
    m_model->setSortRole(Qt::UserRole);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_chart = new QChartView;
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    content->addWidget(split, 1);
    // The backups work without the server's figures (a history can be verified with the server
    // down), so they get a tab of their own beside the overview.
    m_backups =
        new PgBackupHistory(m_saved.name, m_connection, m_runner, jobs, [this] { return m_password; });
    m_tabs = new QTabWidget;
    auto *overview = new QWidget;
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    overviewLayout->addWidget(m_content, 1);
    overviewLayout->addStretch();
    m_tabs->addTab(overview, tr("&Overview"));
    m_tabs->addTab(m_backups, tr("Bac&kups"));
    layout->addWidget(m_tabs, 1);
    m_content->setVisible(false);

    connect(m_refresh, &QPushButton::clicked, this, [this] { refresh(false); });
    connect(m_exact, &QPushButton::clicked, this, [this] { refresh(true); });
    connect(m_stop, &QPushButton::clicked, this, &PgDashboard::cancel);
    connect(edit, &QPushButton::clicked, this, &PgDashboard::editRequested);
    connect(forget, &QPushButton::clicked, this, &PgDashboard::forgetRequested);
    connect(backUp, &QPushButton::clicked, this, [this] {
        m_tabs->setCurrentWidget(m_backups);
        m_backups->backUpNow();
    });
}

PgDashboard::~PgDashboard()
{
    if (m_job)
        m_job->cancel();
}

void PgDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started)
        refresh(false);
}

QString PgDashboard::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

QString PgDashboard::cardValue(const QString &caption) const
{
    for (int i = 0; i < m_cards.size(); ++i) {
        const QStringList captions{
            tr("Server"),           tr("Database size"), tr("TLS"), tr("Encrypted storage"),
            tr("Password hashing"), tr("Tables")};
        if (captions.value(i) == caption)
            return m_cards[i]->value();
    }
    return {};
}

void PgDashboard::refresh(bool exactCounts)
{
    m_started = true;
    if (m_job)
        return;
    // A password kept in the keyring is read once, the first time one is needed.
    if (m_saved.passwordInKeyring && !m_password.isSet() && !m_keyringTried && Keyring::isAvailable()) {
        m_keyringTried = true;
        Keyring().read(m_connection.keyringAccount(), this, [this, exactCounts](Result<KeyMaterial> key) {
            if (key)
                m_password = PgPassword{*key, tr("the keyring")};
            start(exactCounts);
        });
        return;
    }
    start(exactCounts);
}

void PgDashboard::start(bool exactCounts)
{
    if (m_connection.isEmpty()) {
        m_banner->showMessage(Banner::Tone::Error,
                              tr("This connection cannot be used: %1")
                                  .arg(PgConnection::parse(m_saved.conninfo).error().message));
        return;
    }
    auto job = std::make_shared<PgInfoJob>(PgInfoJob::Request{m_connection, m_password, exactCounts, 4});
    m_banner->showMessage(Banner::Tone::Info, exactCounts
                                                  ? tr("Counting every table's rows in one snapshot…")
                                                  : tr("Connecting to %1…").arg(m_connection.displayName()));
    m_job = m_runner->start(job);
    m_progress->setRange(0, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_progress, m_stop})
        w->setVisible(true);
    m_refresh->setEnabled(false);
    m_exact->setEnabled(false);
    connect(m_job, &JobHandle::progressChanged, this, [this](const JobProgress &p) {
        if (p.total > 0) {
            m_progress->setRange(0, int(p.total));
            m_progress->setValue(int(p.done));
        }
    });
    connect(m_job, &JobHandle::finished, this,
            [this, job](const JobReport &report) { onFinished(report, job->info()); });
}

void PgDashboard::cancel()
{
    if (m_job)
        m_job->cancel();
}

void PgDashboard::onFinished(const JobReport &report, const PgServerInfo &info)
{
    m_job = nullptr;
    for (QWidget *w : std::initializer_list<QWidget *>{m_progress, m_stop})
        w->setVisible(false);
    m_refresh->setEnabled(true);
    m_exact->setEnabled(true);
    if (report.outcome == JobOutcome::Cancelled) {
        m_banner->showMessage(Banner::Tone::Info, tr("Stopped; the figures shown are the previous ones."));
        return;
    }
    if (report.error) {
        const QString kind = report.error->kindName();
        m_banner->showMessage(Banner::Tone::Error, report.error->message);
        if (kind == QLatin1String("password-required") || kind == QLatin1String("authentication-failed"))
            connect(m_banner->addAction(tr("Enter &Password…")), &QPushButton::clicked, this,
                    [this, message = report.error->message] { askForPassword(message); });
        else
            connect(m_banner->addAction(tr("&Try Again")), &QPushButton::clicked, this,
                    [this] { refresh(false); });
        return;
    }
    m_info = info;
    m_banner->setVisible(false);
    if (!m_info.tls.socket && !m_info.tls.inUse)
        m_banner->showMessage(
            Banner::Tone::Warning,
            tr("The connection to this server is not encrypted: passwords and data cross the "
               "network in the clear. Choose TLS mode require or verify-full."));
    else if (m_info.tls.inUse && !m_info.tls.certificateVerified())
        m_banner->showMessage(Banner::Tone::Warning,
                              tr("The connection is encrypted but the server's certificate is not checked "
                                 "(sslmode %1): anyone between here and the server could pose as it. Choose "
                                 "verify-full with the server's CA certificate.")
                                  .arg(m_info.tls.sslmode));
    showInfo();
    Q_EMIT infoShown();
}

void PgDashboard::askForPassword(const QString &reason)
{
    auto *dialog = new PgConnectionDialog(m_runner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConnection(m_connection, m_saved.name);
    dialog->askForPasswordOnly(reason);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_password = dialog->password();
        if (dialog->savePasswordInKeyring()) {
            Keyring().write(m_connection.keyringAccount(), m_password.secret, this, [](Status) {});
            m_saved.passwordInKeyring = true;
            pgsaved::store(m_saved);
        }
        refresh(false);
    });
    dialog->open();
}

void PgDashboard::showInfo()
{
    const PgServerInfo &i = m_info;
    m_cards[0]->setValue(QStringLiteral("PostgreSQL %1").arg(i.serverVersion),
                         tr("%1 as %2, port %3").arg(i.host, i.user, i.port));
    m_cards[1]->setValue(dataSize(i.databaseBytes), tr("database %1, %2").arg(i.database, i.encoding));
    if (i.tls.socket) {
        m_cards[2]->setValue(tr("Not needed"), tr("Unix socket on this machine"));
        m_cards[2]->setWarning(false);
    } else if (i.tls.inUse) {
        m_cards[2]->setValue(i.tls.protocol,
                             tr("%1; sslmode %2, %3")
                                 .arg(i.tls.cipher, i.tls.sslmode,
                                      i.tls.hostnameVerified()      ? tr("certificate and host verified")
                                      : i.tls.certificateVerified() ? tr("certificate verified")
                                                                    : tr("certificate NOT verified")));
        m_cards[2]->setWarning(!i.tls.certificateVerified());
    } else {
        m_cards[2]->setValue(tr("None"), tr("sslmode %1: not encrypted").arg(i.tls.sslmode));
        m_cards[2]->setWarning(true);
    }
    switch (i.storage.state) {
    case StorageEncryption::State::Encrypted:
        m_cards[3]->setValue(tr("Yes"), tr("%1 mapping %2").arg(i.storage.cryptType, i.storage.mapping));
        m_cards[3]->setWarning(false);
        break;
    case StorageEncryption::State::NotEncrypted:
        m_cards[3]->setValue(
            tr("No"), tr("%1 on %2, no dm-crypt under it").arg(i.storage.mountPoint, i.storage.device));
        m_cards[3]->setWarning(true);
        break;
    case StorageEncryption::State::Unknown:
        m_cards[3]->setValue(tr("Unknown"), i.storage.reason);
        m_cards[3]->setWarning(false);
        break;
    }
    m_cards[4]->setValue(i.passwordEncryption.isEmpty() ? tr("not shown") : i.passwordEncryption,
                         tr("ssl %1, minimum %2")
                             .arg(i.ssl.isEmpty() ? tr("not shown") : i.ssl,
                                  i.sslMinProtocol.isEmpty() ? tr("not shown") : i.sslMinProtocol));
    m_cards[4]->setWarning(i.passwordEncryption == QLatin1String("md5"));
    qint64 rows = 0;
    for (const PgTableInfo &t : i.tables)
        rows += i.exactCounts ? t.exactRows : std::max<qint64>(0, t.estimatedRows);
    m_cards[5]->setValue(QLocale().toString(i.tables.size()),
                         i.exactCounts ? tr("%1 rows, counted exactly").arg(QLocale().toString(rows))
                                       : tr("about %1 rows (estimate)").arg(QLocale().toString(rows)));

    m_model->removeRows(0, m_model->rowCount());
    for (const PgTableInfo &t : i.tables) {
        auto *name = new QStandardItem(t.table.displayName());
        name->setData(t.table.displayName(), Qt::UserRole);
        m_model->appendRow(QList<QStandardItem *>{
            name,
            cell(t.estimatedRows < 0 ? tr("never analysed") : QLocale().toString(t.estimatedRows),
                 t.estimatedRows),
            cell(t.exactRows < 0 ? QStringLiteral("–") : QLocale().toString(t.exactRows), t.exactRows),
            cell(dataSize(t.tableBytes), t.tableBytes), cell(dataSize(t.toastBytes), t.toastBytes),
            cell(dataSize(t.indexBytes), t.indexBytes), cell(dataSize(t.totalBytes()), t.totalBytes())});
    }
    m_table->sortByColumn(TotalBytes, Qt::DescendingOrder);
    m_table->setColumnHidden(ExactRows, !i.exactCounts);
    updateChart();
    m_content->setVisible(true);
}

void PgDashboard::updateChart()
{
    // The ten largest tables, each bar split into table data, TOAST and indexes.
    auto *table = new QBarSet(tr("Table data"));
    auto *toast = new QBarSet(tr("TOAST"));
    auto *index = new QBarSet(tr("Indexes"));
    QStringList names;
    const qsizetype shown = std::min<qsizetype>(10, m_info.tables.size());
    for (qsizetype n = shown - 1; n >= 0; --n) {
        const PgTableInfo &t = m_info.tables[n];
        names.append(t.table.displayName());
        *table << double(t.tableBytes) / (1 << 20);
        *toast << double(t.toastBytes) / (1 << 20);
        *index << double(t.indexBytes) / (1 << 20);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append({table, toast, index});
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Largest tables (MiB)"));
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace strongroom::ui
