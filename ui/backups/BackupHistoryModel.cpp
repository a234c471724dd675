#include "backups/BackupHistoryModel.h"

#include "core/Age.h"
#include "widgets/DataSize.h"

#include <QBrush>
#include <QDir>
#include <QLocale>
#include <QPalette>

namespace strongroom::ui {

void BackupHistoryModel::setBackups(const QString &folder, const QList<BackupRecord> &backups)
{
    beginResetModel();
    if (folder != m_folder)
        m_checks.clear();
    m_folder = folder;
    m_backups = backups;
    endResetModel();
}

void BackupHistoryModel::setCheckResult(const QString &fileName, const QString &result, bool ok)
{
    m_checks.insert(fileName, {result, ok});
    for (int row = 0; row < m_backups.size(); ++row)
        if (m_backups.at(row).fileName == fileName)
            Q_EMIT dataChanged(index(row, State), index(row, State));
}

QString BackupHistoryModel::pathOf(int row) const
{
    return QDir(m_folder).filePath(m_backups.at(row).fileName);
}

int BackupHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupHistoryModel::ageText(const QDateTime &time)
{
    const strongroom::Age age = strongroom::Age::since(time);
    switch (age.unit) {
    case strongroom::Age::Unit::Minutes:
        return tr("%1 min").arg(age.count);
    case strongroom::Age::Unit::Hours:
        return tr("%1 h").arg(age.count);
    case strongroom::Age::Unit::Days:
        break;
    }
    return tr("%1 d").arg(age.count);
}

QString BackupHistoryModel::stateText(const BackupRecord &record) const
{
    if (const auto check = m_checks.constFind(record.fileName); check != m_checks.cend())
        return check->first;
    return recordedStateText(record);
}

QString BackupHistoryModel::recordedStateText(const BackupRecord &record)
{
    if (!record.catalogued)
        return record.refusal.isEmpty() ? tr("not yet verified") : tr("damaged catalog entry");
    // Only a sealed entry (its seal covers every field) is shown as verified; retention removes no other.
    QString state = !record.pagesChecked ? tr("kept as found")
                    : record.isSealed()  ? tr("verified")
                                         : tr("unsealed");
    if (record.tags.contains(BackupRecord::damagedTag()))
        state += tr(", damaged");
    if (record.isProtected())
        state += tr(" (pre-restore)");
    return state;
}

QVariant BackupHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_backups.size())
        return {};
    const BackupRecord &r = m_backups.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(r.created.toLocalTime(), QLocale::ShortFormat);
        case Age:
            return ageText(r.created);
        case Size:
            return dataSizeText(r.size);
        case KeyId:
            return r.catalogued ? r.keyId : QStringLiteral("—");
        case State:
            return stateText(r);
        case Rows:
            return r.rowsKnown() ? tr("%1 rows in %2 tables")
                                       .arg(QLocale().toString(r.totalRows()))
                                       .arg(r.rowCounts.size())
                                 : QStringLiteral("—");
        case File:
            return r.fileName;
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = pathOf(index.row());
        if (r.catalogued && !r.sourcePath.isEmpty())
            tip += QLatin1Char('\n') + tr("Taken from %1").arg(r.sourcePath);
        if (index.column() == KeyId && r.catalogued)
            tip = tr("Backups with the same key id were made with the same key.");
        if (index.column() == State && !r.refusal.isEmpty())
            tip = r.refusal;
        return tip;
    }
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (const auto check = m_checks.constFind(r.fileName); check != m_checks.cend() && !check->second)
            return QBrush(Qt::red);
        if (!r.catalogued)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
    }
    if (role == Qt::UserRole) // sort key
        return index.column() == Size ? QVariant(r.size) : QVariant(r.created);
    return {};
}

QVariant BackupHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Age:
        return tr("Age");
    case Size:
        return tr("Size");
    case KeyId:
        return tr("Key id");
    case State:
        return tr("State");
    case Rows:
        return tr("Rows");
    case File:
        return tr("File");
    }
    return {};
}

} // namespace strongroom::ui
