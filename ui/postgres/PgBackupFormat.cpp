#include "postgres/PgBackupFormat.h"

#include "age/AgeFile.h"
#include "age/AgeHeader.h"
#include "age/CompressionKind.h"
#include "age/NodeGcmSidecar.h"
#include "age/OpenPgpFile.h"
#include "pgbackup/PgBackupManifest.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace strongroom::ui {

namespace {

// Whether a binary age file is sealed with a passphrase (its one stanza is scrypt).
bool ageWithPassphrase(QFile &file)
{
    const Result<age::Header> header = age::readHeader(file);
    return header && !header->stanzas.isEmpty() && header->stanzas.first().type() == "scrypt";
}

} // namespace

PgBackupFormat detectPgBackupFormat(const QString &path)
{
    PgBackupFormat format;
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        format.description = QCoreApplication::translate("PgBackupFormat", "The file cannot be read.");
        return format;
    }
    const QByteArray start = file.peek(64);
    const age::AgeShape shape = age::shapeOf(start);
    if (const auto set = pgbackup::PgBackupFiles::ofDump(path);
        set && QFileInfo::exists(set->manifest()) && QFileInfo::exists(set->checksums())) {
        format.kind = PgBackupFormat::Kind::StrongroomSet;
        format.passphraseKey = shape == age::AgeShape::Binary && ageWithPassphrase(file);
        format.description = QCoreApplication::translate(
            "PgBackupFormat",
            "A Strongroom PostgreSQL backup: an age-encrypted, zstd-compressed custom-format "
            "dump with its encrypted manifest (row counts of every table) and checksums.");
    } else if (age::findNodeSidecar(path)) {
        format.kind = PgBackupFormat::Kind::NodeGcm;
        format.description = QCoreApplication::translate(
            "PgBackupFormat",
            "A Node.js AES-256-GCM backup (.enc with .iv and .sha256 beside it). Its key is 64 "
            "hexadecimal characters. Node did not store the authentication tag: only the "
            "checksum proves the file is the one written.");
    } else if (shape != age::AgeShape::Other) {
        format.kind = PgBackupFormat::Kind::Age;
        format.passphraseKey = shape == age::AgeShape::Binary && ageWithPassphrase(file);
        format.description = QCoreApplication::translate(
            "PgBackupFormat", "An age-encrypted dump without a Strongroom manifest.");
    } else if (age::looksOpenPgp(start)) {
        format.kind = PgBackupFormat::Kind::OpenPgp;
        format.passphraseKey = true;
        format.description = QCoreApplication::translate(
            "PgBackupFormat",
            "An OpenPGP (gpg) encrypted dump, for example pg_dump | gzip | gpg --symmetric.");
    } else {
        format.kind = PgBackupFormat::Kind::Plain;
        const QString compression = age::compressionName(age::compressionOf(start));
        if (!compression.isEmpty())
            format.description =
                QCoreApplication::translate("PgBackupFormat", "An unencrypted %1-compressed dump.")
                    .arg(compression);
        else if (start.startsWith("PGDMP"))
            format.description = QCoreApplication::translate(
                "PgBackupFormat", "An unencrypted custom-format dump (pg_dump -Fc).");
        else
            format.description = QCoreApplication::translate(
                "PgBackupFormat", "An unencrypted SQL dump, restored with psql in one transaction.");
    }
    return format;
}

} // namespace strongroom::ui
