#include "conversion/ConversionPlan.h"

#include "conversion/SourceLock.h"
#include "core/SafeFile.h"
#include "sqlcipher/DatabaseOpener.h"
#include "sqlcipher/PageReencryptor.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace strongroom {

QString conversionKindName(ConversionKind kind)
{
    switch (kind) {
    case ConversionKind::Encrypt:
        return QStringLiteral("encrypt");
    case ConversionKind::Decrypt:
        return QStringLiteral("decrypt");
    case ConversionKind::Rekey:
        return QStringLiteral("rekey");
    case ConversionKind::Migrate:
        return QStringLiteral("migrate");
    }
    return {};
}

namespace {

QString size(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString describe(bool encrypted, const CipherSettings &s)
{
    if (!encrypted)
        return QCoreApplication::translate("ConversionPlan", "plain SQLite (not encrypted)");
    return QCoreApplication::translate("ConversionPlan",
                                       "SQLCipher, %1 (page size %2, %3 KDF iterations, %4, %5)")
        .arg(s.profileName())
        .arg(s.pageSize)
        .arg(s.kdfIter)
        .arg(s.useHmac ? s.hmacAlgorithm : QCoreApplication::translate("ConversionPlan", "no HMAC"),
             s.kdfAlgorithm);
}

// Free space: the copy is about as big as the original plus its -wal; the margin covers the
// copy's rollback journal and page reserve bytes.
qint64 requiredFor(qint64 sourceBytes, qint64 walBytes)
{
    const qint64 copy = sourceBytes + walBytes;
    return copy + std::max<qint64>(copy / 10, 4 * 1024 * 1024);
}

Status checkWritableFolder(const QString &folder, const QString &path)
{
    if (::access(QFile::encodeName(folder).constData(), W_OK) == 0)
        return Status::success();
    const int err = errno;
    const QString why =
        err == EROFS ? QCoreApplication::translate("ConversionPlan", "it is on a read-only file system")
                     : QString::fromLocal8Bit(std::strerror(err));
    return Error(ExitCode::Failure,
                 QCoreApplication::translate(
                     "ConversionPlan",
                     "%1: cannot write the new file next to it in %2: %3. The conversion writes a full copy "
                     "in the same folder; make the folder writable (or copy the file somewhere writable) "
                     "and try again. Nothing was changed.")
                     .arg(path, folder, why),
                 QStringLiteral("read-only"));
}

bool isRawKeyWithSalt(const std::optional<KeyMaterial> &key)
{
    return key && key->kind() == KeyKind::Raw && key->size() == 99; // x'<96 hex>'
}

} // namespace

QStringList staleTempsFor(const QString &path)
{
    const QFileInfo info(path);
    // safefile::tempPathFor's names end "-<pid>-<random>-<name>" and the random part has no dash, so
    // the whole name is compared: a temp of "my-shop.db" is not one of "shop.db".
    const QRegularExpression ofThisFile(
        QStringLiteral("^\\.strongroom-tmp-[a-z-]+-\\d+-[0-9a-z]+-%1(-journal|-wal|-shm)?$")
            .arg(QRegularExpression::escape(info.fileName())));
    QStringList mine;
    for (const QString &temp : safefile::staleTemps(info.absolutePath())) {
        if (ofThisFile.match(QFileInfo(temp).fileName()).hasMatch())
            mine.append(temp);
    }
    return mine;
}

QString ConversionPlan::keptOriginalPattern() const
{
    return path + QStringLiteral(".before-%1-YYYYMMDD-HHMMSS").arg(conversionKindName(kind));
}

QStringList ConversionPlan::whatWillHappen() const
{
    QStringList lines;
    lines << QCoreApplication::translate(
                 "ConversionPlan",
                 "Read %1 (%2, %3%4) and hold it still: other programs cannot write to it meanwhile.")
                 .arg(path, describe(sourceEncrypted, sourceSettings), size(sourceBytes),
                      walBytes > 0
                          ? QCoreApplication::translate(
                                "ConversionPlan", " plus %1 of uncheckpointed -wal, included in the copy")
                                .arg(size(walBytes))
                          : QString());
    if (whyNotByPages(*this).isEmpty()) {
        lines
            << QCoreApplication::translate(
                   "ConversionPlan",
                   "Write a new file in %1 as %2%3 by re-encrypting it page by page, each page decrypted "
                   "again and compared with the original's as it is written, and flush it to disk (needs %4; "
                   "%5 free).")
                   .arg(folder, describe(targetEncrypted, targetSettings),
                        keyChanges ? QCoreApplication::translate("ConversionPlan", " with the new key")
                                   : QCoreApplication::translate("ConversionPlan", " with the same key"),
                        size(requiredBytes), size(freeBytes));
        lines << QCoreApplication::translate(
            "ConversionPlan",
            "Verify the new file: it opens with the new key and SQLCipher reads every table.");
    } else {
        lines << QCoreApplication::translate(
                     "ConversionPlan",
                     "Write a new file in %1 as %2%3, and flush it to disk (needs %4; %5 free).")
                     .arg(folder, describe(targetEncrypted, targetSettings),
                          keyChanges ? QCoreApplication::translate("ConversionPlan", " with the new key")
                                     : QCoreApplication::translate("ConversionPlan", " with the same key"),
                          size(requiredBytes), size(freeBytes));
        lines << QCoreApplication::translate(
                     "ConversionPlan",
                     "Verify the new file: it opens %1, passes %2integrity_check, has "
                     "the same schema, tables, row counts, header fields and content hash of every "
                     "table.")
                     .arg(!targetEncrypted ? QCoreApplication::translate("ConversionPlan", "without a key")
                          : keyChanges     ? QCoreApplication::translate("ConversionPlan", "with the new key")
                                       : QCoreApplication::translate("ConversionPlan", "with the same key"),
                          targetEncrypted
                              ? QCoreApplication::translate("ConversionPlan", "cipher_integrity_check and ")
                              : QString());
    }
    lines << QCoreApplication::translate("ConversionPlan",
                                         "Swap it in by an atomic rename; the original is kept as %1.")
                 .arg(keptOriginalPattern());
    if (removeOriginal)
        lines << QCoreApplication::translate(
            "ConversionPlan", "Delete the kept original (this does not scrub its blocks on an SSD).");
    if (!targetEncrypted)
        lines << QCoreApplication::translate(
            "ConversionPlan",
            "Warning: the result is NOT encrypted; anyone who can read the file can read the data.");
    return lines;
}

QJsonObject ConversionPlan::toJson() const
{
    QJsonObject json{{QStringLiteral("operation"), conversionKindName(kind)},
                     {QStringLiteral("path"), path},
                     {QStringLiteral("source_encrypted"), sourceEncrypted},
                     {QStringLiteral("target_encrypted"), targetEncrypted},
                     {QStringLiteral("key_changes"), keyChanges},
                     {QStringLiteral("source_bytes"), sourceBytes},
                     {QStringLiteral("wal_bytes"), walBytes},
                     {QStringLiteral("required_bytes"), requiredBytes},
                     {QStringLiteral("free_bytes"), freeBytes},
                     {QStringLiteral("kept_original_pattern"), keptOriginalPattern()},
                     {QStringLiteral("remove_original"), removeOriginal},
                     {QStringLiteral("stale_temps"), QJsonArray::fromStringList(staleTemps)},
                     {QStringLiteral("steps"), QJsonArray::fromStringList(whatWillHappen())}};
    if (sourceEncrypted)
        json.insert(QStringLiteral("source_settings"), sourceSettings.toJson());
    if (targetEncrypted)
        json.insert(QStringLiteral("target_settings"), targetSettings.toJson());
    return json;
}

Result<ConversionPlan> planConversion(const ConversionRequest &request, bool checkFreeSpace)
{
    ConversionPlan plan;
    plan.kind = request.kind;
    const QFileInfo info(request.path);
    plan.path = info.absoluteFilePath();
    plan.folder = info.absolutePath();
    plan.removeOriginal = request.removeOriginal;
    const QString verb = conversionKindName(request.kind);

    if (!info.exists())
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("ConversionPlan", "%1: no such file. Check the path.")
                         .arg(request.path),
                     QStringLiteral("not-found"));
    if (!info.isFile())
        return Error(
            ExitCode::Unsupported,
            QCoreApplication::translate("ConversionPlan", "%1: not a regular file.").arg(request.path));
    plan.sourceBytes = info.size();
    plan.walBytes = QFileInfo(plan.path + QStringLiteral("-wal")).size();

