#pragma once

#include "sqlcipher/FileFacts.h"
#include "sqlcipher/TableStatsJob.h"

#include <QSplitter>

class QChartView;

namespace strongroom::ui {

// The dashboard's two charts side by side: the largest tables (with their indexes) and how the
// file's space divides into used pages, free pages and the WAL.
class TableCharts : public QSplitter
{
    Q_OBJECT
public:
    explicit TableCharts(QWidget *parent = nullptr);

    void showTables(QList<TableStats> tables);
    void showSpace(const FileFacts &facts);

private:
    QChartView *m_tables;
    QChartView *m_space;
};

} // namespace strongroom::ui
