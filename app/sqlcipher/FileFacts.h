#pragma once

#include "keys/KeyMaterial.h"
#include "sqlcipher/CipherSettings.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace strongroom {

class Database;

// What the dashboard's cards show, known at once after opening: no table is scanned.
struct FileFacts
{
    QString path;   // absolute
    QString folder; // absolute
    qint64 fileBytes = 0;
    qint64 walBytes = 0; // the -wal file's size; its committed frames are data too
    bool encrypted = false;
    std::optional<CipherSettings> settings; // null when plain
    KeyKind keyKind = KeyKind::Passphrase;
    QString sqlcipherVersion;
    QString sqliteVersion;
    int pageSize = 0;
    qint64 pageCount = 0;
    qint64 freelistCount = 0;
    QString journalMode;
    std::optional<QDateTime> created; // the file's birth time, when the file system records it
    // The newest backup in the database's history catalog; filled by callers that read the catalog
    // (this library knows nothing of backups).
    std::optional<QDateTime> lastBackup;
    QString lastBackupPath;
    bool readOnly = false; // the file or its folder is not writable by this user

    qint64 sizeBytes() const { return fileBytes + walBytes; }
    QString profile() const { return settings ? settings->profileName() : QString(); }

    // The file-level keys of `db info --json`: path, size_bytes, encrypted, profile, cipher,
    // sqlcipher_version, sqlite_version, page_size, page_count, freelist_count, journal_mode,
    // created, last_backup ({"time", "age_seconds", "path"} or null).
    QJsonObject toJson() const;

    // Reads the facts through an open connection (a few PRAGMAs and stat calls).
    static FileFacts read(const Database &db, const std::optional<CipherSettings> &settings, KeyKind keyKind);
};

// statx birth time; null on file systems that do not record it.
std::optional<QDateTime> fileBirthTime(const QString &path);

} // namespace strongroom
