#include "age/AgeFileJobs.h"

#include "age/AgeErrors.h"
#include "age/CompressionKind.h"
#include "age/HashingWriter.h"
#include "age/IdentityFile.h"
#include "age/NodeGcmSidecar.h"
#include "age/OpenPgpFile.h"
#include "age/PrivateOutput.h"
#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
#include "core/SafeFile.h"

#include <KCompressionDevice>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <unistd.h>

namespace strongroom::age {

namespace {

QString displayName(const QString &path)
{
    return path == QLatin1String("-") ? QCoreApplication::translate("AgeFormat", "standard input")
                                      : QFileInfo(path).fileName();
}

Result<std::unique_ptr<QFile>> openInput(const QString &path)
{
    auto file = std::make_unique<QFile>();
    const bool ok = path == QLatin1String("-") ? file->open(STDIN_FILENO, QIODevice::ReadOnly)
                                               : (file->setFileName(path), file->open(QIODevice::ReadOnly));
    if (!ok)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("AgeFormat", "%1: cannot read the file (%2). "
                                                              "Check that it exists and that you "
                                                              "may read it.")
                         .arg(path, file->errorString()));
    return file;
}

qint64 sizeOf(const QString &input)
{
    return input == QLatin1String("-") ? 0 : QFileInfo(input).size();
}

void audit(const AuditLog &log, const QString &action, const QString &target, const QString &outcome,
           const QJsonObject &details)
{
    log.append(action, target == QLatin1String("-") ? target : QFileInfo(target).absoluteFilePath(), outcome,
               details);
}

} // namespace

QString EncryptFileJob::title() const
{
    return QCoreApplication::translate("AgeFormat", "Encrypt %1").arg(displayName(m_request.input));
}

QList<JobStep> EncryptFileJob::steps() const
{
    return {JobStep{QCoreApplication::translate("AgeFormat", "Encrypt"), false}};
}

std::optional<Error> EncryptFileJob::encrypt(JobContext &context, qint64 &bytes)
{
    auto in = openInput(m_request.input);
    if (!in)
        return in.error();
    context.startStep(0, sizeOf(m_request.input), ProgressUnit::Bytes);
    const EncryptRequest &age = m_request.age;
    if (m_request.output.kind == AgeOutput::Kind::StandardOutput) {
        QFile out;
        out.open(STDOUT_FILENO, QIODevice::WriteOnly);
        auto result = encryptFile(**in, out, age, workProgress(context));
        if (!result)
            return result.error();
        bytes = result->plaintextBytes;
        return std::nullopt;
    }
    const QString sidecar = m_request.output.path + QStringLiteral(".sha256");
    if (m_request.checksumSidecar && QFileInfo::exists(sidecar))
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("AgeFormat", "%1 already exists; choose another "
                                                              "output name (nothing is overwritten).")
                         .arg(sidecar));
    QString tempPath;
    auto out = createPrivateTemp(m_request.output.path, QStringLiteral("age-encrypt"), tempPath);
    if (!out)
        return out.error();
    safefile::TempGuard guard(tempPath);
    // The checksum is of the bytes as they are written, so the sidecar needs no second read.
    std::optional<HashingWriter> hashed;
    if (m_request.checksumSidecar)
        hashed.emplace(**out);
    QIODevice &target = hashed ? static_cast<QIODevice &>(*hashed) : **out;
    auto result = encryptFile(**in, target, age, workProgress(context));
    if (!result)
        return result.error();
    if (result->cancelled)
        return std::nullopt;
    bytes = result->plaintextBytes;
    if (Status done = finishPrivateTemp(**out, tempPath, m_request.output.path); !done)
        return done.error();
    guard.keep();
    if (m_request.checksumSidecar) {
        m_sha256 = hashed->hex();
        const QByteArray line =
            m_sha256.toLatin1() + "  " + QFileInfo(m_request.output.path).fileName().toUtf8() + '\n';
        if (Status written =
                safefile::writeFileAtomically(sidecar, line, QStringLiteral("age-sha256"),
                                              QCoreApplication::translate("AgeFileJobs", "checksum file"));
            !written)
            return written.error();
    }
    return std::nullopt;
}

