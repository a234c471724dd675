#pragma once

#include <QString>

namespace strongroom::ui {

// What a file chosen in the PostgreSQL restore wizard is, told from its first bytes and its
// neighbours before any key is asked for: a set of `pg backup`'s (manifest and checksums beside
// the dump), or a backup made by other tools that PgRestoreJob also reads (age, gpg, Node's
// AES-256-GCM set, plain or compressed SQL, custom-format dumps). The description is translated.
struct PgBackupFormat
{
    enum class Kind
    {
        StrongroomSet,
        Age,
        OpenPgp,
        NodeGcm,
        Plain,
        Unreadable
    };
    Kind kind = Kind::Unreadable;
    bool passphraseKey = false; // age with a passphrase (scrypt) rather than recipients
    QString description;

    bool needsKey() const { return kind != Kind::Plain && kind != Kind::Unreadable; }
    bool hasManifest() const { return kind == Kind::StrongroomSet; }
};

PgBackupFormat detectPgBackupFormat(const QString &path);

} // namespace strongroom::ui
