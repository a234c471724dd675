#include "keys/Keyring.h"

#include <QCoreApplication>
#include <cstring>
#include <qt6keychain/keychain.h>

namespace strongroom {

namespace {

Error keyringError(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return Error(
            ExitCode::Usage,
            QCoreApplication::translate("Keyring", "The keyring has no key stored for %1.").arg(job.key()));
    if (job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::NotImplemented)
        return Error(ExitCode::Environment,
                     QCoreApplication::translate(
                         "Keyring",
                         "No desktop keyring is running (Secret Service or KWallet); the key was not stored. "
                         "Start your desktop's keyring, or give the key each time."));
    return Error(
        ExitCode::Failure,
        QCoreApplication::translate("Keyring", "The desktop keyring refused: %1").arg(job.errorString()));
}

// Overwrites the bytes of `bytes` where they are, also when the buffer is shared with the keychain
// job: a plain fill() would detach and wipe only a fresh copy, leaving the job's copy in freed memory.
void wipeInPlace(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        std::memset(const_cast<char *>(bytes.constData()), 0, size_t(bytes.size()));
    bytes.clear();
}

} // namespace

bool Keyring::isAvailable()
{
    return QKeychain::isAvailable();
}

void Keyring::read(const QString &account, QObject *context, ReadCallback done) const
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(account);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (readJob->error() != QKeychain::NoError) {
            done(keyringError(*readJob));
            return;
        }
        // Shares the job's buffer; wiped in place once copied to secure memory (QtKeychain's own
        // D-Bus copies are beyond reach).
        QByteArray data = readJob->binaryData();
        KeyMaterial key{QCA::SecureArray(data)};
        wipeInPlace(data);
        done(key);
    });
    job->start();
}

void Keyring::write(const QString &account, const KeyMaterial &key, QObject *context,
                    WriteCallback done) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(account);
    job->setAutoDelete(true);
    QByteArray secret = key.secret().toByteArray();
    job->setBinaryData(secret);
    // The job keeps the buffer until it is deleted; it is wiped as soon as the job is done with it.
    QObject::connect(job, &QKeychain::Job::finished, context, [done, secret](QKeychain::Job *j) mutable {
        wipeInPlace(secret);
        done(j->error() == QKeychain::NoError ? Status::success() : Status(keyringError(*j)));
    });
    job->start();
}

void Keyring::remove(const QString &account, QObject *context, WriteCallback done) const
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(account);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? Status::success() : Status(keyringError(*j)));
    });
    job->start();
}

} // namespace strongroom
