#include "age/OpenPgpFile.h"

#include "age/AgeErrors.h"

#include <QCoreApplication>
#include <QIODevice>
#include <cerrno>
#include <gpgme.h>

namespace strongroom::age {

namespace {

struct Session
{
    QIODevice *in = nullptr;
    QIODevice *out = nullptr;
    const KeyMaterial *passphrase = nullptr;
    const WorkProgress *progress = nullptr;
    qint64 read = 0;
    qint64 written = 0;
    bool cancelled = false;
    bool writeFailed = false;
    bool passphraseAsked = false;
    bool passphraseRefused = false;
};

ssize_t readInput(void *handle, void *buffer, size_t size)
{
    auto *s = static_cast<Session *>(handle);
    if (s->progress && !s->progress->keepGoing(s->read)) {
        s->cancelled = true;
        errno = ECANCELED;
        return -1;
    }
    const qint64 n = s->in->read(static_cast<char *>(buffer), qint64(size));
    if (n < 0) {
        errno = EIO;
        return -1;
    }
    s->read += n;
    return ssize_t(n);
}

ssize_t writeOutput(void *handle, const void *buffer, size_t size)
{
    auto *s = static_cast<Session *>(handle);
    if (s->out && s->out->write(static_cast<const char *>(buffer), qint64(size)) != qint64(size)) {
        s->writeFailed = true;
        errno = EIO;
        return -1;
    }
    s->written += qint64(size);
    return ssize_t(size);
}

// Called by GPGME when gpg needs a passphrase; writes it to gpg's pipe. A second call means the first
// was wrong: refused, so gpg ends instead of asking forever.
gpgme_error_t givePassphrase(void *handle, const char *, const char *, int previousWasBad, int fd)
{
    auto *s = static_cast<Session *>(handle);
    s->passphraseAsked = true;
    if (!s->passphrase || previousWasBad) {
        s->passphraseRefused = true;
        return gpgme_error(GPG_ERR_CANCELED);
    }
    if (gpgme_io_writen(fd, s->passphrase->data(), std::size_t(s->passphrase->size())) != 0 ||
        gpgme_io_writen(fd, "\n", 1) != 0)
        return gpgme_error(GPG_ERR_CANCELED);
    return 0;
}

QString gpgText(gpgme_error_t error)
{
    return QString::fromUtf8(gpgme_strerror(error));
}

} // namespace

bool looksOpenPgp(QByteArrayView start)
{
    if (start.startsWith("-----BEGIN PGP MESSAGE-----"))
        return true;
    if (start.isEmpty())
        return false;
    const auto tag = quint8(start[0]);
    if (!(tag & 0x80))
        return false;
    // Old format: tag in bits 5..2; new format (0xc0): tag in bits 5..0. What gpg writes first:
    // a public-key (1) or symmetric-key (3) encrypted session key, or a compressed/encrypted packet.
    const int packet = (tag & 0x40) ? (tag & 0x3f) : ((tag & 0x3c) >> 2);
    return packet == 1 || packet == 3 || packet == 9 || packet == 18 || packet == 20;
}

OpenPgpOutcome decryptOpenPgp(QIODevice &in, QIODevice *out, const KeyMaterial *passphrase,
                              const WorkProgress &progress)
{
    OpenPgpOutcome outcome;
    static const char *version = gpgme_check_version(nullptr);
    gpgme_ctx_t ctx = nullptr;
    if (!version || gpgme_new(&ctx) != 0) {
        outcome.error =
            Error(ExitCode::Environment,
                  QCoreApplication::translate("AgeFormat", "GPGME cannot start gpg: install gnupg."),
                  QStringLiteral("no-gpg"));
        return outcome;
    }
    const auto freeContext = qScopeGuard([ctx] { gpgme_release(ctx); });
    Session session{&in, out, passphrase, &progress};
    gpgme_set_protocol(ctx, GPGME_PROTOCOL_OpenPGP);
    gpgme_set_pinentry_mode(ctx, GPGME_PINENTRY_MODE_LOOPBACK);
    gpgme_set_passphrase_cb(ctx, givePassphrase, &session);

    gpgme_data_cbs inputCallbacks{readInput, nullptr, nullptr, nullptr};
    gpgme_data_cbs outputCallbacks{nullptr, writeOutput, nullptr, nullptr};
    gpgme_data_t cipher = nullptr, plain = nullptr;
    gpgme_data_new_from_cbs(&cipher, &inputCallbacks, &session);
    gpgme_data_new_from_cbs(&plain, &outputCallbacks, &session);
    const auto freeData = qScopeGuard([cipher, plain] {
        gpgme_data_release(cipher);
        gpgme_data_release(plain);
    });
    const gpgme_error_t error = gpgme_op_decrypt(ctx, cipher, plain);
    outcome.released = session.written;
    if (const gpgme_decrypt_result_t result = gpgme_op_decrypt_result(ctx)) {
        outcome.symmetric = result->recipients == nullptr;
        if (result->symkey_algo)
            outcome.cipher = QString::fromLatin1(result->symkey_algo);
    }
    if (session.cancelled) {
        outcome.cancelled = true;
        return outcome;
    }
    if (session.writeFailed) {
        outcome.error =
            ageError(AgeFailure::Io, QCoreApplication::translate("AgeFormat", "Writing the output "
                                                                              "failed: %1.")
                                         .arg(out ? out->errorString() : QString()));
        return outcome;
    }
    if (error == 0)
        return outcome;
    switch (gpgme_err_code(error)) {
    case GPG_ERR_BAD_PASSPHRASE:
    case GPG_ERR_BAD_KEY:
    case GPG_ERR_NO_SECKEY:
    case GPG_ERR_CANCELED:
        outcome.error = ageError(
            AgeFailure::NoIdentityMatched,
            session.passphraseRefused && !passphrase
                ? QCoreApplication::translate("AgeFormat", "No identity matched: this OpenPGP file needs a "
                                                           "passphrase; give it with a key option.")
            : gpgme_err_code(error) == GPG_ERR_NO_SECKEY
                ? QCoreApplication::translate("AgeFormat",
                                              "No identity matched: no secret key in the gpg keyring "
                                              "opens this OpenPGP file.")
                : QCoreApplication::translate("AgeFormat",
                                              "No identity matched: the passphrase is wrong (gpg: %1).")
                      .arg(gpgText(error)));
        break;
    default:
        outcome.error =
            ageError(AgeFailure::Payload,
                     QCoreApplication::translate("AgeFormat", "The OpenPGP file is damaged, truncated or "
                                                              "was modified (gpg: %1).")
                         .arg(gpgText(error)));
        break;
    }
    return outcome;
}

} // namespace strongroom::age
