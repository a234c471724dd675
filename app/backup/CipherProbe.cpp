#include "backup/CipherProbe.h"

#include <QFile>
#include <QSet>

namespace strongroom {

namespace {

// SQLCipher pages are whole powers of two from 512 bytes; an encrypted page looks random.
constexpr qint64 kSmallestPage = 512;

bool looksRandom(const QByteArray &sample)
{
    // 1 KiB of random bytes holds about 251 distinct values; text or structured data far fewer.
    QSet<char> distinct;
    for (char c : sample)
        distinct.insert(c);
    return sample.size() >= 1024 && distinct.size() >= 200;
}

} // namespace

Error explainUnopenable(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ExitCode::Failure,
                     QStringLiteral("%1: cannot read the file: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    const QByteArray head = file.read(4096);
    if (size == 0)
        return Error(ExitCode::Unsupported,
                     QStringLiteral("%1: the file is empty, not a database.").arg(path),
                     QStringLiteral("not-a-database"));
    if (head.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error(
            ExitCode::Unsupported,
            QStringLiteral(
                "%1: this is a plain, unencrypted SQLite database, not an encrypted backup. Restoring "
                "it would replace encrypted data with clear text; encrypt it first (sqlcipher_export).")
                .arg(path),
            QStringLiteral("plain-sqlite"));
    if (!looksRandom(head))
        return Error(
            ExitCode::Unsupported,
            QStringLiteral(
                "%1: not a database: its content is not encrypted SQLCipher pages. Check that this is "
                "the backup you meant (a download may have saved an error page).")
                .arg(path),
            QStringLiteral("not-a-database"));
    if (size % kSmallestPage != 0)
        return Error(ExitCode::Integrity,
                     QStringLiteral(
                         "%1: the file ends in the middle of a page (%2 bytes): it is truncated or damaged. "
                         "Download or copy it again.")
                         .arg(path)
                         .arg(size),
                     QStringLiteral("truncated"));
    return Error(
        ExitCode::WrongKey,
        QStringLiteral(
            "%1: the key does not open this file with any standard SQLCipher settings. If the backup "
            "was made with another key, give that key with --backup-key-env/--backup-key-file; the "
            "restored database is then re-keyed to the live key.")
            .arg(path),
        QStringLiteral("wrong-key"));
}

Result<OpenedDatabase> openWithAnyProfile(const QString &path, const KeyMaterial &key,
                                          Database::Access access,
                                          const std::optional<CipherSettings> &preferred, int busyTimeoutMs)
{
    QList<CipherSettings> candidates;
    if (preferred)
        candidates.append(*preferred);
    for (const CipherSettings &profile : CipherSettings::standardProfiles()) {
        if (!candidates.contains(profile))
            candidates.append(profile);
    }
    for (const CipherSettings &settings : candidates) {
        Result<std::unique_ptr<Database>> db = Database::open(path, {access, &key, settings, busyTimeoutMs});
        if (db)
            return OpenedDatabase{std::move(db.value()), settings, std::nullopt};
        if (db.error().code != ExitCode::WrongKey)
            return db.error();
    }
    return explainUnopenable(path);
}

Result<OpenedDatabase> openWithPageKeys(const QString &path, const KeyMaterial &key, Database::Access access,
                                        const std::optional<CipherSettings> &preferred, int busyTimeoutMs,
                                        const PageKeys *sameSalt)
{
    const CipherSettings first = preferred.value_or(CipherSettings::sqlcipher4());
    const Result<QByteArray> salt = PageKeys::readSalt(path);
    if (salt && first.plaintextHeaderSize == 0) {
        Result<PageKeys> keys = sameSalt && sameSalt->salt == salt.value()
                                    ? Result<PageKeys>(*sameSalt)
                                    : PageKeys::derive(key, salt.value(), first);
        if (!keys)
            return keys.error();
        const KeyMaterial raw = keys->rawKey();
        Result<std::unique_ptr<Database>> db = Database::open(path, {access, &raw, first, busyTimeoutMs});
        if (db)
            return OpenedDatabase{std::move(db.value()), first, std::move(keys.value())};
        if (db.error().code != ExitCode::WrongKey)
            return db.error();
    }
    // Another profile, another key or no database at all: the slow path tells which.
    Result<OpenedDatabase> opened = openWithAnyProfile(path, key, access, preferred, busyTimeoutMs);
    if (!opened || !salt || opened->settings.plaintextHeaderSize != 0)
        return opened;
    Result<PageKeys> keys = PageKeys::derive(key, salt.value(), opened->settings);
    if (keys)
        opened->keys = std::move(keys.value());
    return opened;
}

} // namespace strongroom
