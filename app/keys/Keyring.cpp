#include "keys/Keyring.h"

#include <qt6keychain/keychain.h>

namespace strongroom {

namespace {

Error keyringError(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return Error(ExitCode::Usage, QStringLiteral("The keyring has no key stored for %1.").arg(job.key()));
    if (job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::NotImplemented)
        return Error(ExitCode::Environment,
                     QStringLiteral("No desktop keyring is running (Secret Service or KWallet); the key was not stored. "
                                    "Start your desktop's keyring, or give the key each time."));
    return Error(ExitCode::Failure, QStringLiteral("The desktop keyring refused: %1").arg(job.errorString()));
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
        QByteArray data = readJob->binaryData();
        KeyMaterial key{QCA::SecureArray(data)};
        data.fill('\0');
        done(key);
    });
    job->start();
}

void Keyring::write(const QString &account, const KeyMaterial &key, QObject *context, WriteCallback done) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(account);
    job->setAutoDelete(true);
    job->setBinaryData(key.secret().toByteArray());
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
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
