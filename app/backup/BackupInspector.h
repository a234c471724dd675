#pragma once

#include "backup/BackupRecord.h"
#include "core/Result.h"
#include "core/WorkProgress.h"
#include "keys/KeyMaterial.h"
#include "sqlcipher/PageKeys.h"

namespace strongroom {

// What verifying a backup found, level by level:
// 1. the SHA-256 against its catalog entry (no key needed), 2. it opens with the key,
// 3. every page's HMAC (cipher_integrity_check) and, where asked for, SQLite's integrity_check pass.
struct BackupInspection
{
    enum class Checksum
    {
        Match,
        NoCatalogEntry
    };
    QString path;
    qint64 size = 0;
    QDateTime modified;
    Checksum checksum = Checksum::NoCatalogEntry;
    std::optional<BackupRecord> catalogEntry;
    int levelReached = 0;
    QByteArray sha256;               // of the file as checked; empty at level 1 without a catalog entry
    CipherSettings settings;         // level 2 and up
    QMap<QString, qint64> rowCounts; // level 3 (for a catalogued file the catalog's, when not counted)
    bool structureChecked = false;   // integrity_check ran (and passed) at level 3
    bool sealed = false;             // level 3: a sealed catalog entry vouched for the pages (else checked)
    std::optional<PageKeys> keys;    // level 2 and up, where derived: open the file (or a copy) without a KDF

    QJsonObject toJson() const;
};

class BackupInspector
{
public:
    enum Phase
    {
        Checksum,
        Open,
        Integrity,
        PhaseCount
    };
    static QString phaseName(int phase);

    // What level 3 checks. A backup from the history whose SHA-256 matches a sealed catalog entry
    // (CatalogSeal: only a holder of the key makes one) is the very file Strongroom wrote from a
    // consistent snapshot and checked page by page, with those row counts: UnlessCatalogued takes
    // the entry's word for the pages, the structure and the rows. Any other file (downloaded,
    // copied in by hand, an unsealed or altered entry) gets every page's HMAC and integrity_check.
    enum class Structure
    {
        Always,
        UnlessCatalogued
    };

    // Checks `path` up to level 3, or level 1 without a key. Errors: Integrity (4) for a checksum
    // that differs or a damaged file, WrongKey (3), Unsupported (6) for a file that is no encrypted
    // database.
    // `settings`: the user's cipher settings, tried where no catalog entry names the file's.
    // With `copyTo` (and a key), the one read of the file also writes it there (FileScan): on success
    // that file holds exactly the checked bytes; on failure the caller removes it.
    static Result<BackupInspection> inspect(const QString &path, const KeyMaterial *key,
                                            const WorkProgress &progress,
                                            Structure structure = Structure::Always,
                                            const QString &copyTo = {},
                                            const std::optional<CipherSettings> &settings = std::nullopt);
};

} // namespace strongroom
