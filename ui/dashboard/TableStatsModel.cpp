#include "dashboard/TableStatsModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace strongroom::ui {

TableStatsModel::TableStatsModel(QObject *parent) : QAbstractTableModel(parent) {}

void TableStatsModel::clear()
{
    beginResetModel();
    m_tables.clear();
    m_rows.clear();
    endResetModel();
}

void TableStatsModel::addTable(const TableStats &table)
{
    const int first = int(m_rows.size());
    const int added = 1 + int(table.indexes.size());
    beginInsertRows({}, first, first + added - 1);
    m_tables.append(table);
    m_rows.append(Row{table.name, false, table.name, table.rows, table.bytes});
    for (const auto &[name, bytes] : table.indexes)
        m_rows.append(Row{name, true, table.name, -1, bytes});
    endInsertRows();
}

int TableStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TableStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TableStatsModel::cell(const Row &row, int column, int role) const
{
    const bool raw = role == Qt::UserRole;
    const QLocale locale;
    switch (column) {
    case Name:
        return row.name;
    case Kind:
        return row.index ? tr("index on %1").arg(row.table) : tr("table");
    case Rows:
        if (raw)
            return row.rows;
        return row.index ? QString() : row.rows < 0 ? tr("n/a") : locale.toString(row.rows);
    case Size:
        if (raw)
            return row.bytes;
        return row.bytes < 0 ? tr("n/a") : locale.formattedDataSize(row.bytes, 1, QLocale::DataSizeIecFormat);
    case Share: {
        const double share =
            (row.bytes >= 0 && m_fileBytes > 0) ? 100.0 * double(row.bytes) / double(m_fileBytes) : -1;
        if (raw)
            return share;
        return share < 0 ? QString() : locale.toString(share, 'f', 1) + QStringLiteral(" %");
    }
    default:
        return {};
    }
}

QVariant TableStatsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    if (role == Qt::DisplayRole || role == Qt::UserRole)
        return cell(row, index.column(), role);
    if (role == Qt::TextAlignmentRole && index.column() >= Rows)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && row.index && index.column() == Name)
        return QVariant(); // styled by the view's palette
    return {};
}

QVariant TableStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Rows:
        return tr("Rows");
    case Size:
        return tr("Size");
    case Share:
        return tr("Share of file");
    default:
        return {};
    }
}

QString TableStatsModel::toText() const
{
    QString text;
    for (int c = 0; c < ColumnCount; ++c)
        text += headerData(c, Qt::Horizontal).toString() +
                (c + 1 < ColumnCount ? QStringLiteral("\t") : QStringLiteral("\n"));
    for (const Row &row : m_rows)
        for (int c = 0; c < ColumnCount; ++c)
            text += cell(row, c, Qt::DisplayRole).toString() +
                    (c + 1 < ColumnCount ? QStringLiteral("\t") : QStringLiteral("\n"));
    return text;
}

QString TableStatsModel::toCsv() const
{
    auto quote = [](QString s) {
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    };
    QString csv = QStringLiteral("name,kind,table,rows,bytes\n");
    for (const Row &row : m_rows)
        csv += QStringLiteral("%1,%2,%3,%4,%5\n")
                   .arg(quote(row.name), row.index ? QStringLiteral("index") : QStringLiteral("table"),
                        quote(row.table), row.index || row.rows < 0 ? QString() : QString::number(row.rows),
                        row.bytes < 0 ? QString() : QString::number(row.bytes));
    return csv;
}

QByteArray TableStatsModel::toJson() const
{
    return QJsonDocument(TableStatsJob::toJson(m_tables)).toJson(QJsonDocument::Indented);
}

} // namespace strongroom::ui
