#include "backup/SealVerifier.h"

#include "backup/CatalogSeal.h"
#include "sqlcipher/PageAuthenticator.h"
#include "sqlcipher/PageOneHeader.h"

#include <QCoreApplication>
#include <QFile>

namespace strongroom {

Result<PageKeys> SealVerifier::keysOf(const QString &path, const CipherSettings &settings)
{
    const Result<QByteArray> salt = PageKeys::readSalt(path);
    if (!salt)
        return salt.error();
    // What PageKeys::derive reads of the settings: the KDF's hash and its iterations.
    const QByteArray id =
        salt.value() + settings.kdfAlgorithm.toLatin1() + ':' + QByteArray::number(settings.kdfIter);
    if (const auto known = m_keys.constFind(id); known != m_keys.constEnd())
        return known.value();
    Result<PageKeys> derived = PageKeys::derive(m_key, salt.value(), settings);
    ++m_derivations;
    if (derived)
        m_keys.insert(id, derived.value());
    return derived;
}

Result<bool> SealVerifier::sealHolds(const QString &path, const BackupRecord &entry)
{
    if (!entry.isSealed())
        return false;
    if (!entry.settings)
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate("SealVerifier", "the entry names no cipher settings."));
    const Result<PageKeys> keys = keysOf(path, *entry.settings);
    if (!keys)
        return keys.error();
    return strongroom::sealHolds(entry, keys.value());
}

bool SealVerifier::keyOpens(const QString &path, const BackupRecord &entry)
{
    if (!entry.settings)
        return false;
    const CipherSettings &settings = *entry.settings;
    if (!PageAuthenticator::supports(settings))
        return decryptsToAPageOneHeader(path, m_key, settings);
    const Result<PageKeys> keys = keysOf(path, settings);
    if (!keys)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray page = file.read(settings.pageSize);
    if (page.size() != settings.pageSize)
        return false;
    const PageAuthenticator pages(keys.value(), settings, PageAuthenticator::Lanes::One);
    return pages.failingPages(reinterpret_cast<const uchar *>(page.constData()), 1, 1).isEmpty();
}

} // namespace strongroom
