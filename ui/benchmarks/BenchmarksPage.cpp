#include "benchmarks/BenchmarksPage.h"

#include "bench/Baseline.h"
#include "bench/PgQueryBenchJob.h"
#include "bench/QueryBenchJob.h"
#include "bench/ResultCsv.h"
#include "bench/SqlCipherBenchJob.h"
#include "benchmarks/PartProgressView.h"
#include "core/JobRunner.h"
#include "core/SafeFile.h"
#include "dashboard/DatabaseDashboard.h"
#include "jobs/JobsIndicator.h"
#include "pages/DatabasesPage.h"
#include "widgets/SecretLineEdit.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace strongroom::ui {

namespace {

QChartView *newChartView()
{
    auto *view = new QChartView(new QChart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(280);
    return view;
}

// `bench sqlcipher`'s table as CSV: one row per variant, the phases in ms.
QByteArray settingsCsv(const QJsonObject &result)
{
    auto quoted = [](QString text) {
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    };
    const QJsonArray phases = result.value(QLatin1String("phases")).toArray();
    QStringList header{QStringLiteral("variant"), QStringLiteral("setting")};
    for (const QJsonValue &p : phases)
        header.append(p.toString() + QStringLiteral("_ms"));
    header << QStringLiteral("total_ms") << QStringLiteral("overhead_percent")
           << QStringLiteral("change_vs_defaults_percent") << QStringLiteral("cuts_overhead")
           << QStringLiteral("effect") << QStringLiteral("security_cost");
    QStringList lines{header.join(QLatin1Char(','))};
    for (const QJsonValue &v : result.value(QLatin1String("variants")).toArray()) {
        const QJsonObject o = v.toObject();
        QStringList cells{o.value(QLatin1String("name")).toString(),
                          quoted(o.value(QLatin1String("setting")).toString())};
        for (const QJsonValue &p : phases)
            cells.append(QString::number(
                o.value(QLatin1String("phases_ms")).toObject().value(p.toString()).toDouble()));
        auto number = [](const QJsonValue &value) {
            return value.isDouble() ? QString::number(value.toDouble()) : QString();
        };
        cells << number(o.value(QLatin1String("total_ms")))
              << number(o.value(QLatin1String("overhead_percent")))
              << number(o.value(QLatin1String("change_vs_defaults_percent")))
              << (o.value(QLatin1String("cuts_overhead")).toBool() ? QStringLiteral("yes")
                                                                   : QStringLiteral("no"))
              << o.value(QLatin1String("effect")).toString()
              << quoted(o.value(QLatin1String("security_cost")).toString());
        lines.append(cells.join(QLatin1Char(',')));
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

// The column "Cuts the overhead": yes, within the noise, or no (it adds to it); a dash for the
// reference rows (plain SQLite and SQLCipher's defaults).
QString effectText(const QJsonObject &variant)
{
    switch (bench::settingEffectFromKey(variant.value(QLatin1String("effect")).toString())) {
    case bench::SettingEffect::Cuts:
        return BenchmarksPage::tr("yes");
    case bench::SettingEffect::WithinNoise:
        return BenchmarksPage::tr("within the noise");
    case bench::SettingEffect::Adds:
        return BenchmarksPage::tr("no, it adds to the overhead");
    case bench::SettingEffect::Reference:
        break;
    }
    return QStringLiteral("–");
}

QJsonArray statementsOf(const QJsonObject &result)
{
    return result.value(QLatin1String("statements")).toArray();
}

} // namespace

BenchmarksPage::BenchmarksPage(DatabasesPage *databases, JobRunner *runner, JobsIndicator *jobs,
                               QWidget *parent)
    : QWidget(parent), m_databases(databases), m_runner(runner), m_jobs(jobs)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Benchmarks"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    layout->addWidget(new QLabel(
        tr("Query latency of an open database or a PostgreSQL connection, and what encryption "
           "costs against a decrypted twin or a second connection. Percentiles by nearest rank.")));

