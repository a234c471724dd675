#include "pgbackup/PgBackupCheck.h"

#include "age/AgeErrors.h"
#include "age/AgeHeader.h"
#include "core/JobContext.h"
#include "core/JobWorkProgress.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace strongroom::pgbackup {

namespace {

Error damaged(const QString &message, const QString &kind)
{
    return Error(ExitCode::Integrity, message, kind);
}

} // namespace

Result<CheckedPgBackup> checkPgBackup(const QString &dumpPath, const age::DecryptKeys &givenKeys,
                                      JobContext &context, int step)
{
    const auto files = PgBackupFiles::ofDump(dumpPath);
    if (!files)
        return Error(ExitCode::Unsupported,
                     QCoreApplication::translate(
                         "PgBackup", "%1 is not the dump of a Strongroom PostgreSQL backup "
                                     "(NAME-pgbackup-YYYYMMDD-HHMMSS.dump.age or .dump.zst.age); other "
                                     "formats are not read by pg restore yet.")
                         .arg(dumpPath),
                     QStringLiteral("unknown-format"));
    if (!QFileInfo(files->dump()).isFile())
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("PgBackup", "%1: no such file.").arg(dumpPath));
    QFile sumsFile(files->checksums());
    if (!sumsFile.open(QIODevice::ReadOnly))
        return damaged(QCoreApplication::translate("PgBackup",
                                                   "%1 is missing or unreadable: the backup cannot be "
                                                   "checked.")
                           .arg(files->checksums()),
                       QStringLiteral("missing-checksums"));
    const QMap<QString, QString> sums = parseSha256sum(sumsFile.readAll());
    const qint64 dumpSize = QFileInfo(files->dump()).size();
    context.startStep(step, dumpSize + QFileInfo(files->manifest()).size(), ProgressUnit::Bytes);
    QString dumpSha;
    for (const QString &path : {files->dump(), files->manifest()}) {
        const QString name = QFileInfo(path).fileName();
        const QString expected = sums.value(name);
        if (expected.isEmpty())
            return damaged(QCoreApplication::translate("PgBackup",
                                                       "%1 does not list %2: the backup cannot be "
                                                       "checked.")
                               .arg(files->checksums(), name),
                           QStringLiteral("missing-checksums"));
        // The files count one after the other in the step: the dump's bytes, then the manifest's.
        const QString actual = sha256OfFile(path, workProgressAdding(context));
        if (context.isCancelled())
            return Cancelled{};
        if (actual != expected)
            return damaged(QCoreApplication::translate("PgBackup",
                                                       "%1 does not match its SHA-256 in %2: the file "
                                                       "was changed, damaged or truncated. Nothing was "
                                                       "restored.")
                               .arg(path, QFileInfo(files->checksums()).fileName()),
                           QStringLiteral("checksum"));
        if (path == files->dump())
            dumpSha = actual;
    }
    QFile manifestFile(files->manifest());
    if (!manifestFile.open(QIODevice::ReadOnly))
        return damaged(QCoreApplication::translate("PgBackup", "%1 cannot be read.").arg(files->manifest()),
                       QStringLiteral("damaged-manifest"));
    QBuffer manifestJson;
    manifestJson.open(QIODevice::WriteOnly);
    const age::DecryptKeys &keys = givenKeys;
    // The manifest's bytes are not the step's: only a cancel and a scrypt derivation's notice reach
    // the job.
    const WorkProgress unstoppable = workProgress(context).cancelOnly();
    const age::DecryptOutcome opened = age::decryptFile(manifestFile, &manifestJson, keys, unstoppable);
    if (opened.error)
        return *opened.error;
    if (opened.cancelled)
        return Cancelled{};
    auto manifest = PgBackupManifest::fromJson(manifestJson.data());
    if (!manifest)
        return manifest.error();
    CheckedPgBackup checked{*files, *manifest, dumpSha};
    if (checked.manifest.payload.file != QFileInfo(files->dump()).fileName() ||
        checked.manifest.payload.sha256 != dumpSha)
        return damaged(QCoreApplication::translate("PgBackup", "The manifest describes another dump than %1.")
                           .arg(files->dump()),
                       QStringLiteral("damaged-manifest"));
    QFile dump(files->dump());
    if (!dump.open(QIODevice::ReadOnly))
        return Error(ExitCode::Failure, dump.errorString());
    auto header = age::readHeader(dump);
    if (!header)
        return header.error();
    auto fileKey = age::unwrapFileKey(*header, keys, nullptr, unstoppable);
    if (!fileKey)
        return fileKey.error();
    if (!age::verifyHeaderMac(*header, *fileKey))
        return age::ageError(age::AgeFailure::HeaderMac,
                             QCoreApplication::translate("PgBackup", "%1: the header's MAC does not match.")
                                 .arg(files->dump()));
    if (context.isCancelled())
        return Cancelled{};
    return checked;
}

} // namespace strongroom::pgbackup
