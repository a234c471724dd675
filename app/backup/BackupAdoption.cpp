#include "backup/BackupAdoption.h"

#include "backup/BackupCatalog.h"
#include "backup/CatalogSeal.h"
#include "backup/KeyId.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace strongroom {

namespace {

Error notAdoptable(const QString &path, const QString &why)
{
    return Error(
        ExitCode::Unsupported,
        QCoreApplication::translate("BackupAdoption", "%1 was not added to the catalog: %2").arg(path, why),
        QStringLiteral("not-adoptable"));
}

} // namespace

Result<BackupRecord> adoptVerifiedFile(const BackupInspection &inspection, const KeyMaterial &key)
{
    const QFileInfo info(inspection.path);
    if (inspection.catalogEntry)
        return notAdoptable(inspection.path,
                            QCoreApplication::translate("BackupAdoption", "it has an entry already."));
    if (!isBackupFileName(info.fileName()))
        return notAdoptable(
            inspection.path,
            QCoreApplication::translate("BackupAdoption",
                                        "its name is not a backup's name (STEM-backup-YYYYMMDD-HHMMSS.db, "
                                        "the time in UTC); rename it to bring it under retention."));
    const QDateTime created = timeFromBackupFileName(info.fileName());
    if (created > QDateTime::currentDateTimeUtc().addDays(1))
        return notAdoptable(
            inspection.path,
            QCoreApplication::translate("BackupAdoption", "the time in its name lies in the future."));
    if (inspection.levelReached < 3 || !inspection.structureChecked || inspection.sealed || !inspection.keys)
        return notAdoptable(
            inspection.path,
            QCoreApplication::translate("BackupAdoption",
                                        "it was not checked page by page with its page keys (settings "
                                        "that keep the salt outside the file cannot be sealed)."));

    BackupCatalog catalog(info.absolutePath());
    const Result<QByteArray> salt = catalog.keyIdSalt();
    if (!salt)
        return salt.error();
    const Result<QString> keyId = backupKeyId(key, salt.value());
    if (!keyId)
        return keyId.error();
    BackupRecord record;
    record.fileName = info.fileName();
    record.created = created;
    record.size = inspection.size;
    record.sha256 = QString::fromLatin1(inspection.sha256.toHex());
    record.settings = inspection.settings;
    record.rowCounts = inspection.rowCounts;
    record.strongroomVersion = QStringLiteral(STRONGROOM_VERSION);
    record.keyId = keyId.value();
    record.pagesChecked = true;
    if (Status s = seal(record, *inspection.keys); !s)
        return s.error();
    // The file may have changed since it was hashed; the entry then fails its checksum at the next
    // verify, as any entry whose file changed.
    if (Status s = catalog.add(record); !s)
        return s.error();
    return record;
}

} // namespace strongroom
