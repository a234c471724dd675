#include "bench/PgWorkload.h"

#include "postgres/PgSession.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace strongroom::bench::pgworkload {

namespace {

using postgres::PgResult;
using postgres::PgSession;

QString literal(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// The single-column primary key of `table` (a regclass text), or "".
QString primaryKey(PgSession &session, const QString &table)
{
    Result<PgResult> key = session.exec(
        QStringLiteral("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND "
                       "a.attnum = ANY(i.indkey) WHERE i.indrelid = $1::regclass AND i.indisprimary"),
        {table});
    return key && key->rows() == 1 ? key->text(0, 0) : QString();
}

// `:name` outside quotes and not part of `::`: (start, name) pairs in order.
QList<std::pair<qsizetype, QString>> namedParameters(const QString &sql)
{
    QList<std::pair<qsizetype, QString>> found;
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            continue;
        }
        if (c != QLatin1Char(':') || (i > 0 && sql[i - 1] == QLatin1Char(':')) ||
            (i + 1 < sql.size() && sql[i + 1] == QLatin1Char(':')))
            continue;
        qsizetype end = i + 1;
        while (end < sql.size() && (sql[end].isLetterOrNumber() || sql[end] == QLatin1Char('_')))
            ++end;
        if (end > i + 1 && !sql[i + 1].isDigit())
            found.append({i, sql.mid(i + 1, end - i - 1)});
    }
    return found;
}

QString firstTable(const QString &sql)
{
    static const QRegularExpression table(
        QStringLiteral(
            R"(\b(?:FROM|JOIN|UPDATE|INTO)\s+((?:"[^"]+"|[A-Za-z_][\w$]*)(?:\.(?:"[^"]+"|[A-Za-z_][\w$]*))?))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = table.match(sql);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

Result<QList<WorkloadStatement>> builtIn(PgSession &session)
{
    QList<WorkloadStatement> statements{{QStringLiteral("select-1"), QStringLiteral("SELECT 1")}};
    Result<PgResult> largest = session.exec(QStringLiteral(
        "SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname NOT LIKE 'pg_toast%' "
        "ORDER BY greatest(c.reltuples, 0) DESC, pg_total_relation_size(c.oid) DESC, 1 LIMIT 1"));
    if (!largest)
        return largest.error();
    if (largest->rows() == 0)
        return statements;
    const QString t = largest->text(0, 0);
    const QString key = primaryKey(session, t);
    if (!key.isEmpty()) {
        const QString k = session.quoteIdentifier(key);
        statements.append(
            {QStringLiteral("page-100"),
             QStringLiteral("SELECT * FROM %1 WHERE %2 >= :pk ORDER BY %2 LIMIT 100").arg(t, k)});
        statements.append(
            {QStringLiteral("point-lookup"), QStringLiteral("SELECT * FROM %1 WHERE %2 = :pk").arg(t, k)});
    } else {
        statements.append({QStringLiteral("page-100"), QStringLiteral("SELECT * FROM %1 LIMIT 100").arg(t)});
    }
    statements.append({QStringLiteral("count-largest"), QStringLiteral("SELECT count(*) FROM %1").arg(t)});
    Result<PgResult> column = session.exec(
        QStringLiteral(
            "SELECT attname FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT "
            "attisdropped AND atttypid IN ('text'::regtype, 'varchar'::regtype, 'bpchar'::regtype) "
            "ORDER BY attnum LIMIT 1"),
        {t});
    if (!column)
        return column.error();
    if (column->rows() == 0)
        return statements;
    const QString c = session.quoteIdentifier(column->text(0, 0));
    Result<PgResult> needle = session.exec(
        QStringLiteral(
            "SELECT substr(%1, greatest(length(%1) / 2, 1), 3) FROM %2 WHERE length(%1) >= 3 LIMIT 1")
            .arg(c, t));
    if (needle && needle->rows() == 1 && needle->text(0, 0).size() == 3)
        statements.append(
            {QStringLiteral("like-search"),
             QStringLiteral("SELECT count(*) FROM %1 WHERE %2 LIKE %3")
                 .arg(t, c, literal(QLatin1Char('%') + needle->text(0, 0) + QLatin1Char('%')))});
    return statements;
}

Result<PgBoundStatement> PgBoundStatement::prepare(PgSession &session, const QString &sql)
{
    PgBoundStatement bound;
    const QList<std::pair<qsizetype, QString>> parameters = namedParameters(sql);
    if (parameters.isEmpty()) {
        bound.m_sql = sql;
        return bound;
    }
    const QString table = firstTable(sql);
    QStringList names;
    QString rewritten;
    qsizetype copied = 0;
    for (const auto &[at, name] : parameters) {
        if (!names.contains(name))
            names.append(name);
        rewritten +=
            sql.mid(copied, at - copied) + QLatin1Char('$') + QString::number(names.indexOf(name) + 1);
        copied = at + 1 + name.size();
    }
    rewritten += sql.mid(copied);
    bound.m_sql = rewritten;
    for (const QString &name : std::as_const(names)) {
        if (table.isEmpty())
            return Error(ExitCode::Usage,
                         QCoreApplication::translate(
                             "Benchmark",
                             "\"%1\": parameter :%2 needs a table after FROM, JOIN, UPDATE or INTO to draw "
                             "values from.")
                             .arg(sql.simplified().left(80), name));
        QString column;
        Result<PgResult> has = session.exec(
            QStringLiteral("SELECT 1 FROM pg_attribute WHERE attrelid = $1::regclass AND attname = $2 AND "
                           "attnum > 0 AND NOT attisdropped"),
            {table, name});
        if (!has)
            return Error(
                ExitCode::Usage,
                QCoreApplication::translate("Benchmark", "\"%1\": the table %2 for parameter :%3: %4")
                    .arg(sql.simplified().left(80), table, name, has.error().message));
        if (has->rows() == 1)
            column = name;
        else if (name == QLatin1String("id") || name == QLatin1String("key") || name == QLatin1String("pk"))
            column = primaryKey(session, table);
        if (column.isEmpty())
            return Error(ExitCode::Usage,
                         QCoreApplication::translate(
                             "Benchmark",
                             "\"%1\": parameter :%2 is neither a column of %3 nor :id, :key or :pk of a "
                             "table with a single-column primary key.")
                             .arg(sql.simplified().left(80), name, table));
        const QString c = session.quoteIdentifier(column);
        Result<PgResult> values = session.exec(QStringLiteral("SELECT %1::text FROM %2 WHERE %1 IS NOT NULL "
                                                              "ORDER BY random() LIMIT %3")
                                                   .arg(c, table)
                                                   .arg(kSequenceLength));
        if (!values)
            return values.error();
        if (values->rows() == 0)
            return Error(
                ExitCode::Usage,
                QCoreApplication::translate("Benchmark", "\"%1\": %2 has no values of %3 for parameter :%4.")
                    .arg(sql.simplified().left(80), table, column, name));
        QStringList sequence;
        for (int r = 0; r < values->rows(); ++r)
            sequence.append(values->text(r, 0));
        bound.m_values.append(sequence);
    }
    return bound;
}

QStringList PgBoundStatement::forIteration(qint64 i) const
{
    QStringList values;
    for (const QStringList &sequence : m_values)
        values.append(sequence[qsizetype(i % sequence.size())]);
    return values;
}

} // namespace strongroom::bench::pgworkload