    auto *form = new QFormLayout;
    m_form = form;
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("targetKind"));
    m_kind->addItem(tr("A database open in the Databases section"));
    m_kind->addItem(tr("A PostgreSQL connection"));
    form->addRow(tr("Target:"), m_kind);
    m_database = new QComboBox;
    form->addRow(tr("Database:"), m_database);
    m_connection = new QLineEdit;
    m_connection->setObjectName(QStringLiteral("connection"));
    m_connection->setPlaceholderText(
        tr("Conninfo, URI or service, e.g. host=db dbname=shop sslmode=require"));
    form->addRow(tr("Connection A:"), m_connection);
    m_against = new QLineEdit;
    m_against->setObjectName(QStringLiteral("against"));
    m_against->setPlaceholderText(tr("Optional: a second connection to compare with, e.g. sslmode=disable"));
    m_password = new SecretLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setPlaceholderText(tr("Empty: from ~/.pgpass or the service file, or none"));
    form->addRow(tr("Password A:"), m_password);
    form->addRow(tr("Against B:"), m_against);
    m_againstPassword = new SecretLineEdit;
    m_againstPassword->setObjectName(QStringLiteral("againstPassword"));
    m_againstPassword->setPlaceholderText(tr("Empty: from ~/.pgpass or the service file, or none"));
    form->addRow(tr("Password B:"), m_againstPassword);
    auto *workloadRow = new QHBoxLayout;
    m_workload = new QLineEdit;
    m_workload->setPlaceholderText(tr("Built-in set (SELECT 1, page, point lookup, count, LIKE search)"));
    auto *browse = new QPushButton(tr("Choose…"));
    workloadRow->addWidget(m_workload, 1);
    workloadRow->addWidget(browse);
    form->addRow(tr("Workload:"), workloadRow);
    m_iterations = new QSpinBox;
    m_iterations->setObjectName(QStringLiteral("iterations"));
    m_iterations->setRange(10, 1000000);
    m_iterations->setValue(1000);
    form->addRow(tr("Iterations:"), m_iterations);
    m_twin = new QCheckBox(tr("Against a plain twin (a decrypted copy beside the file, removed afterwards)"));
    m_twin->setObjectName(QStringLiteral("plainTwin"));
    form->addRow(QString(), m_twin);
    m_baseline = new QLineEdit;
    m_baseline->setObjectName(QStringLiteral("baselineName"));
    m_baseline->setPlaceholderText(tr("Optional: save the result as this baseline"));
    form->addRow(tr("Baseline:"), m_baseline);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("Run"));
    m_run->setObjectName(QStringLiteral("run"));
    buttons->addWidget(m_run);
    buttons->addStretch();
    auto *png = new QPushButton(tr("Export PNG…"));
    auto *csv = new QPushButton(tr("Export CSV…"));
    auto *json = new QPushButton(tr("Export JSON…"));
    for (QPushButton *b : {png, csv, json})
        buttons->addWidget(b);
    layout->addLayout(buttons);
    m_parts = new PartProgressView;
    m_parts->setObjectName(QStringLiteral("statementProgress"));
    m_parts->setMaximumHeight(170);
    m_parts->setVisible(false);
    layout->addWidget(m_parts);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget;
    m_latency = newChartView();
    m_overhead = newChartView();
    m_history = newChartView();
    m_tabs->addTab(m_latency, tr("Latency"));
    m_tabs->addTab(m_overhead, tr("Overhead"));
    m_tabs->addTab(m_history, tr("Baselines"));
    m_settingsTab = new QWidget;
    auto *settingsLayout = new QVBoxLayout(m_settingsTab);
    auto *settingsRow = new QHBoxLayout;
    settingsRow->addWidget(new QLabel(tr("Table size (MB):")));
    m_sizeMb = new QSpinBox;
    m_sizeMb->setObjectName(QStringLiteral("sizeMb"));
    m_sizeMb->setRange(1, 4096);
    m_sizeMb->setValue(32);
    settingsRow->addWidget(m_sizeMb);
    m_runSqlCipher = new QPushButton(tr("Measure SQLCipher's settings"));
    m_runSqlCipher->setObjectName(QStringLiteral("runSqlCipher"));
    settingsRow->addWidget(m_runSqlCipher);
    settingsRow->addStretch();
    settingsLayout->addLayout(settingsRow);
    settingsLayout->addWidget(
        new QLabel(tr("A synthetic workload on plain SQLite and on SQLCipher with one setting changed at a "
                      "time; temporary files, removed afterwards.")));
    m_settingsTable = new QTableWidget(0, 6);
    m_settingsTable->setObjectName(QStringLiteral("sqlcipherTable"));
    m_settingsTable->setHorizontalHeaderLabels({tr("Setting"), tr("Total ms"), tr("Overhead"),
                                                tr("Against the defaults"), tr("Cuts the overhead"),
                                                tr("Security cost")});
    m_settingsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_settingsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_settingsTable->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_settingsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_settingsTable->verticalHeader()->hide();
    m_settingsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_settingsTable->setWordWrap(true);
    settingsLayout->addWidget(m_settingsTable, 1);
    m_tabs->addTab(m_settingsTab, tr("SQLCipher settings"));
    layout->addWidget(m_tabs, 1);

    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog =
            new QFileDialog(this, tr("Workload"), QString(), tr("SQL files (*.sql);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, m_workload, &QLineEdit::setText);
        dialog->open();
    });
    connect(m_run, &QPushButton::clicked, this, &BenchmarksPage::run);
    connect(m_runSqlCipher, &QPushButton::clicked, this, &BenchmarksPage::runSqlCipher);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BenchmarksPage::updateTargetRows);
    connect(m_connection, &QLineEdit::textChanged, this, &BenchmarksPage::updateTargetRows);
    connect(m_against, &QLineEdit::textChanged, this, &BenchmarksPage::updateTargetRows);
    connect(png, &QPushButton::clicked, this, [this] { exportTo(QStringLiteral("png")); });
    connect(csv, &QPushButton::clicked, this, [this] { exportTo(QStringLiteral("csv")); });
    connect(json, &QPushButton::clicked, this, [this] { exportTo(QStringLiteral("json")); });
    updateDatabases();
    updateTargetRows();
    showHistory();
}

