#include "bench/Workload.h"

#include "sqlcipher/Database.h"

#include <QCoreApplication>
#include <QFile>

namespace strongroom::bench::workload {

namespace {

// Splits at `;` outside '…', "…", `…` and […]; returns the pieces and whether any `;` was found.
QStringList splitOnSemicolons(const QString &text, bool &found)
{
    QStringList pieces;
    QString current;
    QChar quote;
    for (const QChar c : text) {
        if (!quote.isNull()) {
            current += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            quote = c;
        } else if (c == QLatin1Char('[')) {
            quote = QLatin1Char(']');
        } else if (c == QLatin1Char(';')) {
            found = true;
            pieces.append(current);
            current.clear();
            continue;
        }
        current += c;
    }
    pieces.append(current);
    return pieces;
}

QString withoutComments(const QString &text)
{
    QStringList kept;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QLatin1String("--")))
            kept.append(line);
    }
    return kept.join(QLatin1Char('\n'));
}

QString nameFor(const QString &sql)
{
    QString name = sql.simplified();
    if (name.size() > 60)
        name = name.left(57) + QStringLiteral("...");
    return name;
}

struct TableChoice
{
    QString name;
    qint64 rows = -1;
};

TableChoice largestRowidTable(const Database &db)
{
    TableChoice best;
    Statement tables = db.prepare(QStringLiteral(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"));
    QStringList names;
    while (tables.step()) {
        const QString sql = tables.text(1).toUpper();
        // Point lookups and pages go by rowid; virtual tables have no pages of their own.
        if (sql.contains(QLatin1String("WITHOUT ROWID")) || sql.startsWith(QLatin1String("CREATE VIRTUAL")))
            continue;
        names.append(tables.text(0));
    }
    for (const QString &name : std::as_const(names)) {
        const qint64 rows =
            db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(quoteIdentifier(name))).toLongLong();
        if (rows > best.rows)
            best = {name, rows};
    }
    return best;
}

QString firstTextColumn(const Database &db, const QString &table)
{
    Statement columns = db.prepare(QStringLiteral("SELECT name, upper(type) FROM pragma_table_info(?1)"));
    columns.bind(1, table);
    while (columns.step()) {
        const QString type = columns.text(1);
        if (type.contains(QLatin1String("TEXT")) || type.contains(QLatin1String("CHAR")) ||
            type.contains(QLatin1String("CLOB")))
            return columns.text(0);
    }
    return {};
}

QString sqlLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

QList<WorkloadStatement> fromText(const QString &text)
{
    const QString sql = withoutComments(text);
    bool semicolons = false;
    QStringList pieces = splitOnSemicolons(sql, semicolons);
    if (!semicolons)
        pieces = sql.split(QLatin1Char('\n'));
    QList<WorkloadStatement> statements;
    for (const QString &piece : std::as_const(pieces)) {
        const QString trimmed = piece.trimmed();
        if (!trimmed.isEmpty())
            statements.append({nameFor(trimmed), trimmed});
    }
    return statements;
}

Result<QList<WorkloadStatement>> fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("Benchmark", "%1: cannot read the workload file (%2).")
                         .arg(path, file.errorString()));
    QList<WorkloadStatement> statements = fromText(QString::fromUtf8(file.readAll()));
    if (statements.isEmpty())
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("Benchmark", "%1: the workload file holds no SQL statement.")
                         .arg(path));
    return statements;
}

QList<WorkloadStatement> builtIn(const Database &db)
{
    QList<WorkloadStatement> statements{{QStringLiteral("select-1"), QStringLiteral("SELECT 1")}};
    const TableChoice table = largestRowidTable(db);
    if (table.name.isEmpty())
        return statements;
    const QString t = quoteIdentifier(table.name);
    statements.append(
        {QStringLiteral("page-100"),
         QStringLiteral("SELECT * FROM %1 WHERE rowid >= :rowid ORDER BY rowid LIMIT 100").arg(t)});
    statements.append(
        {QStringLiteral("point-lookup"), QStringLiteral("SELECT * FROM %1 WHERE rowid = :rowid").arg(t)});
    statements.append({QStringLiteral("count-largest"), QStringLiteral("SELECT count(*) FROM %1").arg(t)});
    const QString column = firstTextColumn(db, table.name);
    if (column.isEmpty())
        return statements;
    const QString c = quoteIdentifier(column);
    // Three characters from the middle of a real value: a needle that matches at least one row.
    const QString needle =
        db.scalar(QStringLiteral("SELECT substr(%1, length(%1) / 2, 3) FROM %2 WHERE length(%1) >= 3 LIMIT 1")
                      .arg(c, t))
            .toString();
    if (needle.size() == 3)
        statements.append({QStringLiteral("like-search"),
                           QStringLiteral("SELECT count(*) FROM %1 WHERE %2 LIKE %3")
                               .arg(t, c, sqlLiteral(QLatin1Char('%') + needle + QLatin1Char('%')))});
    return statements;
}

} // namespace strongroom::bench::workload
