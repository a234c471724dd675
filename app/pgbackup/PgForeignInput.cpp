#include "pgbackup/PgForeignInput.h"

#include "age/AgeErrors.h"
#include "age/CompressionKind.h"
#include "age/NodeGcmSidecar.h"
#include "age/OpenPgpFile.h"
#include "core/SafeFile.h"
#include "pgbackup/ZstdPushDecompressor.h"

#include <KTar>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QtEndian>

namespace strongroom::pgbackup {

using age::compressionName;
using age::compressionOf;

qint64 PgForeignInput::position() const
{
    return stream ? stream->bytesRead() : (file ? file->pos() : 0);
}

Status PgForeignInput::finish(const WorkProgress &work)
{
    // The rest inflated to nowhere: gzip's CRC and xz's check are at the end.
    bool inflaterFailed = false;
    if (inflater) {
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        qint64 n = 0;
        while (!work.cancelled() && (n = device->read(buffer.data(), buffer.size())) > 0) {
        }
        inflaterFailed = n < 0 || inflater->error() != QFileDevice::NoError;
        // gzip's trailer ends with the length modulo 2^32; a stream cut short ends elsewhere.
        if (gzip && !inflaterFailed) {
            const QByteArray trailer = compressedTap->tail();
            const quint32 length =
                trailer.size() == 8 ? qFromLittleEndian<quint32>(trailer.constData() + 4) : 0;
            inflaterFailed = trailer.size() != 8 || length != quint32(inflatedTap->count());
        }
    }
    if (stream)
        if (std::optional<Error> verdict = stream->drainAndFinish())
            return *verdict;
    // A stream stopped by its cancel ends without the decryptor's verdict: what was read says nothing.
    if (work.cancelled() || (stream && stream->wasCancelled()))
        return Cancelled{};
    if (inflaterFailed)
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate("PgBackup", "%1: the compressed content is damaged or "
                                                             "truncated; the restore was rolled back.")
                         .arg(path),
                     QStringLiteral("payload"));
    return Status::success();
}

namespace {

enum class Encryption
{
    None,
    Age,
    OpenPgp,
    Node
};

// Decrypts `path` into `out`; a cancel heard through `progress` stops it (then no error is returned).
std::optional<Error> decryptInto(Encryption kind, const QString &path, const age::DecryptKeys &keys,
                                 const std::optional<age::NodeSidecar> &sidecar,
                                 const std::optional<age::SymmetricKey> &nodeKey, QIODevice &out,
                                 const WorkProgress &progress)
{
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("PgBackup", "%1: cannot read the file (%2).")
                         .arg(path, source.errorString()));
    switch (kind) {
    case Encryption::Node:
        return age::decryptNodeSidecar(*sidecar, *nodeKey, &out, progress).error;
    case Encryption::OpenPgp:
        return age::decryptOpenPgp(source, &out, keys.passphrase ? &*keys.passphrase : nullptr, progress)
            .error;
    case Encryption::Age:
        return age::decryptFile(source, &out, keys, progress).error;
    case Encryption::None:
        break;
    }
    return std::nullopt;
}

QString formatName(Encryption kind)
{
    switch (kind) {
    case Encryption::Node:
        return QStringLiteral("node-aes-256-gcm");
    case Encryption::OpenPgp:
        return QStringLiteral("openpgp");
    case Encryption::Age:
        return QStringLiteral("age");
    case Encryption::None:
        break;
    }
    return QStringLiteral("plain");
}

// The first bytes the start of `compressed` inflates to, read from a copy: the input itself may be
// a stream that cannot go back.
QByteArray inflatedStart(const QByteArray &compressed, KCompressionDevice::CompressionType compression)
{
    if (compression == KCompressionDevice::Zstd) {
        QBuffer plain;
        plain.open(QIODevice::WriteOnly);
        ZstdPushDecompressor probe(plain);
        probe.write(compressed);
        return plain.data().left(512);
    }
    QBuffer head;
    head.setData(compressed);
    head.open(QIODevice::ReadOnly);
    KCompressionDevice probe(&head, false, compression);
    if (!probe.open(QIODevice::ReadOnly))
        return {};
    return probe.read(512);
}

} // namespace

