#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace strongroom::cli {

// A table as the CLI prints it for people: a header row of titles, then rows of cells, two spaces
// between columns. Every column is as wide as its widest cell, title included, so the rows still line
// up when the titles are translated into longer words ("Schlüssel-ID" for "Key id"). Scripts read
// --json, never this layout.
class TextTable
{
public:
    enum class Align
    {
        Left,
        Right
    };
    struct Column
    {
        QString title;
        Align align = Align::Left;
    };

    explicit TextTable(QList<Column> columns);
    // Missing cells are empty; extra cells are ignored.
    void addRow(const QStringList &cells);
    // Header and rows, each line ending in a newline, without trailing spaces.
    QString render() const;
    // The same lines without their newlines, the header first: for a caller that prints more
    // below a row.
    QStringList lines() const;

private:
    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

} // namespace strongroom::cli