    // The kind of input first, so a wrong one gets a message about the operation, not about keys.
    Result<bool> plainOrNot = DatabaseOpener::isPlainSqlite(plan.path);
    if (!plainOrNot)
        return plainOrNot.error();
    const bool plain = *plainOrNot;
    if (request.kind == ConversionKind::Encrypt && !plain)
        return Error(ExitCode::Unsupported,
                     QCoreApplication::translate(
                         "ConversionPlan",
                         "%1: not a plain SQLite database, so there is nothing to encrypt: it is already "
                         "encrypted (or not a database). To change its key use 'db rekey', to change its "
                         "settings 'db migrate'. Nothing was changed.")
                         .arg(request.path),
                     QStringLiteral("already-encrypted"));
    if (request.kind != ConversionKind::Encrypt && plain)
        return Error(
            ExitCode::Unsupported,
            QCoreApplication::translate(
                "ConversionPlan",
                "%1: this is a plain SQLite database, not an encrypted one, so it cannot be %2ed. "
                "To encrypt it use 'db encrypt'. Nothing was changed.")
                .arg(request.path, verb == QLatin1String("migrate") ? QStringLiteral("migrat") : verb),
            QStringLiteral("not-encrypted"));

    plan.sourceEncrypted = !plain;
    if (plan.sourceEncrypted) {
        if (!request.key)
            return Error(ExitCode::Usage,
                         QCoreApplication::translate("ConversionPlan", "%1 is encrypted: give its key.")
                             .arg(request.path));
        auto settings = DatabaseOpener::findSettings(plan.path, *request.key, request.sourceSettings);
        if (!settings) {
            Error error = settings.error();
            if (error.kindName() == QLatin1String("wrong-key"))
                error.message += QCoreApplication::translate(
                    "ConversionPlan", " Give other settings with --source-profile, --source-page-size, "
                                      "--source-kdf-iter, --source-hmac-algorithm and "
                                      "--source-kdf-algorithm. Nothing was changed.");
            return error;
        }
        plan.sourceSettings = *settings;
    }