Result<std::unique_ptr<PgForeignInput>> openForeignInput(const QString &path, const age::DecryptKeys &keys,
                                                         const QString &stagingFolder,
                                                         const WorkProgress &progress, bool stream,
                                                         bool readThrough)
{
    auto input = std::make_unique<PgForeignInput>();
    input->path = path;
    const std::optional<age::NodeSidecar> sidecar = age::findNodeSidecar(path);
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("PgBackup", "%1: cannot read the file (%2).")
                         .arg(path, file->errorString()));
    input->size = file->size();
    const QByteArray start = file->peek(64);
    Encryption kind = Encryption::None;
    if (sidecar)
        kind = Encryption::Node;
    else if (age::shapeOf(start) != age::AgeShape::Other)
        kind = Encryption::Age;
    else if (age::looksOpenPgp(start))
        kind = Encryption::OpenPgp;
    input->format = formatName(kind);
    input->authenticated = kind != Encryption::Node;

    std::optional<age::SymmetricKey> nodeKey;
    if (kind == Encryption::Node) {
        if (!keys.passphrase)
            return Error(ExitCode::Usage,
                         QCoreApplication::translate("PgBackup", "%1 is a Node.js AES-256-GCM "
                                                                 "backup: give its key (64 hex "
                                                                 "characters) with a key option.")
                             .arg(path));
        auto key = age::nodeKeyFrom(*keys.passphrase);
        if (!key)
            return key.error();
        nodeKey = *key;
    }
    if (kind != Encryption::None && stream) {
        file.reset();
        // The decryptor runs beside the restore and must not call back into the job: it hears only
        // the stream's own stop.
        input->stream = std::make_unique<DecryptingStream>(
            [kind, path, keys, sidecar, nodeKey](QIODevice &out, const std::function<bool()> &stopped) {
                return decryptInto(kind, path, keys, sidecar, nodeKey, out,
                                   WorkProgress::cancelledWhen(stopped));
            },
            [progress] { return progress.cancelled(); });
        input->source = input->stream.get();
    } else if (kind != Encryption::None) {
        file.reset();
        const QString staged = QDir(stagingFolder).filePath(QStringLiteral("plaintext"));
        const int fd = safefile::openPrivateFile(staged);
        QFile out;
        if (fd < 0 || !out.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle))
            return Error(ExitCode::Failure,
                         QCoreApplication::translate("PgBackup", "Cannot write into the staging folder %1.")
                             .arg(stagingFolder));
        if (std::optional<Error> error = decryptInto(kind, path, keys, sidecar, nodeKey, out, progress))
            return *error;
        if (!progress.keepGoing(0))
            return Cancelled{};
        out.close();
        // The staged file was created write-only; it is read through a descriptor of its own.
        input->file = std::make_unique<QFile>(staged);
        if (!input->file->open(QIODevice::ReadOnly))
            return Error(ExitCode::Failure, input->file->errorString());
        input->source = input->file.get();
    } else {
        input->file = std::move(file);
        input->source = input->file.get();
    }

    // What is inside: a streamed decryptor that ends before the first bytes failed (a wrong key, a
    // checksum that does not match): its error, before the target is touched.
    const QByteArray head = input->source->peek(256 << 10);
    if (input->stream && head.size() < 8) {
        if (input->stream->wasCancelled())
            return Cancelled{};
        if (std::optional<Error> error = input->stream->finish())
            return *error;
    }
    const KCompressionDevice::CompressionType compression = compressionOf(head.left(8));
    // The first 512 bytes of the content: enough to tell SQL text from anything else.
    QByteArray content = head.left(512);
    if (compression != KCompressionDevice::None)
        content = inflatedStart(head, compression);
    if (compression == KCompressionDevice::Zstd) {
        input->zstd = true;
        input->device = input->source;
        input->format += QLatin1Char('+') + compressionName(compression);
    } else if (compression != KCompressionDevice::None) {
        input->compressedTap = std::make_unique<ReadTap>(*input->source);
        input->inflater =
            std::make_unique<KCompressionDevice>(input->compressedTap.get(), false, compression);
        input->gzip = compression == KCompressionDevice::GZip;
        if (!input->inflater->open(QIODevice::ReadOnly))
            return Error(ExitCode::Integrity,
                         QCoreApplication::translate("PgBackup", "%1: the %2 content cannot be opened.")
                             .arg(path, compressionName(compression)),
                         QStringLiteral("payload"));
        input->inflatedTap = std::make_unique<ReadTap>(*input->inflater);
        input->device = input->inflatedTap.get();
        input->format += QLatin1Char('+') + compressionName(compression);
    } else {
        input->device = input->source;
    }
    // A tar archive (of a directory-format dump, pg_dump -Fd): restored from an extracted copy.
    const QByteArray tarHeader =
        compression != KCompressionDevice::None ? inflatedStart(head, compression) : head;
    if (tarHeader.size() >= 262 && tarHeader.mid(257, 5) == "ustar") {
        if (readThrough) {
            input->tar = true;
            input->format =
                formatName(kind) + QStringLiteral("+tar") +
                (compression != KCompressionDevice::None ? QLatin1Char('+') + compressionName(compression)
                                                         : QString());
            input->customFormat = true;
            return input;
        }
        if (input->stream)
            return tarNeedsStaging(path);
        input->tarArchive = input->file->fileName();
        input->inflatedTap.reset();
        input->inflater.reset();
        input->compressedTap.reset();
        input->zstd = false;
        input->gzip = false;
        input->device = input->source;
        if (compression != KCompressionDevice::None)
            input->format.chop(compressionName(compression).size() + 1);
        input->format += QStringLiteral("+tar") + (compression != KCompressionDevice::None
                                                       ? QLatin1Char('+') + compressionName(compression)
                                                       : QString());
        input->customFormat = true;
        return input;
    }
    input->customFormat = content.startsWith("PGDMP");
    if (!input->customFormat) {
        // SQL text: printable, as pg_dump writes it ("--\n-- PostgreSQL database dump").
        for (const char c : content)
            if (c != '\n' && c != '\r' && c != '\t' && (static_cast<unsigned char>(c) < 0x20)) {
                // A Node set stores no tag: its checksum held, so content that is no dump means the key
                // does not fit.
                if (kind == Encryption::Node)
                    return Error(ExitCode::WrongKey,
                                 QCoreApplication::translate("PgForeignInput",
                                                             "%1: its checksum holds, but what the key "
                                                             "decrypts is neither a dump nor SQL text: the "
                                                             "key is wrong.")
                                     .arg(path),
                                 QStringLiteral("wrong-key"));
                return Error(ExitCode::Unsupported,
                             QCoreApplication::translate("PgBackup",
                                                         "%1 holds neither a custom-format dump nor SQL "
                                                         "text (it looks like %2).")
                                 .arg(path, age::describeContent(content.left(16))),
                             QStringLiteral("unknown-format"));
            }
    }
    return input;
}

