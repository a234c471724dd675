#include "conversion/SqlCipherExport.h"

#include "sqlcipher/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QUrl>
#include <sqlite3.h>

namespace strongroom {

namespace {

struct ProgressState
{
    QString targetPath;
    const std::function<bool(qint64)> *tick = nullptr;
    QElapsedTimer sinceLastTick;
    bool cancelled = false;
};

extern "C" int onExportProgress(void *opaque)
{
    auto *state = static_cast<ProgressState *>(opaque);
    if (state->sinceLastTick.elapsed() < 100)
        return 0;
    state->sinceLastTick.restart();
    if (*state->tick && !(*state->tick)(QFileInfo(state->targetPath).size())) {
        state->cancelled = true;
        return 1; // SQLITE_INTERRUPT
    }
    return 0;
}

Error writeError(const QString &path, int rc, const QString &message)
{
    if ((rc & 0xff) == SQLITE_FULL)
        return Error(
            ExitCode::Failure,
            QStringLiteral("%1: the disk filled up while writing the new file. The partial copy was removed "
                           "and the original is unchanged; free space in that folder and try again.")
                .arg(QFileInfo(path).absolutePath()),
            QStringLiteral("disk-full"));
    const int primary = rc & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return Error(ExitCode::Busy, QStringLiteral("%1: %2").arg(path, message));
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        return Error(ExitCode::Integrity, QStringLiteral("%1: the source is damaged: %2").arg(path, message));
    return Error(ExitCode::Failure, QStringLiteral("%1: copying failed: %2").arg(path, message));
}

// Turns checkpoint-on-close off for the lifetime of the object (the attached original is closed on
// DETACH or when the connection closes, and neither may fold its -wal into it).
class NoCheckpointOnClose
{
public:
    explicit NoCheckpointOnClose(sqlite3 *db) : m_db(db)
    {
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    }
    ~NoCheckpointOnClose() { sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr); }
    NoCheckpointOnClose(const NoCheckpointOnClose &) = delete;
    NoCheckpointOnClose &operator=(const NoCheckpointOnClose &) = delete;

private:
    sqlite3 *m_db;
};

} // namespace

QStringList cipherPragmasFor(const QString &schema, const CipherSettings &s)
{
    const QString p = QStringLiteral("PRAGMA %1.").arg(quoteIdentifier(schema));
    return {p + QStringLiteral("cipher_page_size = %1").arg(s.pageSize),
            p + QStringLiteral("kdf_iter = %1").arg(s.kdfIter),
            p + QStringLiteral("cipher_use_hmac = %1")
                    .arg(s.useHmac ? QStringLiteral("ON") : QStringLiteral("OFF")),
            p + QStringLiteral("cipher_hmac_algorithm = %1").arg(s.hmacAlgorithm),
            p + QStringLiteral("cipher_kdf_algorithm = %1").arg(s.kdfAlgorithm),
            p + QStringLiteral("cipher_plaintext_header_size = %1").arg(s.plaintextHeaderSize)};
}

Status exportDatabase(const DatabaseEndpoint &source, const DatabaseEndpoint &target,
                      const ContentFingerprint &header, int plainPageSize,
                      const std::function<bool(qint64)> &tick)
{
    auto opened = Database::open(target.path, {Database::Access::Create, target.key, target.settings, 0});
    if (!opened)
        return opened.error();
    Database &db = **opened;
    sqlite3 *raw = db.handle();

    // Both must precede the first table; neither is carried over by sqlcipher_export().
    if (!target.key && plainPageSize > 0) {
        if (Status s = db.exec(QStringLiteral("PRAGMA page_size = %1").arg(plainPageSize)); !s)
            return s;
    }
    if (Status s = db.exec(QStringLiteral("PRAGMA auto_vacuum = %1").arg(header.autoVacuum)); !s)
        return s;

    const QByteArray uri =
        QUrl::fromLocalFile(QFileInfo(source.path).absoluteFilePath()).toEncoded() + "?mode=ro";
    NoCheckpointOnClose noCheckpoint(raw);
    {
        Statement attach = db.prepare(QStringLiteral("ATTACH DATABASE ?1 AS source KEY ?2"));
        sqlite3_bind_text(attach.handle(), 1, uri.constData(), int(uri.size()), SQLITE_TRANSIENT);
        // The key goes in as a bound blob: it never becomes SQL text. An empty key means plain.
        if (source.key)
            sqlite3_bind_blob(attach.handle(), 2, source.key->data(), source.key->size(), SQLITE_STATIC);
        else
            sqlite3_bind_blob(attach.handle(), 2, "", 0, SQLITE_STATIC);
        attach.step();
        if (attach.lastResult() != SQLITE_DONE)
            return writeError(source.path, attach.lastResult(), db.lastError());
    }
    if (source.key) {
        for (const QString &pragma : cipherPragmasFor(QStringLiteral("source"), source.settings)) {
            if (Status s = db.exec(pragma); !s)
                return s;
        }
    }

    ProgressState progress{target.path, &tick, {}, false};
    progress.sinceLastTick.start();
    sqlite3_progress_handler(raw, 20000, onExportProgress, &progress);
    const int rc = sqlite3_exec(raw, "SELECT sqlcipher_export('main', 'source')", nullptr, nullptr, nullptr);
    sqlite3_progress_handler(raw, 0, nullptr, nullptr);
    if (progress.cancelled)
        return Error(ExitCode::Cancelled,
                     QStringLiteral("Cancelled while copying; the original is unchanged."));
    if (rc != SQLITE_OK)
        return writeError(target.path, sqlite3_extended_errcode(raw), db.lastError());
    if (Status s = db.exec(QStringLiteral("DETACH DATABASE source")); !s)
        return s;

    QString pragmas = QStringLiteral("PRAGMA user_version = %1; PRAGMA application_id = %2;")
                          .arg(header.userVersion)
                          .arg(header.applicationId);
    // Only WAL is stored in the file; the rollback modes are chosen per connection.
    if (header.journalMode == QLatin1String("wal"))
        pragmas += QStringLiteral(" PRAGMA journal_mode = WAL;");
    if (Status s = db.exec(pragmas); !s)
        return writeError(target.path, sqlite3_extended_errcode(raw), db.lastError());
    return Status::success();
}

} // namespace strongroom
