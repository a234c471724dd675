#pragma once

#include "core/Result.h"
#include "core/WorkProgress.h"

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
//   STEM.dump.age           pg_dump -Fc --compress=zstd:1 of the snapshot, age-encrypted (pg_dump >= 16)
//   STEM.dump.zst.age       or, from an older pg_dump (and every backup before this layout):
//                           pg_dump -Fc -Z0, zstd-compressed, age-encrypted
//   STEM.globals.sql.zst.age  with --globals: pg_dumpall --globals-only, zstd-compressed, age-encrypted
//   STEM.manifest.age       this manifest as JSON, age-encrypted to the same recipients
//   STEM.sha256             sha256sum lines for the files above
// The name only finds the set; how the dump is read is the manifest's word (compression).
struct PgBackupFiles
{
    static inline const QString kDumpSuffix = QStringLiteral(".dump.age");
    static inline const QString kZstdDumpSuffix = QStringLiteral(".dump.zst.age");

    PgBackupFiles() = default;
    PgBackupFiles(QString folder, QString stem, QString dumpSuffix = {})
        : folder(std::move(folder)), stem(std::move(stem)), dumpSuffix(std::move(dumpSuffix))
    {
    }

    QString folder;
    QString stem;
    // kDumpSuffix or kZstdDumpSuffix; empty: the one that exists in the folder (kDumpSuffix when
    // neither does), for a set known by its stem alone (the catalog's entries).
    QString dumpSuffix;

    QString dump() const;
    QString globals() const { return path(QStringLiteral(".globals.sql.zst.age")); }
    QString manifest() const { return path(QStringLiteral(".manifest.age")); }
    QString checksums() const { return path(QStringLiteral(".sha256")); }
    QString path(const QString &suffix) const { return folder + QLatin1Char('/') + stem + suffix; }

    // A stem for `database` at `utc` whose files do not exist yet in `folder`.
    static PgBackupFiles fresh(const QString &folder, const QString &database, const QDateTime &utc);
    // The set a dump file belongs to (its name ends in .dump.age or .dump.zst.age), or nullopt.
    static std::optional<PgBackupFiles> ofDump(const QString &dumpPath);
    static bool isDumpName(const QString &fileName);
    // Whether `stem` could be a set's stem in a folder (never a path).
    static bool isStem(const QString &stem);
};

// How a dump is compressed: by pg_dump itself when it can (>= 16: --compress=zstd:1, which is faster
// and smaller than zstd over -Z0 output, and 5x fewer bytes cross the pipe), else by a zstd stream of
// ours around pg_dump -Z0's output. The manifest records both layers.
struct PgDumpCompression
{
    static inline const QString kNone = QStringLiteral("none");
    static inline const QString kZstd = QStringLiteral("zstd");

    QString outer = kNone;                     // manifest "compression": kNone or kZstd (our stream)
    QString inDump = QStringLiteral("zstd:1"); // manifest "dump_compression": pg_dump's --compress

    static PgDumpCompression forPgDump(int pgDumpMajor);
    // pg_dump's argument for it: "--compress=zstd:1" or "--compress=0".
    QString pgDumpArgument() const;
    QString dumpSuffix() const;
    // The oldest pg_restore that reads such a dump (zstd inside custom format needs 16).
    int pgRestoreMajor() const;
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
    // The payload file's layers: age over `compression` (our stream: "none" or "zstd") over the
    // custom-format dump, whose own data are compressed as `dumpCompression` says ("zstd:1", or
    // "none" for -Z0, which manifests without the field mean).
    QString compression = PgDumpCompression::kNone;
    QString dumpCompression = QStringLiteral("zstd:1");
    QStringList recipientKeyIds; // empty with a passphrase
    bool passphrase = false;
    qint64 dumpBytes = 0; // what pg_dump wrote (the custom-format file, before our compression)
    PgFileDigest payload;
    std::optional<PgFileDigest> globals;

    QJsonObject toJson() const;
    // Refuses (exit 4, kind "damaged-manifest") a manifest that is not one of this format, and (exit 6)
    // one whose compression this version cannot read.
    static Result<PgBackupManifest> fromJson(const QByteArray &json);
    qint64 totalRows() const;
    // Whether the payload is our zstd stream around the dump (the layout before pg_dump compressed).
    bool outerZstd() const { return compression == PgDumpCompression::kZstd; }
    PgDumpCompression layers() const { return {compression, dumpCompression}; }
};

// "HEX  NAME\n" lines as sha256sum writes and `sha256sum -c` reads them.
QByteArray sha256sumLines(const QList<PgFileDigest> &files);
// name -> hex from such a file; an empty map when it is not one.
QMap<QString, QString> parseSha256sum(const QByteArray &text);

// SHA-256 (hex) of a file, through core's sha256HexOf: `progress` hears the bytes read so far and is
// asked for a cancel after each block. Empty when the file cannot be read or it was cancelled.
QString sha256OfFile(const QString &path, const WorkProgress &progress);

} // namespace strongroom::pgbackup