    switch (request.kind) {
    case ConversionKind::Encrypt:
    case ConversionKind::Migrate:
        plan.targetEncrypted = true;
        plan.targetSettings = request.targetSettings;
        break;
    case ConversionKind::Rekey:
        plan.targetEncrypted = true;
        plan.targetSettings = plan.sourceSettings;
        break;
    case ConversionKind::Decrypt:
        break;
    }
    if (plan.targetEncrypted) {
        const bool needsNewKey = request.kind != ConversionKind::Migrate;
        if (needsNewKey && (!request.newKey || request.newKey->isEmpty()))
            return Error(
                ExitCode::Usage,
                QCoreApplication::translate(
                    "ConversionPlan",
                    "%1: give the new key for the %2ed file (--new-key-env NAME, --new-key-file PATH "
                    "or --new-passphrase-stdin; there is no terminal to ask on).")
                    .arg(request.path, verb),
                QStringLiteral("key-needed"));
        plan.keyChanges = request.newKey.has_value();
        const std::optional<KeyMaterial> &resultKey = request.newKey ? request.newKey : request.key;
        if (plan.targetSettings.plaintextHeaderSize > 0 && !isRawKeyWithSalt(resultKey))
            return Error(ExitCode::Usage,
                         QCoreApplication::translate(
                             "ConversionPlan",
                             "A plaintext header needs a raw key with its salt (x'<96 hex digits>'): with a "
                             "passphrase the salt would not be stored in the file and it could not be "
                             "opened again."));
        if (request.kind == ConversionKind::Migrate && !plan.keyChanges &&
            plan.targetSettings == plan.sourceSettings)
            return Error(ExitCode::Usage,
                         QCoreApplication::translate(
                             "ConversionPlan",
                             "%1 already uses these settings (%2); nothing to migrate. Give other settings "
                             "or a new key.")
                             .arg(request.path, plan.sourceSettings.profileName()),
                         QStringLiteral("nothing-to-do"));
    }

    if (Status s = checkWritableFolder(plan.folder, request.path); !s)
        return s.error();
    {
        auto lock =
            SourceLock::acquire(plan.path, request.key ? &*request.key : nullptr, plan.sourceSettings);
        if (!lock)
            return lock.error();
    }
    plan.requiredBytes = requiredFor(plan.sourceBytes, plan.walBytes);
    plan.freeBytes = safefile::freeBytes(plan.folder);
    if (checkFreeSpace) {
        if (Status s = safefile::requireFreeSpace(
                plan.folder, plan.requiredBytes,
                QCoreApplication::translate("ConversionPlan", "a verified copy of %1").arg(info.fileName()));
            !s)
            return s.error();
    }
    plan.staleTemps = staleTempsFor(plan.path);
    return plan;
}

QString whyNotByPages(const ConversionPlan &plan)
{
    if (plan.kind != ConversionKind::Rekey && plan.kind != ConversionKind::Migrate)
        return QCoreApplication::translate("PageRekey", "only a rekey or a migrate keeps the pages' layout");
    if (!plan.sourceEncrypted || !plan.targetEncrypted)
        return QCoreApplication::translate("PageRekey", "both sides must be encrypted");
    const CipherSettings &from = plan.sourceSettings;
    const CipherSettings &to = plan.targetSettings;
    if (from.plaintextHeaderSize != 0 || to.plaintextHeaderSize != 0)
        return QCoreApplication::translate("PageRekey", "a plaintext header keeps the salt outside the file");
    if (!from.useHmac || !to.useHmac)
        return QCoreApplication::translate("PageRekey", "pages without an HMAC (SQLCipher 1)");
    if (from.pageSize != to.pageSize)
        return QCoreApplication::translate("PageRekey", "the page size changes");
    if (from.hmacAlgorithm != to.hmacAlgorithm)
        return QCoreApplication::translate("PageRekey", "the HMAC algorithm changes");
    if (!PageReencryptor::supports(from, to))
        return QCoreApplication::translate("PageRekey", "a page layout Strongroom does not read itself");
    return {};
}

} // namespace strongroom
