#include "volumes/VolumeBrowserDialog.h"

#include "core/JobHandle.h"
#include "core/JobRunner.h"
#include "jobs/JobsIndicator.h"
#include "uservolume/UserVolumeJobs.h"
#include "widgets/SecretLineEdit.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace strongroom::ui {

namespace {

constexpr int kBrowserPathRole = Qt::UserRole;
constexpr int kBrowserTypeRole = Qt::UserRole + 1;
constexpr qint64 kBrowserPreviewLimit = 4 * 1024 * 1024;

QString browserModeText(const QString &type, int mode)
{
    QString s = type == QLatin1String("directory") ? QStringLiteral("d")
                : type == QLatin1String("symlink") ? QStringLiteral("l")
                                                   : QStringLiteral("-");
    const char *letters = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i)
        s += (mode & (0400 >> i)) ? QLatin1Char(letters[i]) : QLatin1Char('-');
    return s;
}

} // namespace

VolumeBrowserDialog::VolumeBrowserDialog(JobRunner *runner, JobsIndicator *jobs, QString image,
                                         QWidget *parent)
    : QDialog(parent), m_runner(runner), m_jobs(jobs), m_image(std::move(image))
{
    setObjectName(QStringLiteral("volumeBrowserDialog"));
    setWindowTitle(tr("Browse %1").arg(QFileInfo(m_image).fileName()));
    resize(980, 620);
    auto *layout = new QVBoxLayout(this);

    auto *intro =
        new QLabel(tr("The volume is read in user space: nothing is mapped or mounted, and nothing in it "
                      "is changed. Enter the passphrase to list its files."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *keyRow = new QHBoxLayout;
    m_keyField = new SecretLineEdit;
    m_keyField->setObjectName(QStringLiteral("browserKey"));
    m_keyField->setPlaceholderText(tr("Passphrase of %1").arg(QFileInfo(m_image).fileName()));
    m_unlock = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("List Files"));
    m_unlock->setObjectName(QStringLiteral("browserUnlock"));
    m_unlock->setDefault(true);
    keyRow->addWidget(m_keyField, 1);
    keyRow->addWidget(m_unlock);
    layout->addLayout(keyRow);

    // A volume whose LUKS header is kept apart (cryptsetup --header, or a luksHeaderBackup file).
    auto *headerRow = new QHBoxLayout;
    m_headerField = new QLineEdit;
    m_headerField->setObjectName(QStringLiteral("browserHeader"));
    m_headerField->setPlaceholderText(tr("Detached LUKS header (only when the header is kept apart)"));
    m_chooseHeader = new QPushButton(tr("Header…"));
    m_chooseHeader->setObjectName(QStringLiteral("browserChooseHeader"));
    headerRow->addWidget(m_headerField, 1);
    headerRow->addWidget(m_chooseHeader);
    layout->addLayout(headerRow);
    connect(m_chooseHeader, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Detached LUKS Header"));
        dialog->setObjectName(QStringLiteral("browserHeaderFile"));
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, &VolumeBrowserDialog::setHeader);
        dialog->open();
    });

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("browserStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *splitter = new QSplitter;
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("browserTree"));
    m_tree->setHeaderLabels({tr("Name"), tr("Size"), tr("Mode"), tr("Owner"), tr("Modified")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    for (int c = 1; c < 5; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    splitter->addWidget(m_tree);

    auto *previewBox = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_previewNote = new QLabel(tr("Select a file and press Preview."));
    m_previewNote->setObjectName(QStringLiteral("browserPreviewNote"));
    m_previewNote->setWordWrap(true);
    previewLayout->addWidget(m_previewNote);
    m_previewStack = new QStackedWidget;
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("browserPreviewText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_picture = new QLabel;
    m_picture->setObjectName(QStringLiteral("browserPreviewImage"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_previewStack->addWidget(m_text);
    m_previewStack->addWidget(m_picture);
    previewLayout->addWidget(m_previewStack, 1);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_preview = buttons->addButton(tr("Preview"), QDialogButtonBox::ActionRole);
    m_preview->setObjectName(QStringLiteral("browserPreview"));
    m_extract = buttons->addButton(tr("Extract…"), QDialogButtonBox::ActionRole);
    m_extract->setObjectName(QStringLiteral("browserExtract"));
    layout->addWidget(buttons);

    connect(m_unlock, &QPushButton::clicked, this, &VolumeBrowserDialog::unlock);
    connect(m_preview, &QPushButton::clicked, this, &VolumeBrowserDialog::previewCurrent);
    connect(m_extract, &QPushButton::clicked, this, &VolumeBrowserDialog::chooseFolderAndExtract);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &VolumeBrowserDialog::updateActions);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, kBrowserTypeRole).toString() == QLatin1String("file"))
            previewCurrent();
    });
    updateActions();
}

