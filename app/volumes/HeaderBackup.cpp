#include "volumes/HeaderBackup.h"

#include "core/CrashPoint.h"
#include "core/SafeFile.h"
#include "volumes/CryptDevice.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <libcryptsetup.h>

namespace strongroom::headerbackup {

namespace {
Result<QString> writeVerifiedBackup(const CryptDevice &device, const QString &file, const QString &operation)
{
    const QString temp = safefile::tempPathFor(file, operation);
    const QByteArray tempPath = QFile::encodeName(temp);
    const int rc = crypt_header_backup(device.handle(), nullptr, tempPath.constData());
    if (rc < 0) {
        safefile::removeTemp(temp);
        return device.error(rc, QCoreApplication::translate("HeaderBackup", "writing the header backup"));
    }
    if (auto s = safefile::fsyncFile(temp); !s) {
        safefile::removeTemp(temp);
        return s.error();
    }
    auto check = CryptDevice::load(temp);
    const QString uuid = QString::fromLatin1(crypt_get_uuid(device.handle()));
    if (!check || QString::fromLatin1(crypt_get_uuid((*check)->handle())) != uuid) {
        safefile::removeTemp(temp);
        return Error(
            ExitCode::Integrity,
            QCoreApplication::translate(
                "HeaderBackup", "%1: the header backup did not read back correctly; nothing was written.")
                .arg(file));
    }
    // libcryptsetup created the temp 0400; a backup is a new file and never replaces one.
    if (auto s = safefile::placeNew(temp, file); !s) {
        safefile::removeTemp(temp);
        return s.error();
    }
    return uuid;
}
} // namespace

Result<QString> backup(const QString &image, const QString &file, const QString &detachedHeader)
{
    if (QFileInfo::exists(file))
        return Error(
            ExitCode::Failure,
            QCoreApplication::translate(
                "HeaderBackup", "%1 already exists; choose another name, or move the old backup away first.")
                .arg(file));
    auto device = CryptDevice::load(image, detachedHeader);
    if (!device)
        return device.error();
    return writeVerifiedBackup(**device, file, QStringLiteral("header-backup"));
}

Result<RestoreOutcome> restore(const QString &image, const QString &file, bool force,
                               const WorkProgress &work)
{
    const auto stopped = [&] {
        pausePointForTests("header-restore-before-write");
        return work.cancelled();
    };
    const Cancelled unchanged{
        QCoreApplication::translate("HeaderBackup", "Stopped before the header was written; %1 is unchanged.")
            .arg(image)};
    auto saved = CryptDevice::load(file);
    if (!saved)
        return Error(ExitCode::Unsupported,
                     QCoreApplication::translate("HeaderBackup", "%1 is not a LUKS header backup: %2")
                         .arg(file, saved.error().message),
                     QStringLiteral("not-luks"));
    RestoreOutcome outcome;
    outcome.uuid = QString::fromLatin1(crypt_get_uuid((*saved)->handle()));

    auto current = CryptDevice::load(image);
    if (current) {
        const QString currentUuid = QString::fromLatin1(crypt_get_uuid((*current)->handle()));
        if (currentUuid != outcome.uuid && !force)
            return Error(
                ExitCode::Failure,
                QCoreApplication::translate(
                    "HeaderBackup",
                    "%1 has UUID %2 but the backup %3 belongs to UUID %4: it is the header of another "
                    "volume. Nothing was changed; pass --force only if you are sure.")
                    .arg(image, currentUuid, file, outcome.uuid),
                QStringLiteral("uuid-mismatch"));
        if (stopped())
            return unchanged;
        // The header being replaced may hold newer key slots: keep it.
        const QString kept = safefile::keptOriginalPath(image, QStringLiteral("header-restore"));
        auto keptUuid = writeVerifiedBackup(**current, kept, QStringLiteral("header-keep"));
        if (!keptUuid)
            return keptUuid.error();
        outcome.previousHeaderKeptAt = kept;
    } else if (!force) {
        return Error(ExitCode::Failure,
                     QCoreApplication::translate(
                         "HeaderBackup",
                         "%1 has no readable LUKS header, so the backup's UUID cannot be checked against it. "
                         "Pass --force to restore %2 onto it anyway.")
                         .arg(image, file),
                     QStringLiteral("uuid-mismatch"));
    } else if (stopped()) {
        return unchanged;
    }

    auto target = CryptDevice::init(image);
    if (!target)
        return target.error();
    const QByteArray backupPath = QFile::encodeName(file);
    if (const int rc = crypt_header_restore((*target)->handle(), nullptr, backupPath.constData()); rc < 0)
        return (*target)->error(
            rc, QCoreApplication::translate("HeaderBackup", "restoring the header from %1").arg(file));
    if (auto s = safefile::fsyncFile(image); !s)
        return s.error();
    return outcome;
}

} // namespace strongroom::headerbackup