void BenchmarksPage::updateTargetRows()
{
    const bool postgres = m_kind->currentIndex() == 1;
    m_form->setRowVisible(m_database, !postgres);
    m_form->setRowVisible(m_twin, !postgres);
    m_form->setRowVisible(m_connection, postgres);
    m_form->setRowVisible(m_password, postgres);
    m_form->setRowVisible(m_against, postgres);
    m_form->setRowVisible(m_againstPassword, postgres && !m_against->text().trimmed().isEmpty());
    m_run->setEnabled(postgres ? !m_connection->text().trimmed().isEmpty() : m_database->count() > 0);
}

void BenchmarksPage::showEvent(QShowEvent *event)
{
    updateDatabases();
    showHistory();
    QWidget::showEvent(event);
}

void BenchmarksPage::updateDatabases()
{
    const QString current = m_database->currentData().toString();
    m_database->clear();
    for (const QString &path : m_databases->openPaths())
        m_database->addItem(QFileInfo(path).fileName(), path);
    const int index = m_database->findData(current);
    if (index >= 0)
        m_database->setCurrentIndex(index);
    updateTargetRows();
    if (m_database->count() == 0 && m_kind->currentIndex() == 0)
        m_summary->setText(tr("Open a database in the Databases section to measure it."));
}

void BenchmarksPage::run()
{
    if (m_kind->currentIndex() == 1) {
        runPostgres();
        return;
    }
    DatabaseDashboard *dashboard = m_databases->dashboard(m_database->currentData().toString());
    if (!dashboard || !dashboard->session()) {
        m_summary->setText(tr("That database is not open yet."));
        return;
    }
    bench::QueryBenchRequest request;
    request.session = dashboard->session();
    request.workloadFile = m_workload->text().trimmed();
    request.iterations = m_iterations->value();
    request.rounds = std::min(10, request.iterations);
    request.againstPlainTwin = m_twin->isChecked();
    request.saveBaseline = m_baseline->text().trimmed();
    auto job = std::make_shared<bench::QueryBenchJob>(std::move(request));
    JobHandle *handle = m_runner->start(job);
    m_jobs->showDialog(handle);
    m_parts->follow(handle);
    m_parts->setVisible(true);
    m_run->setEnabled(false);
    connect(handle, &JobHandle::finished, this, [this, job](const JobReport &report) {
        m_run->setEnabled(true);
        if (report.outcome != JobOutcome::Succeeded) {
            m_summary->setText(report.error ? report.error->message : tr("Cancelled."));
            return;
        }
        showResult(job->result());
        showHistory();
    });
}