void VolumeBrowserDialog::setHeader(const QString &header)
{
    m_headerField->setText(header);
}

QString VolumeBrowserDialog::header() const
{
    return m_headerField->text().trimmed();
}

VolumeBrowserDialog::~VolumeBrowserDialog()
{
    m_key.wipe();
}

void VolumeBrowserDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(
        error ? QStringLiteral("color: palette(highlighted-text); background: #b00020; padding: 4px;")
              : QString());
}

void VolumeBrowserDialog::updateActions()
{
    const bool unlocked = !m_key.isEmpty();
    m_unlock->setEnabled(!m_busy);
    m_keyField->setEnabled(!m_busy && !unlocked);
    m_headerField->setEnabled(!m_busy && !unlocked);
    m_chooseHeader->setEnabled(!m_busy && !unlocked);
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    m_extract->setEnabled(unlocked && !m_busy && !selected.isEmpty());
    m_preview->setEnabled(unlocked && !m_busy && selected.size() == 1 &&
                          selected.first()->data(0, kBrowserTypeRole).toString() == QLatin1String("file"));
}

void VolumeBrowserDialog::unlock()
{
    KeyMaterial key = m_key.isEmpty() ? m_keyField->key() : m_key;
    if (key.isEmpty()) {
        setStatus(tr("Enter the passphrase first."), true);
        return;
    }
    m_busy = true;
    updateActions();
    setStatus(tr("Unlocking and reading the file system…"));
    auto job = std::make_shared<VolumeListJob>(UserVolumeSource{m_image, header(), key},
                                               QByteArrayLiteral("/"), true);
    JobHandle *handle = m_runner->start(job);
    if (m_jobs)
        m_jobs->showDialog(handle);
    connect(handle, &JobHandle::finished, this, [this, key](const JobReport &report) mutable {
        m_busy = false;
        if (report.outcome == JobOutcome::Succeeded) {
            m_key = key;
            m_keyField->clear();
            showListing(report.data);
        } else if (report.outcome == JobOutcome::Cancelled) {
            setStatus(tr("Cancelled."));
        } else if (report.error) {
            setStatus(report.error->message, true);
        }
        key.wipe();
        updateActions();
        Q_EMIT listed();
    });
}

void VolumeBrowserDialog::showListing(const QJsonObject &data)
{
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> folders;
    const QJsonArray entries = data.value(QStringLiteral("entries")).toArray();
    const QLocale locale;
    for (const QJsonValue &value : entries) {
        const QJsonObject e = value.toObject();
        const QString path = e.value(QStringLiteral("path")).toString();
        const QString type = e.value(QStringLiteral("type")).toString();
        const QString parent =
            path.contains(QLatin1Char('/')) ? path.section(QLatin1Char('/'), 0, -2) : QString();
        QTreeWidgetItem *item = parent.isEmpty() || !folders.contains(parent)
                                    ? new QTreeWidgetItem(m_tree)
                                    : new QTreeWidgetItem(folders.value(parent));
        QString name = e.value(QStringLiteral("name")).toString();
        if (type == QLatin1String("symlink"))
            name += QStringLiteral(" → ") + e.value(QStringLiteral("target")).toString();
        item->setText(0, name);
        item->setIcon(0, QIcon::fromTheme(type == QLatin1String("directory") ? QStringLiteral("folder")
                                          : type == QLatin1String("symlink")
                                              ? QStringLiteral("emblem-symbolic-link")
                                              : QStringLiteral("text-x-generic")));
        if (type != QLatin1String("directory"))
            item->setText(1, locale.formattedDataSize(e.value(QStringLiteral("size")).toInteger(), 1,
                                                      QLocale::DataSizeTraditionalFormat));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, browserModeText(type, e.value(QStringLiteral("mode")).toString().toInt(nullptr, 8)));
        item->setText(3, QStringLiteral("%1:%2")
                             .arg(e.value(QStringLiteral("uid")).toInteger())
                             .arg(e.value(QStringLiteral("gid")).toInteger()));
        const QDateTime mtime =
            QDateTime::fromString(e.value(QStringLiteral("mtime")).toString(), Qt::ISODateWithMs);
        item->setText(4, locale.toString(mtime.toLocalTime(), QLocale::ShortFormat));
        // The exact bytes of the name (path_hex when it is not UTF-8), for Extract and the preview.
        const QByteArray bytes =
            e.contains(QStringLiteral("path_hex"))
                ? QByteArray::fromHex(e.value(QStringLiteral("path_hex")).toString().toLatin1())
                : path.toUtf8();
        item->setData(0, kBrowserPathRole, QByteArray('/' + bytes));
        item->setData(0, kBrowserTypeRole, type);
        if (type == QLatin1String("directory"))
            folders.insert(path, item);
    }
    m_tree->sortItems(0, Qt::AscendingOrder);
    setStatus(tr("%n entries in %1.", nullptr, int(entries.size())).arg(QFileInfo(m_image).fileName()));
}

