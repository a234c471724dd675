#include "backups/ComparisonView.h"

#include "widgets/DataSize.h"

#include <QBrush>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>

namespace strongroom::ui {

void ComparisonModel::setComparison(const BackupComparison &comparison)
{
    beginResetModel();
    m_tables = comparison.tables;
    endResetModel();
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tables.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tables.size())
        return {};
    const BackupComparison::Table &t = m_tables.at(index.row());
    const auto rows = [](qint64 n) { return n < 0 ? tr("(no such table)") : QLocale().toString(n); };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Table:
            return t.name;
        case LiveRows:
            return rows(t.liveRows);
        case BackupRows:
            return rows(t.backupRows);
        case Difference:
            return t.difference() == 0 ? QStringLiteral("=")
                                       : (t.difference() > 0 ? QStringLiteral("+") : QString()) +
                                             QLocale().toString(t.difference());
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Table)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Difference && t.difference() != 0)
        return QBrush(t.difference() < 0 ? QColor(0xb0, 0x30, 0x30) : QColor(0x20, 0x80, 0x40));
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Table:
        return tr("Table");
    case LiveRows:
        return tr("Live rows");
    case BackupRows:
        return tr("Backup rows");
    case Difference:
        return tr("Backup − live");
    }
    return {};
}

namespace {

QString describeSide(const QString &title, const BackupComparison::Side &side)
{
    if (!side.exists)
        return QStringLiteral("<b>%1</b><br>%2<br><i>%3</i>")
            .arg(title, side.path.toHtmlEscaped(), ComparisonView::tr("does not exist yet"));
    return QStringLiteral("<b>%1</b><br>%2<br>%3 · %4")
        .arg(title, side.path.toHtmlEscaped(), dataSizeText(side.size),
             QLocale().toString(side.time.toLocalTime(), QLocale::ShortFormat));
}

} // namespace

ComparisonView::ComparisonView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_live = new QLabel;
    m_backup = new QLabel;
    for (QLabel *label : {m_live, m_backup}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    layout->addWidget(m_live, 0, 0);
    layout->addWidget(m_backup, 0, 1);
    m_model = new ComparisonModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(ComparisonModel::Table, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_table, 1, 0, 1, 2);
    layout->setRowStretch(1, 1);
}

void ComparisonView::setComparison(const BackupComparison &comparison)
{
    m_live->setText(describeSide(tr("Live database"), comparison.live));
    m_backup->setText(describeSide(tr("Backup"), comparison.backup));
    m_model->setComparison(comparison);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ComparisonModel::Table, QHeaderView::Stretch);
}

} // namespace strongroom::ui