Error tarNeedsStaging(const QString &path)
{
    return Error(ExitCode::Usage,
                 QCoreApplication::translate("PgForeignInput",
                                             "%1 holds a tar archive, which must be extracted to "
                                             "disk to be restored: with --jobs 2 or more its "
                                             "plaintext goes into the private staging folder "
                                             "(removed afterwards); --jobs 1 keeps plaintext off "
                                             "the disk and cannot restore it.")
                     .arg(path),
                 QStringLiteral("needs-staging"));
}

Result<QString> extractDirectoryDump(const QString &archive, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Error(
            ExitCode::Failure,
            QCoreApplication::translate("PgBackup", "Cannot write into the staging folder %1.").arg(folder));
    // A compressed archive is inflated here first: KTar would inflate it into a file of its own in
    // the temporary folder, outside the private staging folder.
    QString plainTar = archive;
    QFile compressed(archive);
    if (!compressed.open(QIODevice::ReadOnly))
        return Error(ExitCode::Failure, compressed.errorString());
    const KCompressionDevice::CompressionType compression = compressionOf(compressed.peek(8));
    if (compression != KCompressionDevice::None) {
        plainTar = QDir(folder).filePath(QStringLiteral("archive.tar"));
        const int fd = safefile::openPrivateFile(plainTar);
        QFile out;
        KCompressionDevice inflater(&compressed, false, compression);
        if (fd < 0 || !out.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle) ||
            !inflater.open(QIODevice::ReadOnly))
            return Error(ExitCode::Failure,
                         QCoreApplication::translate("PgBackup", "Cannot write into the staging folder %1.")
                             .arg(folder));
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        qint64 n = 0;
        while ((n = inflater.read(buffer.data(), buffer.size())) > 0)
            if (out.write(buffer.constData(), n) != n)
                return Error(ExitCode::Failure, out.errorString());
        if (n < 0 || inflater.error() != QFileDevice::NoError)
            return Error(ExitCode::Integrity,
                         QCoreApplication::translate("PgForeignInput",
                                                     "%1: the tar archive cannot be extracted; it "
                                                     "may be damaged or truncated.")
                             .arg(archive),
                         QStringLiteral("payload"));
    }
    const auto removePlainTar = qScopeGuard([&] {
        if (plainTar != archive)
            QFile::remove(plainTar);
    });
    KTar tar(plainTar);
    if (!tar.open(QIODevice::ReadOnly))
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate("PgForeignInput", "%1: the tar archive cannot be read (%2).")
                         .arg(archive, tar.errorString()),
                     QStringLiteral("payload"));
    const QString dumpFolder = QDir(folder).filePath(QStringLiteral("dump"));
    if (!QDir().mkpath(dumpFolder) || !tar.directory()->copyTo(dumpFolder, true))
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate("PgForeignInput",
                                                 "%1: the tar archive cannot be extracted; it "
                                                 "may be damaged or truncated.")
                         .arg(archive),
                     QStringLiteral("payload"));
    QStringList candidates{dumpFolder};
    for (const QString &name : QDir(dumpFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        candidates.append(QDir(dumpFolder).filePath(name));
    for (const QString &candidate : std::as_const(candidates))
        if (QFileInfo(QDir(candidate).filePath(QStringLiteral("toc.dat"))).isFile())
            return candidate;
    return Error(ExitCode::Unsupported,
                 QCoreApplication::translate("PgForeignInput",
                                             "%1 is a tar archive without a directory-format "
                                             "dump (no toc.dat).")
                     .arg(archive),
                 QStringLiteral("unknown-format"));
}

} // namespace strongroom::pgbackup
