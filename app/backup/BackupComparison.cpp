#include "backup/BackupComparison.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

namespace strongroom {

namespace {

QJsonObject sideJson(const BackupComparison::Side &side)
{
    return QJsonObject{{QStringLiteral("path"), side.path},
                       {QStringLiteral("exists"), side.exists},
                       {QStringLiteral("size"), side.size},
                       {QStringLiteral("time"), side.time.isValid()
                                                    ? QJsonValue(side.time.toUTC().toString(Qt::ISODate))
                                                    : QJsonValue()}};
}

QJsonValue rowsJson(qint64 rows)
{
    return rows < 0 ? QJsonValue() : QJsonValue(rows);
}

QString rowsText(qint64 rows)
{
    return rows < 0 ? QStringLiteral("-") : QString::number(rows);
}

} // namespace

BackupComparison BackupComparison::fromCounts(Side live, const QMap<QString, qint64> &liveRows, Side backup,
                                              const QMap<QString, qint64> &backupRows)
{
    BackupComparison c{std::move(live), std::move(backup), {}};
    QStringList names = liveRows.keys() + backupRows.keys();
    names.removeDuplicates();
    names.sort();
    for (const QString &name : names)
        c.tables.append(Table{name, liveRows.value(name, -1), backupRows.value(name, -1)});
    return c;
}

QJsonObject BackupComparison::toJson() const
{
    QJsonArray rows;
    for (const Table &t : tables)
        rows.append(QJsonObject{{QStringLiteral("name"), t.name},
                                {QStringLiteral("live_rows"), rowsJson(t.liveRows)},
                                {QStringLiteral("backup_rows"), rowsJson(t.backupRows)},
                                {QStringLiteral("difference"), t.difference()}});
    return QJsonObject{{QStringLiteral("live"), sideJson(live)},
                       {QStringLiteral("backup"), sideJson(backup)},
                       {QStringLiteral("tables"), rows}};
}

QString BackupComparison::toText() const
{
    const QLocale c = QLocale::c();
    const auto side = [&](const QString &label, const Side &s) {
        if (!s.exists)
            return QCoreApplication::translate("BackupComparison", "%1 %2 (does not exist yet)\n")
                .arg(label, s.path);
        return QStringLiteral("%1 %2  %3  %4\n")
            .arg(label, s.path, c.formattedDataSize(s.size, 1, QLocale::DataSizeIecFormat),
                 s.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
    };
    QString text = side(QStringLiteral("Live:  "), live) + side(QStringLiteral("Backup:"), backup);
    int width = 5;
    for (const Table &t : tables)
        width = std::max<int>(width, int(t.name.size()));
    text += QStringLiteral("%1  %2  %3  %4\n")
                .arg(QStringLiteral("Table"), -width)
                .arg(QStringLiteral("Live"), 12)
                .arg(QStringLiteral("Backup"), 12)
                .arg(QCoreApplication::translate("BackupComparison", "Backup - live"), 14);
    for (const Table &t : tables) {
        const qint64 d = t.difference();
        text += QStringLiteral("%1  %2  %3  %4\n")
                    .arg(t.name, -width)
                    .arg(rowsText(t.liveRows), 12)
                    .arg(rowsText(t.backupRows), 12)
                    .arg((d > 0 ? QStringLiteral("+") : QString()) + QString::number(d), 14);
    }
    return text;
}

} // namespace strongroom
