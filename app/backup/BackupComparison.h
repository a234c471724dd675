#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace strongroom {

// The side-by-side view of a live database and a backup: per table the rows in each and the
// difference, both files' sizes and times. A table missing on one side has -1 rows there.
struct BackupComparison
{
    struct Side
    {
        QString path;
        qint64 size = 0;
        QDateTime time; // the backup's creation time when catalogued, else the file's modification time
        bool exists = true;
    };
    struct Table
    {
        QString name;
        qint64 liveRows = -1;
        qint64 backupRows = -1;
        qint64 difference() const
        {
            return (backupRows < 0 ? 0 : backupRows) - (liveRows < 0 ? 0 : liveRows);
        }
    };
    Side live;
    Side backup;
    QList<Table> tables;

    static BackupComparison fromCounts(Side live, const QMap<QString, qint64> &liveRows, Side backup,
                                       const QMap<QString, qint64> &backupRows);
    QJsonObject toJson() const; // {"live": {...}, "backup": {...}, "tables": [{"name", "live_rows",
                                // "backup_rows", "difference"}]}
    QString toText() const;
};

} // namespace strongroom