void BenchmarksPage::runPostgres()
{
    Result<postgres::PgConnection> connection = postgres::PgConnection::parse(m_connection->text().trimmed());
    if (!connection) {
        m_summary->setText(connection.error().message);
        return;
    }
    bench::PgQueryBenchRequest request;
    request.connection = *connection;
    if (const QString against = m_against->text().trimmed(); !against.isEmpty()) {
        Result<postgres::PgConnection> b = postgres::PgConnection::parse(against);
        if (!b) {
            m_summary->setText(b.error().message);
            return;
        }
        request.against = *b;
    }
    request.workloadFile = m_workload->text().trimmed();
    request.iterations = m_iterations->value();
    request.rounds = std::min(10, request.iterations);
    request.saveBaseline = m_baseline->text().trimmed();
    // The passwords go from the fields' wiped memory to the job's, and from there only to libpq.
    if (!m_password->isEmpty())
        request.password = postgres::PgPassword{m_password->key(), tr("the field Password A")};
    if (request.against && !m_againstPassword->isEmpty())
        request.againstPassword = postgres::PgPassword{m_againstPassword->key(), tr("the field Password B")};
    auto job = std::make_shared<bench::PgQueryBenchJob>(std::move(request));
    JobHandle *handle = m_runner->start(job);
    m_jobs->showDialog(handle);
    m_parts->follow(handle);
    m_parts->setVisible(true);
    m_run->setEnabled(false);
    connect(handle, &JobHandle::finished, this, [this, job](const JobReport &report) {
        updateTargetRows();
        if (report.outcome != JobOutcome::Succeeded) {
            m_summary->setText(report.error ? report.error->message : tr("Cancelled."));
            if (report.error && job->failedConnection() != bench::PgQueryBenchJob::Connection::None)
                askForPassword(job->failedConnection() == bench::PgQueryBenchJob::Connection::Against,
                               *report.error);
            return;
        }
        showResult(job->result());
        showHistory();
    });
}

void BenchmarksPage::runSqlCipher()
{
    bench::SqlCipherBenchRequest request;
    request.sizeMb = m_sizeMb->value();
    auto job = std::make_shared<bench::SqlCipherBenchJob>(request);
    JobHandle *handle = m_runner->start(job);
    m_jobs->showDialog(handle);
    m_parts->follow(handle);
    m_parts->setVisible(true);
    m_runSqlCipher->setEnabled(false);
    connect(handle, &JobHandle::finished, this, [this](const JobReport &report) {
        m_runSqlCipher->setEnabled(true);
        if (report.outcome != JobOutcome::Succeeded) {
            m_summary->setText(report.error ? report.error->message : tr("Cancelled."));
            return;
        }
        showSqlCipherResult(report.data);
        m_summary->setText(report.overview);
    });
}

void BenchmarksPage::askForPassword(bool against, const Error &error)
{
    if (error.kind != QLatin1String("password-required") &&
        error.kind != QLatin1String("authentication-failed"))
        return;
    SecretLineEdit *field = against ? m_againstPassword : m_password;
    const QString which = against ? tr("B") : tr("A");
    m_summary->setText(error.kind == QLatin1String("password-required")
                           ? tr("The server of connection %1 asks for a password: enter it in Password %1 "
                                "and run again.")
                                 .arg(which)
                           : tr("The server refused the password of connection %1: enter the right one in "
                                "Password %1 and run again.")
                                     .arg(which) +
                                 QLatin1Char('\n') + error.message);
    field->clear();
    field->setFocus();
}