void EncryptFileJob::run(JobContext &context)
{
    qint64 bytes = 0;
    const QString action =
        m_request.checksumSidecar ? QStringLiteral("backup.export") : QStringLiteral("file.encrypt");
    const std::optional<Error> error = encrypt(context, bytes);
    const QString output =
        m_request.output.kind == AgeOutput::Kind::File ? m_request.output.path : QStringLiteral("-");
    QJsonObject data{{QStringLiteral("input"), m_request.input},
                     {QStringLiteral("output"), output},
                     {QStringLiteral("bytes"), bytes},
                     {QStringLiteral("recipients"),
                      int(m_request.age.recipients.size() + m_request.age.hybridRecipients.size())},
                     {QStringLiteral("passphrase"), m_request.age.passphrase.has_value()},
                     {QStringLiteral("armor"), m_request.age.armor}};
    if (m_request.checksumSidecar) {
        data.insert(QStringLiteral("sha256"), m_sha256);
        data.insert(QStringLiteral("checksumFile"), QString(output + QStringLiteral(".sha256")));
    }
    if (error) {
        context.fail(*error);
        audit(context.audit(), action, m_request.input, QStringLiteral("failed"),
              QJsonObject{{QStringLiteral("error"), error->toJson()}});
        return;
    }
    if (context.isCancelled()) {
        audit(context.audit(), action, m_request.input, QStringLiteral("cancelled"), {});
        return;
    }
    context.setData(data);
    context.setOverview(QCoreApplication::translate("AgeFormat", "%1 encrypted to %2 (%3 bytes).")
                            .arg(m_request.input, output)
                            .arg(bytes));
    audit(context.audit(), action, m_request.input, QStringLiteral("succeeded"), data);
}

QString DecryptFileJob::title() const
{
    return verifyOnly()
               ? QCoreApplication::translate("AgeFormat", "Verify %1").arg(displayName(m_request.input))
               : QCoreApplication::translate("AgeFormat", "Decrypt %1").arg(displayName(m_request.input));
}

QList<JobStep> DecryptFileJob::steps() const
{
    return {JobStep{QCoreApplication::translate("AgeFormat", "Read the identities"), false},
            JobStep{verifyOnly() ? QCoreApplication::translate("AgeFormat", "Authenticate every chunk")
                                 : QCoreApplication::translate("AgeFormat", "Decrypt"),
                    false}};
}

