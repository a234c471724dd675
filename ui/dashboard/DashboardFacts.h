#pragma once

#include "backup/BackupCatalog.h"
#include "sqlcipher/FileFacts.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace strongroom::ui {

class TableStatsModel;

// What the dashboard says about one database, as words: each card's caption, value, detail and
// whether it warns, from the file's facts and its last backup. The cards show these texts, and Copy
// as Text joins the same texts, so the copy never depends on how the cards lay out their labels.
class DashboardFacts
{
    Q_DECLARE_TR_FUNCTIONS(strongroom::ui::DashboardFacts)
public:
    enum class Fact
    {
        File,
        Size,
        Encryption,
        Versions,
        Created,
        LastBackup,
        FreePages
    };
    static QList<Fact> all();
    static QString caption(Fact fact);

    struct Text
    {
        QString value;
        QString detail;
        bool warning = false;
    };

    void setFile(const FileFacts &facts);
    // Until the history is read the last-backup card says it is reading; nullopt: no backup found.
    void setLastBackupReading();
    void setLastBackup(const std::optional<strongroom::LastBackup> &last);

    Text text(Fact fact) const;
    // The path, "caption: value: detail" for each fact but the file's, then the tables.
    QString summary(const QString &path, const TableStatsModel &tables) const;

private:
    std::optional<FileFacts> m_file;
    bool m_backupRead = false;
    std::optional<strongroom::LastBackup> m_lastBackup;
};

} // namespace strongroom::ui
