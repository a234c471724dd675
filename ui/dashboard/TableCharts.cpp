#include "dashboard/TableCharts.h"

#include "widgets/DataSize.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QPieSeries>
#include <QValueAxis>

namespace strongroom::ui {

namespace {

QChartView *chartView()
{
    auto *view = new QChartView;
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    return view;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

TableCharts::TableCharts(QWidget *parent) : QSplitter(Qt::Horizontal, parent)
{
    m_tables = chartView();
    m_space = chartView();
    addWidget(m_tables);
    addWidget(m_space);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
}

void TableCharts::showTables(QList<TableStats> tables)
{
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
    replaceChart(m_tables, chart);
}

void TableCharts::showSpace(const FileFacts &f)
{
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
    replaceChart(m_space, space);
}

} // namespace strongroom::ui