std::optional<Error> DecryptFileJob::decrypt(JobContext &context, DecryptOutcome &outcome)
{
    context.startStep(0);
    DecryptKeys keys;
    keys.identities = m_request.identities;
    keys.passphrase = m_request.passphrase;
    for (const QString &path : m_request.identityFiles) {
        auto identities = readIdentitySet(path, m_request.passphrase ? &*m_request.passphrase : nullptr);
        if (!identities)
            return identities.error();
        keys.identities.append(identities->x25519);
        keys.hybridIdentities.append(identities->hybrid);
    }
    // A Node.js AES-GCM backup is recognised by its .iv and .sha256 files; everything else must be age.
    std::function<DecryptOutcome(QIODevice *)> decryptTo;
    std::unique_ptr<QFile> in;
    qint64 total = sizeOf(m_request.input);
    const std::optional<NodeSidecar> sidecar = findNodeSidecar(m_request.input);
    std::optional<SymmetricKey> nodeKey;
    if (sidecar) {
        if (!m_request.passphrase)
            return Error(ExitCode::Usage,
                         QCoreApplication::translate("AgeFormat", "%1 is a Node.js AES-256-GCM "
                                                                  "backup: give its key (64 hex "
                                                                  "characters) with a key option.")
                             .arg(m_request.input));
        auto key = nodeKeyFrom(*m_request.passphrase);
        if (!key)
            return key.error();
        nodeKey = *key;
        total *= 2; // hashed, then decrypted
        m_format = QStringLiteral("node-aes-256-gcm");
        decryptTo = [&](QIODevice *out) {
            const NodeDecryptOutcome node =
                decryptNodeSidecar(*sidecar, *nodeKey, out, workProgress(context));
            DecryptOutcome result;
            result.error = node.error;
            result.cancelled = node.cancelled;
            result.released = node.released;
            result.openedBy = QCoreApplication::translate("AgeFileJobs", "aes-256-gcm key");
            m_gzipInside = node.gzipInside;
            return result;
        };
    } else {
        auto opened = openInput(m_request.input);
        if (!opened)
            return opened.error();
        in = std::move(*opened);
        const QByteArray start = in->peek(64);
        if (looksOpenPgp(start)) {
            m_format = QStringLiteral("openpgp");
            decryptTo = [&](QIODevice *out) {
                const KeyMaterial *passphrase = m_request.passphrase ? &*m_request.passphrase : nullptr;
                const OpenPgpOutcome gpg = decryptOpenPgp(*in, out, passphrase, workProgress(context));
                DecryptOutcome result;
                result.error = gpg.error;
                result.cancelled = gpg.cancelled;
                result.released = gpg.released;
                result.openedBy = gpg.symmetric ? QCoreApplication::translate("AgeFileJobs", "gpg passphrase")
                                                : QCoreApplication::translate("AgeFileJobs", "gpg keyring");
                return result;
            };
        } else {
            decryptTo = [&](QIODevice *out) { return decryptFile(*in, out, keys, workProgress(context)); };
        }
    }
    context.startStep(1, total, ProgressUnit::Bytes);
    // With --decompress the plaintext is staged in a private temp first, then inflated (gzip, zstd,
    // xz) or passed on as it is, through the same outputs as below.
    std::unique_ptr<QTemporaryFile> staged;
    std::unique_ptr<KCompressionDevice> inflater;
    if (m_request.decompress) {
        const QString folder = m_request.output.kind == AgeOutput::Kind::File
                                   ? QFileInfo(m_request.output.path).absolutePath()
                                   : QDir::tempPath();
        staged = std::make_unique<QTemporaryFile>(folder +
                                                  QStringLiteral("/.strongroom-tmp-age-decompress-XXXXXX"));
        if (!staged->open())
            return Error(ExitCode::Failure,
                         QCoreApplication::translate("AgeFormat", "%1: cannot create the output "
                                                                  "(%2).")
                             .arg(folder, staged->errorString()));
        const DecryptOutcome decrypted = decryptTo(staged.get());
        if (decrypted.error || decrypted.cancelled) {
            outcome = decrypted;
            return outcome.error;
        }
        if (!staged->flush() || !staged->seek(0))
            return Error(ExitCode::Failure, staged->errorString());
        m_compression = compressionOf(staged->peek(8));
        QIODevice *source = staged.get();
        if (m_compression != KCompressionDevice::None) {
            inflater = std::make_unique<KCompressionDevice>(staged.get(), false, m_compression);
            if (!inflater->open(QIODevice::ReadOnly))
                return ageError(AgeFailure::Payload,
                                QCoreApplication::translate("AgeFormat", "The compressed content "
                                                                         "cannot be opened."));
            source = inflater.get();
        }
        const QString openedBy = decrypted.openedBy;
        KCompressionDevice *inflating = inflater.get();
        decryptTo = [&context, source, inflating, openedBy](QIODevice *out) {
            DecryptOutcome result;
            result.openedBy = openedBy;
            QByteArray buffer(1 << 20, Qt::Uninitialized);
            while (true) {
                if (context.isCancelled()) {
                    result.cancelled = true;
                    break;
                }
                const qint64 n = source->read(buffer.data(), buffer.size());
                if (n < 0 || (n == 0 && inflating && inflating->error() != QFileDevice::NoError)) {
                    result.error =
                        ageError(AgeFailure::Payload,
                                 QCoreApplication::translate("AgeFormat", "The compressed content inside "
                                                                          "is damaged or truncated: %1.")
                                     .arg(source->errorString()));
                    break;
                }
                if (n == 0)
                    break;
                if (out && out->write(buffer.constData(), n) != n) {
                    result.error =
                        ageError(AgeFailure::Io, QCoreApplication::translate("AgeFormat", "Writing the "
                                                                                          "output failed: "
                                                                                          "%1.")
                                                     .arg(out->errorString()));
                    break;
                }
                result.released += n;
            }
            wipeBytes(buffer.data(), std::size_t(buffer.size()));
            return result;
        };
    }
    switch (m_request.output.kind) {
    case AgeOutput::Kind::None:
        outcome = decryptTo(nullptr);
        return outcome.error;
    case AgeOutput::Kind::StandardOutput: {
        QFile out;
        out.open(STDOUT_FILENO, QIODevice::WriteOnly);
        outcome = decryptTo(&out);
        out.flush();
        if (outcome.error && outcome.released > 0) {
            Error error = *outcome.error;
            error.message +=
                QLatin1Char(' ') + QCoreApplication::translate("AgeFormat", "The output is incomplete: "
                                                                            "%1 bytes were written to "
                                                                            "standard output before the "
                                                                            "failure; do not use them.")
                                       .arg(outcome.released);
            return error;
        }
        return outcome.error;
    }
    case AgeOutput::Kind::File:
        break;
    }
    QString tempPath;
    auto out = createPrivateTemp(m_request.output.path, QStringLiteral("age-decrypt"), tempPath);
    if (!out)
        return out.error();
    safefile::TempGuard guard(tempPath);
    outcome = decryptTo(out->get());
    if (outcome.error || outcome.cancelled)
        return outcome.error;
    if (Status done = finishPrivateTemp(**out, tempPath, m_request.output.path); !done)
        return done.error();
    guard.keep();
    return std::nullopt;
}

