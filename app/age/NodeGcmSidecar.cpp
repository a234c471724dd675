#include "age/NodeGcmSidecar.h"

#include "age/AgeErrors.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <memory>
#include <openssl/evp.h>

namespace strongroom::age {

namespace {

constexpr qint64 kBlock = 1 << 20;

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

Error sidecarError(AgeFailure failure, const QString &message)
{
    Error error = ageError(failure, message);
    if (failure == AgeFailure::Payload)
        error.kind = QStringLiteral("checksum-mismatch");
    return error;
}

std::optional<QByteArray> fromHex(QByteArrayView text, qsizetype bytes)
{
    if (text.size() != bytes * 2)
        return std::nullopt;
    for (const char c : text)
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
    return QByteArray::fromHex(text.toByteArray());
}

} // namespace

std::optional<NodeSidecar> findNodeSidecar(const QString &input)
{
    QString base = input;
    if (base.endsWith(QLatin1String(".enc")))
        base.chop(4);
    NodeSidecar files{base + QStringLiteral(".enc"), base + QStringLiteral(".iv"),
                      base + QStringLiteral(".sha256")};
    if (input != files.enc || !QFileInfo::exists(files.iv) || !QFileInfo::exists(files.sha256))
        return std::nullopt;
    return files;
}

Result<SymmetricKey> nodeKeyFrom(const KeyMaterial &key)
{
    QByteArrayView text(key.data(), key.size());
    if (text.startsWith("x'") && text.endsWith("'"))
        text = text.sliced(2, text.size() - 3);
    auto bytes = fromHex(text.trimmed(), 32);
    if (!bytes)
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("AgeFormat", "The key of a Node.js AES-256-GCM "
                                                              "backup is 64 hex characters (as "
                                                              "BACKUP_ENCRYPTION_KEY holds it) or "
                                                              "x'...' around them."));
    SymmetricKey out;
    std::memcpy(out.data(), bytes->constData(), 32);
    wipeBytes(bytes->data(), 32);
    return out;
}

NodeDecryptOutcome decryptNodeSidecar(const NodeSidecar &files, const SymmetricKey &key, QIODevice *out,
                                      const WorkProgress &progress)
{
    NodeDecryptOutcome outcome;
    QFile sums(files.sha256), ivFile(files.iv), enc(files.enc);
    if (!sums.open(QIODevice::ReadOnly) || !ivFile.open(QIODevice::ReadOnly) ||
        !enc.open(QIODevice::ReadOnly)) {
        outcome.error =
            ageError(AgeFailure::Io, QCoreApplication::translate("AgeFormat", "%1: cannot read the "
                                                                              "backup or its .iv and "
                                                                              ".sha256 files.")
                                         .arg(files.enc));
        return outcome;
    }
    // "HEX" or sha256sum's "HEX  NAME".
    const QByteArray expected = sums.read(4096).trimmed().split(' ').value(0).toLower();
    const QByteArray ivText = ivFile.read(256);
    std::optional<QByteArray> iv = ivText.size() == 16 ? std::optional<QByteArray>(ivText)
                                                       : fromHex(QByteArrayView(ivText).trimmed(), 16);
    if (!iv || !fromHex(expected, 32)) {
        outcome.error =
            ageError(AgeFailure::Header, QCoreApplication::translate("AgeFormat", "%1: the .iv file must "
                                                                                  "hold 16 bytes or 32 hex "
                                                                                  "characters and the "
                                                                                  ".sha256 file 64 hex "
                                                                                  "characters.")
                                             .arg(files.enc));
        return outcome;
    }

    // 1. The checksum, before anything is decrypted: the only protection the writer left.
    Sha256Stream hash;
    QByteArray buffer(kBlock, Qt::Uninitialized);
    qint64 done = 0;
    for (qint64 n = 0; (n = enc.read(buffer.data(), kBlock)) > 0;) {
        hash.update(QByteArrayView(buffer.constData(), n));
        done += n;
        if (!progress.keepGoing(done)) {
            outcome.cancelled = true;
            return outcome;
        }
    }
    if (hash.finalHex() != expected) {
        outcome.error =
            sidecarError(AgeFailure::Payload,
                         QCoreApplication::translate("AgeFormat", "%1 does not match its .sha256 file: "
                                                                  "the backup is damaged or was changed.")
                             .arg(files.enc));
        return outcome;
    }

    // 2. GCM's keystream, without the tag the writer never stored.
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter> ctx(EVP_CIPHER_CTX_new());
    EVP_CIPHER *gcm = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
    const auto freeCipher = qScopeGuard([gcm] { EVP_CIPHER_free(gcm); });
    if (!ctx || !gcm || EVP_DecryptInit_ex2(ctx.get(), gcm, nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_IVLEN, 16, nullptr) != 1 ||
        EVP_DecryptInit_ex2(ctx.get(), nullptr, key.data(),
                            reinterpret_cast<const unsigned char *>(iv->constData()), nullptr) != 1) {
        outcome.error = ageError(
            AgeFailure::Io, QCoreApplication::translate("NodeGcmSidecar", "OpenSSL has no AES-256-GCM."));
        return outcome;
    }
    enc.seek(0);
    QByteArray plain(kBlock + 16, Qt::Uninitialized);
    for (qint64 n = 0; (n = enc.read(buffer.data(), kBlock)) > 0;) {
        int length = 0;
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &length,
                          reinterpret_cast<const unsigned char *>(buffer.constData()), int(n));
        if (outcome.released == 0 && length >= 2)
            outcome.gzipInside = quint8(plain[0]) == 0x1f && quint8(plain[1]) == 0x8b;
        if (out && out->write(plain.constData(), length) != length) {
            outcome.error =
                ageError(AgeFailure::Io, QCoreApplication::translate("AgeFormat", "Writing the output "
                                                                                  "failed: %1.")
                                             .arg(out->errorString()));
            return outcome;
        }
        outcome.released += length;
        done += n;
        if (!progress.keepGoing(done)) {
            outcome.cancelled = true;
            return outcome;
        }
    }
    wipeBytes(plain.data(), std::size_t(plain.size()));
    return outcome;
}

} // namespace strongroom::age
