#include "pages/DatabasesPage.h"

#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace strongroom::ui {

DatabasesPage::DatabasesPage(JobRunner *runner, JobsIndicator *jobs, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_jobs(jobs)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter;
    m_list = new QListWidget;
    m_list->setMinimumWidth(180);
    m_views = new QStackedWidget;
    m_views->addWidget(createEmptyState());
    splitter->addWidget(m_list);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 800});
    layout->addWidget(splitter);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_views->setCurrentIndex(row + 1); });
}

QWidget *DatabasesPage::createEmptyState()
{
    auto *empty = new QWidget;
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch();
    auto *text = new QLabel(tr("<h2>No database open</h2><p>Open a SQLCipher or SQLite database to see its encryption "
                               "settings, size, tables and row counts. You can also drop a file on this window.</p>"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *open = new QPushButton(tr("&Open Database…"));
    connect(open, &QPushButton::clicked, this, &DatabasesPage::openFileRequested);
    layout->addWidget(open, 0, Qt::AlignCenter);
    layout->addStretch();
    return empty;
}

QStringList DatabasesPage::openPaths() const
{
    QStringList paths;
    for (int i = 0; i < m_list->count(); ++i)
        paths << m_list->item(i)->data(Qt::UserRole).toString();
    return paths;
}

void DatabasesPage::openDatabase(const QString &path, const KeySource &)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const int existing = int(openPaths().indexOf(absolute));
    if (existing >= 0) {
        m_list->setCurrentRow(existing);
        return;
    }
    auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/sections/databases.svg")), QFileInfo(absolute).fileName());
    item->setData(Qt::UserRole, absolute);
    item->setToolTip(absolute);
    m_list->addItem(item);
    m_views->addWidget(createFileView(absolute));
    m_list->setCurrentItem(item);
    Q_EMIT databaseOpened(absolute);
}

QWidget *DatabasesPage::createFileView(const QString &path)
{
    auto *view = new QWidget;
    auto *layout = new QVBoxLayout(view);
    const QFileInfo info(path);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(info.fileName().toHtmlEscaped())));
    auto *form = new QFormLayout;
    form->addRow(tr("Folder:"), new QLabel(info.absolutePath()));
    const qint64 wal = QFileInfo(path + QStringLiteral("-wal")).size();
    form->addRow(tr("Size:"), new QLabel(QLocale().formattedDataSize(info.size() + wal)));
    QFile file(path);
    QByteArray header;
    if (file.open(QIODevice::ReadOnly))
        header = file.read(16);
    auto *state = new QLabel(header == QByteArrayLiteral("SQLite format 3\0") ? tr("Not encrypted (plain SQLite)")
                                                                              : tr("Encrypted, or not a database"));
    form->addRow(tr("Encryption:"), state);
    layout->addLayout(form);
    layout->addStretch();
    return view;
}

} // namespace strongroom::ui
