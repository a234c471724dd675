#include "cli/TextTable.h"

#include <algorithm>

namespace strongroom::cli {

TextTable::TextTable(QList<Column> columns) : m_columns(std::move(columns)) {}

void TextTable::addRow(const QStringList &cells)
{
    QStringList row = cells.mid(0, m_columns.size());
    while (row.size() < m_columns.size())
        row.append(QString());
    m_rows.append(row);
}

QString TextTable::render() const
{
    QString text;
    for (const QString &line : lines())
        text += line + QLatin1Char('\n');
    return text;
}

QStringList TextTable::lines() const
{
    QList<qsizetype> widths;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        qsizetype width = m_columns[c].title.size();
        for (const QStringList &row : m_rows)
            width = std::max(width, row[c].size());
        widths.append(width);
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                text += QStringLiteral("  ");
            text += m_columns[c].align == Align::Right ? cells[c].rightJustified(widths[c])
                                                       : cells[c].leftJustified(widths[c]);
        }
        // A left-aligned last column would pad the line with spaces nobody sees.
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text;
    };
    QStringList titles;
    for (const Column &column : m_columns)
        titles.append(column.title);
    QStringList lines{line(titles)};
    for (const QStringList &row : m_rows)
        lines.append(line(row));
    return lines;
}

} // namespace strongroom::cli
