#pragma once

#include "backup/BackupComparison.h"

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QTableView;

namespace strongroom::ui {

// Per table: rows in the live database, rows in the backup, and the difference.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Table,
        LiveRows,
        BackupRows,
        Difference,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setComparison(const BackupComparison &comparison);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BackupComparison::Table> m_tables;
};

// The live database and a backup side by side: each file's size and time above, the tables below.
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(QWidget *parent = nullptr);
    void setComparison(const BackupComparison &comparison);
    ComparisonModel *model() const { return m_model; }

private:
    QLabel *m_live;
    QLabel *m_backup;
    ComparisonModel *m_model;
    QTableView *m_table;
};

} // namespace strongroom::ui
