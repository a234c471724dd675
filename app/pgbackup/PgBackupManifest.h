#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace strongroom::pgbackup {

// One PostgreSQL backup is a set of files sharing a stem "DB-pgbackup-YYYYMMDD-HHMMSS" (UTC, "-N"
// added when taken) in the backup folder (docs/file-formats.md, "PostgreSQL backups"):
//   STEM.dump.zst.age       pg_dump -Fc -Z0 of the snapshot, zstd-compressed, age-encrypted
//   STEM.globals.sql.zst.age  with --globals: pg_dumpall --globals-only, the same way
//   STEM.manifest.age       this manifest as JSON, age-encrypted to the same recipients
//   STEM.sha256             sha256sum lines for the files above
struct PgBackupFiles
{
    QString folder;
    QString stem;

    QString dump() const { return path(QStringLiteral(".dump.zst.age")); }
    QString globals() const { return path(QStringLiteral(".globals.sql.zst.age")); }
    QString manifest() const { return path(QStringLiteral(".manifest.age")); }
    QString checksums() const { return path(QStringLiteral(".sha256")); }
    QString path(const QString &suffix) const { return folder + QLatin1Char('/') + stem + suffix; }

    // A stem for `database` at `utc` whose files do not exist yet in `folder`.
    static PgBackupFiles fresh(const QString &folder, const QString &database, const QDateTime &utc);
    // The set a dump file belongs to (its name ends in .dump.zst.age), or nullopt.
    static std::optional<PgBackupFiles> ofDump(const QString &dumpPath);
    static bool isDumpName(const QString &fileName);
};

struct PgFileDigest
{
    QString file; // name in the folder
    qint64 size = 0;
    QString sha256;
};

struct PgBackupManifest
{
    static constexpr int currentFormat = 1;
    int format = currentFormat;
    QString tool;          // "strongroom 0.1.0"
    QString pgDumpVersion; // "17.2"
    QString serverVersion; // "17.2"
    QString database;
    QString connection; // conninfo without a password
    QString snapshot;
    QDateTime created;               // when the snapshot was taken
    QDateTime finished;              // when the dump ended
    QMap<QString, qint64> rowCounts; // "schema.table" -> exact rows in the snapshot
    QString dumpFormat = QStringLiteral("custom");
    QString compression = QStringLiteral("zstd");
    QStringList recipientKeyIds; // empty with a passphrase
    bool passphrase = false;
    qint64 dumpBytes = 0; // the dump before compression
    PgFileDigest payload;
    std::optional<PgFileDigest> globals;

    QJsonObject toJson() const;
    // Refuses (exit 4, kind "damaged-manifest") a manifest that is not one of this format.
    static Result<PgBackupManifest> fromJson(const QByteArray &json);
    qint64 totalRows() const;
};

// "HEX  NAME\n" lines as sha256sum writes and `sha256sum -c` reads them.
QByteArray sha256sumLines(const QList<PgFileDigest> &files);
// name -> hex from such a file; an empty map when it is not one.
QMap<QString, QString> parseSha256sum(const QByteArray &text);

// SHA-256 (hex) of a file, read in 1 MiB blocks; `progress` gets each block's size and returns false
// to stop. Empty when the file cannot be read or it was stopped.
QString sha256OfFile(const QString &path, const std::function<bool(qint64)> &progress);

} // namespace strongroom::pgbackup
