#include "conversion/SqlCipherExport.h"

#include "core/SafeFile.h"
#include "sqlcipher/Database.h"
#include "sqlcipher/StatementWatch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <sqlite3.h>

namespace strongroom {

namespace {

Error writeError(const QString &path, int rc, const QString &message)
{
    if ((rc & 0xff) == SQLITE_FULL || message.contains(QLatin1String("disk is full")))
        return Error(ExitCode::Failure,
                     QCoreApplication::translate(
                         "SqlCipherExport",
                         "%1: the disk filled up while writing the new file. The partial copy was removed "
                         "and the original is unchanged; free space in that folder and try again.")
                         .arg(QFileInfo(path).absolutePath()),
                     QStringLiteral("disk-full"));
    const int primary = rc & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return Error(ExitCode::Busy, QStringLiteral("%1: %2").arg(path, message));
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate("SqlCipherExport", "%1: the source is damaged: %2")
                         .arg(path, message));
    return Error(ExitCode::Failure,
                 QCoreApplication::translate("SqlCipherExport", "%1: copying failed: %2").arg(path, message));
}

} // namespace

Result<QStringList> cipherPragmasFor(const QString &schema, const CipherSettings &s)
{
    return s.pragmas(schema);
}

Status exportDatabase(const DatabaseEndpoint &source, const DatabaseEndpoint &target,
                      const ContentFingerprint &header, int plainPageSize, const WorkProgress &progress)
{
    // The source is the main database, opened the proven way (key, then its settings, then a read).
    // Read-write only because ATTACH inherits the main database's access mode; nothing is written to
    // it, and checkpoint-on-close stays off while it is open, so its -wal is read, never folded in.
    auto opened = Database::open(source.path, {Database::Access::ReadWrite, source.key, source.settings, 0});
    if (!opened)
        return opened.error();
    Database &db = **opened;
    sqlite3 *raw = db.handle();
    sqlite3_db_config(raw, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);

    // ATTACH inherits the connection's flags, which do not include CREATE: an empty file is an
    // empty database to SQLite, so the temp file is created here.
    // Private from its first byte; SQLite gives its -journal and -wal the same mode.
    if (Status created = safefile::createPrivateFile(target.path); !created)
        return created;
    {
        Statement attach = db.prepare(QStringLiteral("ATTACH DATABASE ?1 AS target KEY ?2"));
        const QByteArray path = QFile::encodeName(target.path);
        sqlite3_bind_text(attach.handle(), 1, path.constData(), int(path.size()), SQLITE_TRANSIENT);
        // The key goes in as a bound blob: it never becomes SQL text. An empty key means plain.
        if (target.key)
            sqlite3_bind_blob(attach.handle(), 2, target.key->data(), target.key->size(), SQLITE_STATIC);
        else
            sqlite3_bind_blob(attach.handle(), 2, "", 0, SQLITE_STATIC);
        attach.step();
        if (attach.lastResult() != SQLITE_DONE)
            return writeError(target.path, attach.lastResult(), db.lastError());
    }
    // The new file is still empty: its settings, page size and auto_vacuum take effect now.
    QStringList setup;
    if (target.key) {
        const Result<QStringList> cipher = cipherPragmasFor(QStringLiteral("target"), target.settings);
        if (!cipher)
            return cipher.error();
        setup = cipher.value();
    }
    if (!target.key && plainPageSize > 0)
        setup << QStringLiteral("PRAGMA target.page_size = %1").arg(plainPageSize);
    setup << QStringLiteral("PRAGMA target.auto_vacuum = %1").arg(header.autoVacuum);
    for (const QString &pragma : setup) {
        if (Status s = db.execSingle(pragma); !s)
            return s;
    }

    QElapsedTimer sinceLastTick;
    sinceLastTick.start();
    bool cancelled = false;
    int rc = SQLITE_OK;
    {
        // SQLite asks far more often than the file's size is worth reading: every 100 ms.
        const StatementWatch watch(raw, WorkProgress::cancelledWhen([&] {
                                       if (sinceLastTick.elapsed() < 100)
                                           return false;
                                       sinceLastTick.restart();
                                       progress.report(QFileInfo(target.path).size());
                                       return progress.cancelled();
                                   }));
        rc = sqlite3_exec(raw, "SELECT sqlcipher_export('target', 'main')", nullptr, nullptr, nullptr);
        cancelled = watch.stopped();
    }
    if (cancelled)
        return Cancelled{QCoreApplication::translate("SqlCipherExport",
                                                     "Cancelled while copying; the original is unchanged.")};
    if (rc != SQLITE_OK)
        return writeError(target.path, sqlite3_extended_errcode(raw), db.lastError());

    QStringList pragmas{QStringLiteral("PRAGMA target.user_version = %1").arg(header.userVersion),
                        QStringLiteral("PRAGMA target.application_id = %1").arg(header.applicationId)};
    // Only WAL is stored in the file; the rollback modes are chosen per connection.
    if (header.journalMode == QLatin1String("wal"))
        pragmas << QStringLiteral("PRAGMA target.journal_mode = WAL");
    for (const QString &pragma : std::as_const(pragmas)) {
        if (Status s = db.execSingle(pragma); !s)
            return writeError(target.path, sqlite3_extended_errcode(raw), db.lastError());
    }

    // The new file may checkpoint and drop its own -wal as it closes; the original may not.
    sqlite3_db_config(raw, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
    const Status detached = db.exec(QStringLiteral("DETACH DATABASE target"));
    sqlite3_db_config(raw, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    if (!detached)
        return writeError(target.path, sqlite3_extended_errcode(raw), db.lastError());
    return Status::success();
}

} // namespace strongroom