void DecryptFileJob::run(JobContext &context)
{
    DecryptOutcome outcome;
    const std::optional<Error> error = decrypt(context, outcome);
    const QString action = verifyOnly() ? QStringLiteral("file.verify") : QStringLiteral("file.decrypt");
    const QString output = m_request.output.kind == AgeOutput::Kind::File             ? m_request.output.path
                           : m_request.output.kind == AgeOutput::Kind::StandardOutput ? QStringLiteral("-")
                                                                                      : QString();
    if (error) {
        context.fail(*error);
        QJsonObject details{{QStringLiteral("error"), error->toJson()}};
        if (m_request.output.kind == AgeOutput::Kind::StandardOutput)
            details.insert(QStringLiteral("released"), outcome.released);
        context.setData(details);
        audit(context.audit(), action, m_request.input, QStringLiteral("failed"), details);
        return;
    }
    if (context.isCancelled() || outcome.cancelled) {
        audit(context.audit(), action, m_request.input, QStringLiteral("cancelled"), {});
        return;
    }
    const QJsonObject data{{QStringLiteral("format"), m_format},
                           {QStringLiteral("authenticated"), m_format != QLatin1String("node-aes-256-gcm")},
                           {QStringLiteral("gzipInside"), m_gzipInside},
                           {QStringLiteral("decompressed"), compressionName(m_compression)},
                           {QStringLiteral("input"), m_request.input},
                           {QStringLiteral("output"), output},
                           {QStringLiteral("bytes"), outcome.released},
                           {QStringLiteral("armored"), outcome.armored},
                           {QStringLiteral("openedBy"), outcome.openedBy},
                           {QStringLiteral("verified"), true}};
    context.setData(data);
    if (m_format == QLatin1String("node-aes-256-gcm"))
        context.addDetail(QCoreApplication::translate("AgeFormat",
                                                      "The content's authenticity cannot be proven: the "
                                                      "program that wrote this backup stored no GCM tag. "
                                                      "Only its .sha256 checksum was checked, and it "
                                                      "matches."));
    if (m_gzipInside && !m_request.decompress)
        context.addDetail(
            QCoreApplication::translate("AgeFormat", "The content is gzip-compressed (gunzip it)."));
    context.setOverview(verifyOnly()
                            ? QCoreApplication::translate("AgeFormat", "%1: every chunk authenticates "
                                                                       "(%2 bytes of plaintext).")
                                  .arg(m_request.input)
                                  .arg(outcome.released)
                            : QCoreApplication::translate("AgeFormat", "%1 decrypted to %2 (%3 bytes).")
                                  .arg(m_request.input, output)
                                  .arg(outcome.released));
    audit(context.audit(), action, m_request.input, QStringLiteral("succeeded"), data);
}

} // namespace strongroom::age
