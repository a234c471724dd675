#pragma once

#include "backup/BackupRecord.h"

#include <QAbstractTableModel>
#include <QHash>

namespace strongroom::ui {

// The backups of one history folder, newest first, as the Backups page lists them: time, age, size,
// key id, verified state and a row summary. A Verify run in this session overrides the state.
class BackupHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Age,
        Size,
        KeyId,
        State,
        Rows,
        File,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setBackups(const QString &folder, const QList<BackupRecord> &backups);
    // What verifying a backup found just now ("intact", "wrong key", "damaged: …").
    void setCheckResult(const QString &fileName, const QString &result, bool ok);

    QString folder() const { return m_folder; }
    const QList<BackupRecord> &backups() const { return m_backups; }
    const BackupRecord &backup(int row) const { return m_backups.at(row); }
    QString pathOf(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "5 min", "3 h", "12 d": how long ago `time` was.
    static QString ageText(const QDateTime &time);
    // What the history knows of a backup: "verified", "kept as found, damaged (pre-restore)", …
    static QString recordedStateText(const BackupRecord &record);

private:
    QString stateText(const BackupRecord &record) const;

    QString m_folder;
    QList<BackupRecord> m_backups;
    QHash<QString, std::pair<QString, bool>> m_checks;
};

} // namespace strongroom::ui
