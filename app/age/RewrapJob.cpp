#include "age/RewrapJob.h"

#include "age/AgeArmor.h"
#include "age/AgeErrors.h"
#include "age/PrivateOutput.h"
#include "core/AuditLog.h"
#include "core/FileCopy.h"
#include "core/JobContext.h"
#include "core/SafeFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <unistd.h>

namespace strongroom::age {

namespace {

Error rewrapIo(const QString &file, const QString &why)
{
    return ageError(AgeFailure::Io,
                    QCoreApplication::translate("AgeFormat", "%1: rewrapping failed: %2.").arg(file, why));
}

} // namespace

QString RewrapJob::title() const
{
    return QCoreApplication::translate("AgeFormat", "Rewrap %n age file(s)", nullptr,
                                       int(m_request.files.size()));
}

QList<JobStep> RewrapJob::steps() const
{
    QList<JobStep> steps;
    for (const QString &file : m_request.files)
        steps.append(JobStep{QFileInfo(file).fileName(), true});
    return steps;
}

Result<FileKey> RewrapJob::openHeader(QIODevice &source, const QString &file) const
{
    Result<Header> header = readHeader(source);
    if (!header)
        return header.error();
    Result<FileKey> fileKey = unwrapFileKey(*header, m_request.oldKeys);
    if (!fileKey)
        return fileKey.error();
    if (!verifyHeaderMac(*header, *fileKey))
        return ageError(AgeFailure::HeaderMac,
                        QCoreApplication::translate("AgeFormat", "%1: the header's MAC does "
                                                                 "not match.")
                            .arg(file));
    return fileKey;
}

QByteArray RewrapJob::newHeader(const FileKey &fileKey) const
{
    QList<Stanza> stanzas;
    for (const HybridRecipient &recipient : m_request.newHybridRecipients)
        stanzas.append(recipient.wrap(fileKey));
    for (const X25519Recipient &recipient : m_request.newRecipients)
        stanzas.append(recipient.wrap(fileKey));
    return encodeHeader(stanzas, computeHeaderMac(fileKey, encodeHeaderWithoutMac(stanzas)));
}

Result<QString> RewrapJob::rewrap(const QString &file)
{
    QFile original(file);
    if (!original.open(QIODevice::ReadOnly))
        return rewrapIo(file, original.errorString());
    const AgeShape shape = shapeOf(original.peek(1024));
    if (shape == AgeShape::Other)
        return ageError(AgeFailure::NotAgeFile,
                        QCoreApplication::translate("AgeFormat", "%1 is not an age file.").arg(file));

    // The temp takes the original's mode: a rewrapped backup is readable by whoever could read it.
    const QString tempPath =
        safefile::tempPathFor(QFileInfo(file).absoluteFilePath(), QStringLiteral("age-rewrap"));
    QFile temp(tempPath);
    if (!temp.open(QIODevice::WriteOnly | QIODevice::NewOnly, original.permissions()))
        return rewrapIo(file, temp.errorString());
    safefile::TempGuard guard(tempPath);
    const std::optional<Error> written =
        shape == AgeShape::Armored ? writeArmored(original, temp, file) : writeBinary(original, temp, file);
    if (written)
        return *written;
    temp.close();
    if (Status synced = safefile::fsyncFile(tempPath); !synced)
        return synced.error();

    const QString kept = safefile::keptOriginalPath(file, QStringLiteral("rewrap"));
    if (safefile::linkOriginal(file, kept) != safefile::LinkOutcome::Linked)
        return rewrapIo(file,
                        QCoreApplication::translate("AgeFormat", "cannot keep the original as %1").arg(kept));
    if (Status replaced = safefile::atomicReplace(tempPath, file); !replaced) {
        QFile::remove(kept);
        return replaced.error();
    }
    guard.keep();
    return kept;
}

std::optional<Error> RewrapJob::writeBinary(QFile &original, QFile &temp, const QString &file)
{
    Result<FileKey> fileKey = openHeader(original, file);
    if (!fileKey)
        return fileKey.error();
    const qint64 payloadOffset = original.pos();
    const qint64 payloadSize = original.size() - payloadOffset;
    const QByteArray header = newHeader(*fileKey);
    if (temp.write(header) != header.size() || !temp.flush() ||
        filecopy::copyRange(original.handle(), payloadOffset, temp.handle(), -1, payloadSize) != payloadSize)
        return rewrapIo(file, QCoreApplication::translate("AgeFormat", "cannot write the new file"));

    // Check the temp as a reader would before it replaces anything.
    QFile check(temp.fileName());
    if (!check.open(QIODevice::ReadOnly))
        return rewrapIo(file, check.errorString());
    Result<Header> reread = readHeader(check);
    if (!reread || !verifyHeaderMac(*reread, *fileKey) || check.size() - check.pos() != payloadSize)
        return rewrapIo(file, QCoreApplication::translate("AgeFormat", "the new file does not read back"));
    if (Status ends = PayloadStream::checkEnds(check, payloadSize, *fileKey); !ends)
        return ends.error();
    return std::nullopt;
}

// An armored file is armored again: its payload bytes (nonce and sealed chunks) are decoded and
// encoded unchanged behind the new header, but the armor's lines all move, so the whole file is
// rewritten (no decryption is needed for that) and then read back and authenticated chunk by chunk.
std::optional<Error> RewrapJob::writeArmored(QFile &original, QFile &temp, const QString &file)
{
    ArmorReader armor(original);
    const auto armorFailure = [&](const Error &otherwise) {
        return armor.failed() ? ageError(AgeFailure::Armor, armor.armorError()) : otherwise;
    };
    Result<FileKey> fileKey = openHeader(armor, file);
    if (!fileKey)
        return armorFailure(fileKey.error());
    {
        ArmorWriter writer(temp);
        const QByteArray header = newHeader(*fileKey);
        bool ok = writer.write(header) == header.size();
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        while (ok) {
            const qint64 n = armor.read(buffer.data(), buffer.size());
            if (n < 0 || armor.failed())
                return armorFailure(rewrapIo(file, armor.errorString()));
            if (n == 0)
                break;
            ok = writer.write(buffer.constData(), n) == n;
        }
        if (!ok || !writer.finish() || !temp.flush())
            return rewrapIo(file, QCoreApplication::translate("AgeFormat", "cannot write the new file"));
    }

    QFile check(temp.fileName());
    if (!check.open(QIODevice::ReadOnly) || shapeOf(check.peek(1024)) != AgeShape::Armored)
        return rewrapIo(file, QCoreApplication::translate("AgeFormat", "the new file does not read back"));
    ArmorReader reread(check);
    Result<Header> header = readHeader(reread);
    if (!header || !verifyHeaderMac(*header, *fileKey))
        return rewrapIo(file, QCoreApplication::translate("AgeFormat", "the new file does not read back"));
    qint64 released = 0;
    PayloadStream stream;
    Result<PayloadResult> opened = stream.decrypt(reread, nullptr, *fileKey, {}, released);
    if (!opened)
        return opened.error();
    if (reread.failed())
        return ageError(AgeFailure::Armor, reread.armorError());
    return std::nullopt;
}

void RewrapJob::run(JobContext &context)
{
    QJsonArray done;
    const AuditLog &log = context.audit();
    for (int i = 0; i < m_request.files.size(); ++i) {
        if (context.isCancelled())
            return;
        const QString &file = m_request.files.at(i);
        context.startStep(i);
        Result<QString> kept = rewrap(file);
        const QString target = QFileInfo(file).absoluteFilePath();
        if (!kept) {
            log.append(QStringLiteral("key.rewrap"), target, QStringLiteral("failed"),
                       QJsonObject{{QStringLiteral("error"), kept.error().toJson()}});
            context.fail(kept.error());
            context.setData(QJsonObject{{QStringLiteral("files"), done}});
            return;
        }
        const QJsonObject entry{{QStringLiteral("file"), file}, {QStringLiteral("keptOriginal"), *kept}};
        // The old and new key ids keep the key map true after a rotation (key list, status, audit run).
        QJsonArray oldKeyIds, newKeyIds;
        for (const X25519Identity &identity : m_request.oldKeys.identities)
            oldKeyIds.append(identity.recipient().keyId());
        for (const HybridIdentity &identity : m_request.oldKeys.hybridIdentities)
            oldKeyIds.append(identity.recipient().keyId());
        for (const X25519Recipient &recipient : m_request.newRecipients)
            newKeyIds.append(recipient.keyId());
        for (const HybridRecipient &recipient : m_request.newHybridRecipients)
            newKeyIds.append(recipient.keyId());
        log.append(QStringLiteral("key.rewrap"), target, QStringLiteral("succeeded"),
                   QJsonObject{{QStringLiteral("keptOriginal"), *kept},
                               {QStringLiteral("recipients"),
                                int(m_request.newRecipients.size() + m_request.newHybridRecipients.size())},
                               {QStringLiteral("old_key_ids"), oldKeyIds},
                               {QStringLiteral("new_key_ids"), newKeyIds}});
        done.append(entry);
        context.addDetail(QCoreApplication::translate("AgeFormat",
                                                      "%1: new recipients; the original is kept as %2 "
                                                      "until you remove it.")
                              .arg(file, *kept));
    }
    context.setData(QJsonObject{{QStringLiteral("files"), done},
                                {QStringLiteral("recipients"), int(m_request.newRecipients.size() +
                                                                   m_request.newHybridRecipients.size())}});
    context.setOverview(QCoreApplication::translate("AgeFormat", "%n file(s) rewrapped to %1 recipient(s).",
                                                    nullptr, int(done.size()))
                            .arg(m_request.newRecipients.size() + m_request.newHybridRecipients.size()));
}

} // namespace strongroom::age