QStringList VolumeBrowserDialog::selectedPaths() const
{
    QStringList paths;
    for (const QTreeWidgetItem *item : m_tree->selectedItems())
        paths.append(displayName(item->data(0, kBrowserPathRole).toByteArray()));
    return paths;
}

void VolumeBrowserDialog::chooseFolderAndExtract()
{
    auto *dialog = new QFileDialog(this, tr("Extract to Folder"));
    dialog->setObjectName(QStringLiteral("browserExtractFolder"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &VolumeBrowserDialog::extractTo);
    dialog->open();
}

void VolumeBrowserDialog::extractTo(const QString &folder)
{
    const QStringList paths = selectedPaths();
    if (paths.isEmpty() || m_key.isEmpty())
        return;
    VolumeExtractJob::Request request;
    for (const QTreeWidgetItem *item : m_tree->selectedItems())
        request.paths.append(item->data(0, kBrowserPathRole).toByteArray());
    request.targetFolder = folder;
    m_busy = true;
    updateActions();
    setStatus(tr("Extracting %n entries to %1…", nullptr, int(paths.size())).arg(folder));
    JobHandle *handle = m_runner->start(
        std::make_shared<VolumeExtractJob>(UserVolumeSource{m_image, header(), m_key}, request));
    if (m_jobs)
        m_jobs->showDialog(handle);
    connect(handle, &JobHandle::finished, this, [this](const JobReport &report) {
        m_busy = false;
        if (report.outcome == JobOutcome::Succeeded)
            setStatus(report.overview);
        else if (report.outcome == JobOutcome::Cancelled)
            setStatus(tr("Extraction cancelled; files already copied stay in the folder."));
        else if (report.error)
            setStatus(report.error->message, true);
        updateActions();
        Q_EMIT extracted(report);
    });
}

void VolumeBrowserDialog::previewCurrent()
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    if (selected.size() != 1 || m_key.isEmpty())
        return;
    const QByteArray pathBytes = selected.first()->data(0, kBrowserPathRole).toByteArray();
    const QString path = displayName(pathBytes);
    auto job = std::make_shared<VolumeReadFileJob>(UserVolumeSource{m_image, header(), m_key}, pathBytes, -1,
                                                   kBrowserPreviewLimit);
    m_busy = true;
    updateActions();
    m_previewNote->setText(tr("Reading %1…").arg(path));
    JobHandle *handle = m_runner->start(job);
    connect(handle, &JobHandle::finished, this, [this, job, path](const JobReport &report) {
        m_busy = false;
        updateActions();
        if (report.outcome != JobOutcome::Succeeded) {
            m_previewNote->setText(report.error ? report.error->message : tr("Cancelled."));
            Q_EMIT previewed();
            return;
        }
        const QByteArray bytes = job->bytes();
        const qint64 size = report.data.value(QStringLiteral("size")).toInteger();
        const QImage picture = QImage::fromData(bytes);
        if (!picture.isNull()) {
            m_picture->setPixmap(QPixmap::fromImage(picture).scaled(
                m_previewStack->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
            m_previewStack->setCurrentWidget(m_picture);
            m_previewNote->setText(
                tr("%1: image, %2 × %3 pixels.").arg(path).arg(picture.width()).arg(picture.height()));
        } else {
            QStringDecoder utf8(QStringDecoder::Utf8);
            const QString text = utf8(bytes.left(int(std::min<qint64>(bytes.size(), 256 * 1024))));
            if (utf8.hasError() || bytes.contains('\0')) {
                m_text->setPlainText(QString());
                m_previewNote->setText(tr("%1: %2 bytes of binary data; no preview.").arg(path).arg(size));
            } else {
                m_text->setPlainText(text);
                m_previewNote->setText(
                    size > text.toUtf8().size()
                        ? tr("%1: the first %2 of %3 bytes.").arg(path).arg(text.toUtf8().size()).arg(size)
                        : tr("%1: %2 bytes.").arg(path).arg(size));
            }
            m_previewStack->setCurrentWidget(m_text);
        }
        Q_EMIT previewed();
    });
}

} // namespace strongroom::ui
