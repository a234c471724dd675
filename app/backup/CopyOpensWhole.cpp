#include "backup/CopyOpensWhole.h"

#include "sqlcipher/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace strongroom {

Status opensWhole(const QString &path, const KeyMaterial &key, const CipherSettings &settings)
{
    Result<std::unique_ptr<Database>> db =
        Database::open(path, {Database::Access::ReadOnly, &key, settings, 5000});
    if (!db)
        return db.error();
    const qint64 pages = db.value()->scalar(QStringLiteral("PRAGMA page_count")).toLongLong();
    const qint64 size = QFileInfo(path).size();
    if (pages * settings.pageSize != size)
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate(
                         "DatabaseChecks", "%1: its header counts %2 pages, but the file holds %3 bytes.")
                         .arg(path)
                         .arg(pages)
                         .arg(size));
    return Status::success();
}

} // namespace strongroom
