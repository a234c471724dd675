#pragma once

#include "sqlcipher/TableStatsJob.h"

#include <QAbstractTableModel>

namespace strongroom::ui {

// The dashboard's table of tables and indexes. Rows appear as the statistics job reports them;
// Qt::UserRole gives the raw number of a cell, for sorting and export.
class TableStatsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Kind,
        Rows,
        Size,
        Share,
        ColumnCount
    };

    explicit TableStatsModel(QObject *parent = nullptr);

    void setFileBytes(qint64 bytes) { m_fileBytes = bytes; }
    void clear();
    void addTable(const TableStats &table);
    QList<TableStats> tables() const { return m_tables; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Tab-separated text, CSV and JSON of what the table shows.
    QString toText() const;
    QString toCsv() const;
    QByteArray toJson() const;

private:
    struct Row
    {
        QString name;
        bool index = false;
        QString table;
        qint64 rows = -1;
        qint64 bytes = -1;
    };
    QVariant cell(const Row &row, int column, int role) const;

    QList<TableStats> m_tables;
    QList<Row> m_rows;
    qint64 m_fileBytes = 0;
};

} // namespace strongroom::ui
