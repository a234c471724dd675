#include "pgbackup/PgForeignInput.h"

#include "age/AgeErrors.h"
#include "age/CompressionKind.h"
#include "age/NodeGcmSidecar.h"
#include "age/OpenPgpFile.h"
#include "core/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace strongroom::pgbackup {

using age::compressionName;
using age::compressionOf;

Result<std::unique_ptr<PgForeignInput>> openForeignInput(const QString &path, const age::DecryptKeys &keys,
                                                         const QString &stagingFolder,
                                                         const ForeignProgress &progress)
{
    auto input = std::make_unique<PgForeignInput>();
    const std::optional<age::NodeSidecar> sidecar = age::findNodeSidecar(path);
    auto source = std::make_unique<QFile>(path);
    if (!source->open(QIODevice::ReadOnly))
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("PgBackup", "%1: cannot read the file (%2).")
                         .arg(path, source->errorString()));
    const QByteArray start = source->peek(64);
    const bool isAge = age::shapeOf(start) != age::AgeShape::Other;
    const bool isPgp = !isAge && age::looksOpenPgp(start);
    if (sidecar || isAge || isPgp) {
        const QString staged = QDir(stagingFolder).filePath(QStringLiteral("plaintext"));
        const int fd = safefile::openPrivateFile(staged);
        auto out = std::make_unique<QFile>();
        if (fd < 0 || !out->open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle))
            return Error(ExitCode::Failure,
                         QCoreApplication::translate("PgBackup", "Cannot write into the staging folder %1.")
                             .arg(stagingFolder));
        std::optional<Error> error;
        bool cancelled = false;
        if (sidecar) {
            if (!keys.passphrase)
                return Error(ExitCode::Usage,
                             QCoreApplication::translate("PgBackup", "%1 is a Node.js AES-256-GCM "
                                                                     "backup: give its key (64 hex "
                                                                     "characters) with a key option.")
                                 .arg(path));
            auto key = age::nodeKeyFrom(*keys.passphrase);
            if (!key)
                return key.error();
            const age::NodeDecryptOutcome node = age::decryptNodeSidecar(*sidecar, *key, out.get(), progress);
            error = node.error;
            cancelled = node.cancelled;
            input->format = QStringLiteral("node-aes-256-gcm");
            input->authenticated = false;
        } else if (isPgp) {
            const age::OpenPgpOutcome gpg = age::decryptOpenPgp(
                *source, out.get(), keys.passphrase ? &*keys.passphrase : nullptr, progress);
            error = gpg.error;
            cancelled = gpg.cancelled;
            input->format = QStringLiteral("openpgp");
        } else {
            const age::DecryptOutcome decrypted = age::decryptFile(*source, out.get(), keys, progress);
            error = decrypted.error;
            cancelled = decrypted.cancelled;
            input->format = QStringLiteral("age");
        }
        if (error)
            return *error;
        if (cancelled)
            return Error(ExitCode::Cancelled, QString());
        out->close();
        // The staged file was created write-only; it is read through a descriptor of its own.
        source = std::make_unique<QFile>(staged);
        if (!source->open(QIODevice::ReadOnly))
            return Error(ExitCode::Failure, source->errorString());
    } else {
        input->format = QStringLiteral("plain");
    }
    input->size = source->size();
    input->file = std::move(source);
    input->device = input->file.get();
    const KCompressionDevice::CompressionType compression = compressionOf(input->file->peek(8));
    if (compression != KCompressionDevice::None) {
        input->inflater = std::make_unique<KCompressionDevice>(input->file.get(), false, compression);
        if (!input->inflater->open(QIODevice::ReadOnly))
            return Error(ExitCode::Integrity,
                         QCoreApplication::translate("PgBackup", "%1: the %2 content cannot be opened.")
                             .arg(path, compressionName(compression)),
                         QStringLiteral("payload"));
        input->device = input->inflater.get();
        input->format += QLatin1Char('+') + compressionName(compression);
    }
    QByteArray content = input->device->peek(5);
    if (compression == KCompressionDevice::Zstd) {
        // Only the first bytes are read through KArchive, to see what the content is.
        QFile probe(input->file->fileName());
        probe.open(QIODevice::ReadOnly);
        KCompressionDevice peek(&probe, false, compression);
        peek.open(QIODevice::ReadOnly);
        content = peek.read(5);
        input->inflater.reset();
        input->file->seek(0); // the probe above read through it
        input->device = input->file.get();
        input->zstd = true;
    }
    input->customFormat = content == "PGDMP";
    if (!input->customFormat) {
        // SQL text: printable, as pg_dump writes it ("--\n-- PostgreSQL database dump").
        for (const char c : content)
            if (c != '\n' && c != '\r' && c != '\t' && (static_cast<unsigned char>(c) < 0x20))
                return Error(ExitCode::Unsupported,
                             QCoreApplication::translate("PgBackup",
                                                         "%1 holds neither a custom-format dump nor SQL "
                                                         "text (it looks like %2).")
                                 .arg(path, age::describeContent(content)),
                             QStringLiteral("unknown-format"));
    }
    return input;
}

} // namespace strongroom::pgbackup