void BenchmarksPage::showSqlCipherResult(const QJsonObject &result)
{
    m_sqlcipherResult = result;
    const QJsonArray variants = result.value(QLatin1String("variants")).toArray();
    m_settingsTable->setRowCount(int(variants.size()));
    auto percent = [](const QJsonValue &value) {
        return value.isDouble() ? QStringLiteral("%1%2 %")
                                      .arg(value.toDouble() >= 0 ? QStringLiteral("+") : QString())
                                      .arg(value.toDouble(), 0, 'f', 1)
                                : QStringLiteral("–");
    };
    for (int row = 0; row < variants.size(); ++row) {
        const QJsonObject v = variants[row].toObject();
        const QStringList cells{v.value(QLatin1String("setting")).toString(),
                                QString::number(v.value(QLatin1String("total_ms")).toDouble(), 'f', 1),
                                percent(v.value(QLatin1String("overhead_percent"))),
                                percent(v.value(QLatin1String("change_vs_defaults_percent"))),
                                effectText(v),
                                v.value(QLatin1String("security_cost")).toString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            if (column >= 1 && column <= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_settingsTable->setItem(row, column, item);
        }
    }
    m_settingsTable->setColumnWidth(0, 260);
}

void BenchmarksPage::showResult(const QJsonObject &result)
{
    m_result = result;
    const QJsonArray statements = statementsOf(result);
    const bool postgres = result.value(QLatin1String("kind")).toString() == QLatin1String("postgresql");
    const bool twin =
        result.value(QLatin1String("settings")).toObject().value(QLatin1String("plain_twin")).toBool() ||
        result.contains(QLatin1String("against"));
    const char *otherSide = postgres ? "against" : "plain_twin";
    QStringList names;
    QList<QBarSet *> sets;
    const char *fields[] = {"p50_us", "p95_us", "p99_us"};
    for (const char *side : {"target", otherSide}) {
        if (QByteArray(side) == otherSide && !twin)
            break;
        const bool a = QByteArray(side) == "target";
        for (const char *field : fields) {
            const QString label =
                QString::fromLatin1(field).chopped(3) +
                (postgres ? (a ? tr(" A") : tr(" B")) : (a ? tr(" SQLCipher") : tr(" plain")));
            auto *set = new QBarSet(label);
            for (const QJsonValue &v : statements)
                *set << v.toObject()
                            .value(QLatin1String(side))
                            .toObject()
                            .value(QLatin1String(field))
                            .toDouble();
            sets.append(set);
        }
    }
    for (const QJsonValue &v : statements)
        names.append(v.toObject().value(QLatin1String("name")).toString().left(24));

    QChart *latency = m_latency->chart();
    latency->removeAllSeries();
    for (QAbstractAxis *axis : latency->axes())
        latency->removeAxis(axis);
    auto *bars = new QBarSeries;
    bars->append(sets);
    latency->addSeries(bars);
    latency->setTitle(tr("Latency per statement (µs)"));
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    latency->addAxis(categories, Qt::AlignBottom);
    bars->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setTitleText(tr("µs"));
    latency->addAxis(values, Qt::AlignLeft);
    bars->attachAxis(values);

    QChart *overhead = m_overhead->chart();
    overhead->removeAllSeries();
    for (QAbstractAxis *axis : overhead->axes())
        overhead->removeAxis(axis);
    overhead->setTitle(twin ? (postgres ? tr("Overhead of A over B per statement (%), the 5 % line")
                                        : tr("Encryption overhead per statement (%), the 5 % line"))
                            : tr("Run against a plain twin or a second connection to see the overhead."));
    if (twin) {
        auto *set = new QBarSet(tr("overhead %"));
        for (const QJsonValue &v : statements)
            *set << v.toObject()
                        .value(QLatin1String("overhead"))
                        .toObject()
                        .value(QLatin1String("percent"))
                        .toDouble();
        auto *series = new QBarSeries;
        series->append(set);
        overhead->addSeries(series);
        auto *axisX = new QBarCategoryAxis;
        axisX->append(names);
        overhead->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        auto *axisY = new QValueAxis;
        overhead->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        auto *limit = new QLineSeries;
        limit->setName(tr("5 % requirement"));
        limit->append(-0.5, 5.0);
        limit->append(double(names.size()) - 0.5, 5.0);
        overhead->addSeries(limit);
        auto *lineX = new QValueAxis;
        lineX->setRange(-0.5, double(names.size()) - 0.5);
        lineX->setVisible(false);
        overhead->addAxis(lineX, Qt::AlignBottom);
        limit->attachAxis(lineX);
        limit->attachAxis(axisY);
        axisY->setRange(std::min(0.0, axisY->min()), std::max(axisY->max(), 6.0));
    }

    QStringList lines;
    for (const QJsonValue &v : statements) {
        const QJsonObject s = v.toObject();
        QString line =
            tr("%1: p50 %2 µs")
                .arg(s.value(QLatin1String("name")).toString())
                .arg(s.value(QLatin1String("target")).toObject().value(QLatin1String("p50_us")).toDouble());
        if (twin) {
            const QJsonObject o = s.value(QLatin1String("overhead")).toObject();
            line += o.value(QLatin1String("measurable")).toBool()
                        ? tr(", overhead %1 %").arg(o.value(QLatin1String("percent")).toDouble(), 0, 'f', 1)
                        : tr(", no measurable difference");
        }
        lines.append(line);
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void BenchmarksPage::showHistory()
{
    QChart *chart = m_history->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    const QList<QJsonObject> baselines = bench::baseline::all();
    chart->setTitle(baselines.isEmpty() ? tr("No baselines saved yet.")
                                        : tr("p50 of each statement in the saved baselines (µs)"));
    if (baselines.isEmpty())
        return;
    QMap<QString, QLineSeries *> byStatement;
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    auto *values = new QValueAxis;
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    double maximum = 1;
    QDateTime first, last;
    for (const QJsonObject &b : baselines) {
        const QDateTime saved =
            QDateTime::fromString(b.value(QLatin1String("saved")).toString(), Qt::ISODateWithMs);
        if (!first.isValid())
            first = saved;
        last = saved;
        for (const QJsonValue &v : statementsOf(b)) {
            const QJsonObject s = v.toObject();
            const QString name = s.value(QLatin1String("name")).toString().left(24);
            QLineSeries *&series = byStatement[name];
            if (!series) {
                series = new QLineSeries;
                series->setName(name);
                series->setPointsVisible(true);
                chart->addSeries(series);
                series->attachAxis(time);
                series->attachAxis(values);
            }
            const double p50 =
                s.value(QLatin1String("target")).toObject().value(QLatin1String("p50_us")).toDouble();
            series->append(double(saved.toMSecsSinceEpoch()), p50);
            maximum = std::max(maximum, p50);
        }
    }
    time->setRange(first.addSecs(-60), last.addSecs(60));
    values->setRange(0, maximum * 1.1);
}

void BenchmarksPage::exportTo(const QString &kind)
{
    const bool settings = m_tabs->currentWidget() == m_settingsTab;
    if ((settings ? m_sqlcipherResult : m_result).isEmpty() && kind != QLatin1String("png")) {
        m_summary->setText(tr("Run a benchmark first."));
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Export"), QString(), QStringLiteral("*.%1").arg(kind));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(kind);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, kind, settings](const QString &file) {
        Status written = Status::success();
        if (kind == QLatin1String("png")) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            m_tabs->currentWidget()->grab().save(&buffer, "PNG");
            written = safefile::writeFileAtomically(file, bytes, QStringLiteral("export"), tr("chart"));
        } else if (settings) {
            const QByteArray bytes = kind == QLatin1String("csv")
                                         ? settingsCsv(m_sqlcipherResult)
                                         : QJsonDocument(m_sqlcipherResult).toJson(QJsonDocument::Indented);
            written = safefile::writeFileAtomically(file, bytes, QStringLiteral("export"), kind.toUpper());
        } else {
            const QByteArray bytes = kind == QLatin1String("csv")
                                         ? bench::resultCsv(m_result)
                                         : QJsonDocument(m_result).toJson(QJsonDocument::Indented);
            written = safefile::writeFileAtomically(file, bytes, QStringLiteral("export"), kind.toUpper());
        }
        m_summary->setText(written ? tr("Saved %1.").arg(file) : written.error().message);
    });
    dialog->open();
}

} // namespace strongroom::ui
