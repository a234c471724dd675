#pragma once

#include <QString>

namespace strongroom::ui {

// What Back Up Now remembers per PostgreSQL connection, in QSettings: the history folder, whom the
// backups are encrypted to (a public recipient or the path of a recipients file), --globals and
// whether retention runs afterwards. Never a passphrase or a password.
struct PgBackupPreferences
{
    enum class KeyMode
    {
        Recipient,
        RecipientsFile,
        Passphrase
    };
    QString folder;
    KeyMode keyMode = KeyMode::Recipient;
    QString recipient;
    QString recipientsFile;
    bool globals = false;
    bool retention = true; // 7 daily, 4 weekly, 12 monthly after each backup

    // The remembered preferences, or defaults with a folder under the user's data folder.
    static PgBackupPreferences load(const QString &conninfo, const QString &database);
    void store(const QString &conninfo) const;
};

} // namespace strongroom::ui
