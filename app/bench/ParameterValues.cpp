#include "bench/ParameterValues.h"

#include "sqlcipher/Database.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <sqlite3.h>

namespace strongroom::bench {

namespace {

QString tableNamedIn(const QString &sql)
{
    static const QRegularExpression table(
        QStringLiteral(
            R"(\b(?:FROM|JOIN|UPDATE|INTO)\s+("(?:[^"]|"")+"|\[[^\]]+\]|`[^`]+`|[A-Za-z_][\w$]*))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = table.match(sql);
    if (!m.hasMatch())
        return {};
    QString name = m.captured(1);
    if (name.startsWith(QLatin1Char('"')))
        return name.mid(1, name.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    if (name.startsWith(QLatin1Char('[')) || name.startsWith(QLatin1Char('`')))
        return name.mid(1, name.size() - 2);
    return name;
}

struct TableColumns
{
    QStringList names;
    QStringList primaryKey;
};

TableColumns columnsOf(const Database &db, const QString &table)
{
    TableColumns c;
    Statement info = db.prepare(QStringLiteral("SELECT name, pk FROM pragma_table_info(?1) ORDER BY pk"));
    info.bind(1, table);
    while (info.step()) {
        c.names.append(info.text(0));
        if (info.int64(1) > 0)
            c.primaryKey.append(info.text(0));
    }
    return c;
}

Error refused(const QString &sql, const QString &message)
{
    return Error(
        ExitCode::Usage,
        QCoreApplication::translate("Benchmark", "In \"%1\": %2").arg(sql.simplified().left(80), message));
}

} // namespace

Result<ParameterValues> ParameterValues::draw(const Database &db, const QString &sql, quint32 seed)
{
    ParameterValues values;
    Statement statement = db.prepare(sql);
    if (!statement.isValid())
        return refused(sql, db.lastError());
    const int count = sqlite3_bind_parameter_count(statement.handle());
    if (count == 0)
        return values;

    const QString table = tableNamedIn(sql);
    const TableColumns columns = table.isEmpty() ? TableColumns{} : columnsOf(db, table);
    QList<QVariantList> pools;
    for (int i = 1; i <= count; ++i) {
        const char *rawName = sqlite3_bind_parameter_name(statement.handle(), i);
        if (!rawName || rawName[0] == '?')
            return refused(sql, QCoreApplication::translate("Benchmark",
                                                            "positional parameters (?) have no values; "
                                                            "name them after a column, e.g. :id."));
        const QString parameter = QString::fromUtf8(rawName);
        QString column = parameter.mid(1);
        if (columns.names.isEmpty())
            return refused(sql, QCoreApplication::translate("Benchmark",
                                                            "%1 needs a table to draw values from, "
                                                            "and the statement names none that exists.")
                                    .arg(parameter));
        const bool isColumn = columns.names.contains(column, Qt::CaseInsensitive);
        const bool isRowid = column.compare(QLatin1String("rowid"), Qt::CaseInsensitive) == 0;
        const bool meansKey =
            QStringList{QStringLiteral("id"), QStringLiteral("key"), QStringLiteral("pk")}.contains(
                column, Qt::CaseInsensitive);
        if (!isColumn && !isRowid && meansKey)
            column = columns.primaryKey.size() == 1 ? columns.primaryKey.first() : QStringLiteral("rowid");
        else if (!isColumn && !isRowid)
            return refused(sql, QCoreApplication::translate(
                                    "Benchmark", "%1: table %2 has no column %3 to draw values from.")
                                    .arg(parameter, table, column));
        const QString columnSql = column.compare(QLatin1String("rowid"), Qt::CaseInsensitive) == 0
                                      ? QStringLiteral("rowid")
                                      : quoteIdentifier(column);
        Statement read = db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %1 IS NOT NULL LIMIT 100000")
                                        .arg(columnSql, quoteIdentifier(table)));
        QVariantList pool;
        while (read.step())
            pool.append(read.value(0));
        if (pool.isEmpty())
            return refused(sql, QCoreApplication::translate("Benchmark", "%1: table %2 has no values in %3.")
                                    .arg(parameter, table, column));
        pools.append(pool);
    }
    QRandomGenerator random(seed);
    for (int n = 0; n < kSequenceLength; ++n) {
        QVariantList row;
        for (const QVariantList &pool : std::as_const(pools))
            row.append(pool[qsizetype(random.bounded(quint32(pool.size())))]);
        values.m_rows.append(row);
    }
    return values;
}

QVariantList ParameterValues::forIteration(qint64 i) const
{
    return m_rows.isEmpty() ? QVariantList{} : m_rows[qsizetype(i % m_rows.size())];
}

} // namespace strongroom::bench
