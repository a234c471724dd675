#include "migration/RowCountComparison.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace strongroom::migration {

QJsonObject rowCountsJson(const postgres::PgServerInfo &info)
{
    QJsonObject tables;
    qint64 total = 0;
    for (const postgres::PgTableInfo &t : info.tables) {
        if (t.exactRows < 0)
            continue;
        tables.insert(t.table.displayName(), t.exactRows);
        total += t.exactRows;
    }
    return {{QStringLiteral("counted"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("tables"), tables},
            {QStringLiteral("total_rows"), total}};
}

QStringList compareRowCounts(const QJsonObject &recorded, const postgres::PgServerInfo &now)
{
    QStringList differences;
    const QJsonObject before = recorded.value(QStringLiteral("tables")).toObject();
    QSet<QString> seen;
    for (const postgres::PgTableInfo &t : now.tables) {
        const QString name = t.table.displayName();
        seen.insert(name);
        if (!before.contains(name)) {
            differences.append(
                QCoreApplication::translate("RowCountComparison", "%1: not there before the move").arg(name));
            continue;
        }
        const qint64 expected = before.value(name).toInteger();
        if (t.exactRows < 0)
            differences.append(QCoreApplication::translate("RowCountComparison",
                                                           "%1: could not be counted now (%2 rows before)")
                                   .arg(name)
                                   .arg(expected));
        else if (t.exactRows != expected)
            differences.append(
                QCoreApplication::translate("RowCountComparison", "%1: %2 rows before the move, %3 now")
                    .arg(name)
                    .arg(expected)
                    .arg(t.exactRows));
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        if (!seen.contains(it.key()))
            differences.append(
                QCoreApplication::translate("RowCountComparison", "%1: missing (%2 rows before the move)")
                    .arg(it.key())
                    .arg(it.value().toInteger()));
    return differences;
}

} // namespace strongroom::migration
