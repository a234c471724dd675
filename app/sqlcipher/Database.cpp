#include "sqlcipher/Database.h"

#include "sqlcipher/PageOneHeader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QUrl>
#include <sqlite3.h>

namespace strongroom {

QString quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

Database::Database(QString path, sqlite3 *db, bool encrypted)
    : m_path(std::move(path)), m_db(db), m_encrypted(encrypted)
{
}

Database::~Database()
{
    // sqlite3_close_v2 lets SQLCipher free (and zero) its key material once the last statement goes.
    sqlite3_close_v2(m_db);
}

namespace {

// SQLCipher writes every failed HMAC check and decryption to stderr ("ERROR CORE ..."): a wrong-key
// try is expected while settings are probed, and a damaged page is reported by Strongroom itself,
// with what to do next. The level is process-wide, but SQLCipher only takes it from a connection
// that has a key.
void silenceCipherLog()
{
    static const bool once = [] {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK &&
            sqlite3_key(db, "log", 3) == SQLITE_OK)
            sqlite3_exec(db, "PRAGMA cipher_log_level = NONE", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        return true;
    }();
    Q_UNUSED(once);
}

Error wrongKeyOrSettings(const QString &path)
{
    return Error(
        ExitCode::WrongKey,
        QCoreApplication::translate("Database", "%1: the key or the cipher settings do not open this file.")
            .arg(path));
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, const OpenOptions &options)
{
    silenceCipherLog();
    int flags = SQLITE_OPEN_URI;
    switch (options.access) {
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Access::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Access::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    if (options.access != Access::Create && !QFile::exists(path))
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("Database", "%1: no such file. Check the path.").arg(path),
                     QStringLiteral("not-found"));

    // Without page HMACs a wrong key reaches SQLite, which may take the garbage for a WAL header and
    // create -wal and -shm files beside the file it was only asked to try.
    if (options.key && !options.settings.useHmac && options.access != Access::Create &&
        !decryptsToAPageOneHeader(path, *options.key, options.settings))
        return wrongKeyOrSettings(path);

    QByteArray target = QFile::encodeName(path);
    if (options.neverWrite && options.access == Access::ReadOnly)
        target =
            "file:" + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/") + "?readonly_shm=1";
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(target.constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(path, raw, options.key != nullptr));
    if (rc != SQLITE_OK)
        return Error(ExitCode::Failure, QCoreApplication::translate("Database", "%1: cannot open: %2")
                                            .arg(path, QString::fromUtf8(sqlite3_errstr(rc))));
    if (options.busyTimeoutMs > 0)
        sqlite3_busy_timeout(raw, options.busyTimeoutMs);
    if (!options.key) {
        // A plain SQLite file usually comes from elsewhere, and its schema is code that runs when we
        // read it: views, triggers and defaults may call only innocuous functions, and nothing may
        // write the schema or the pages behind SQLite's back.
        sqlite3_db_config(raw, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        sqlite3_db_config(raw, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    }

    if (options.key) {
        if (sqlite3_key(raw, options.key->data(), options.key->size()) != SQLITE_OK)
            return Error(ExitCode::Failure,
                         QCoreApplication::translate("Database", "%1: SQLCipher refused the key.").arg(path));
        const Result<QStringList> pragmas = options.settings.pragmas();
        if (!pragmas)
            return pragmas.error();
        for (const QString &pragma : pragmas.value()) {
            if (Status s = db->execSingle(pragma); !s)
                return s.error();
        }
    }

    // Reading the schema is the first access that decrypts page 1: it proves key and settings.
    Statement probe(raw, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (probe.isValid() && probe.step())
        return db;
    const int code = probe.isValid() ? probe.lastResult() : probe.prepareResult();
    const int primary = code & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return Error(ExitCode::Busy,
                     QCoreApplication::translate(
                         "Database", "%1: the database is locked by another process. Wait for it to "
                                     "finish, or open the file read-only.")
                         .arg(path));
    if (primary == SQLITE_NOTADB)
        return options.key ? wrongKeyOrSettings(path)
                           : Error(ExitCode::Unsupported,
                                   QCoreApplication::translate(
                                       "Database",
                                       "%1: not a plain SQLite database (it may be encrypted: give a key).")
                                       .arg(path));
    if (primary == SQLITE_CORRUPT)
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate("Database", "%1: the database is damaged: %2")
                         .arg(path, db->lastError()));
    return Error(ExitCode::Failure,
                 QCoreApplication::translate("Database", "%1: cannot read the database: %2")
                     .arg(path, db->lastError()));
}

namespace {

Error sqliteError(const QString &path, int rc, const QString &text)
{
    const int primary = rc & 0xff;
    const ExitCode code = (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)      ? ExitCode::Busy
                          : (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) ? ExitCode::Integrity
                                                                                    : ExitCode::Failure;
    return Error(code, QStringLiteral("%1: %2").arg(path, text));
}

} // namespace

Status Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return Status::success();
    const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return sqliteError(m_path, rc, text);
}

Status Database::execSingle(const QString &statement)
{
    const QByteArray utf8 = statement.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const char *tail = nullptr;
    const int prepared = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, &tail);
    const auto finalize = qScopeGuard([&stmt] { sqlite3_finalize(stmt); });
    if (prepared != SQLITE_OK)
        return sqliteError(m_path, prepared, lastError());
    const QByteArrayView rest(tail, utf8.constData() + utf8.size() - tail);
    if (!stmt || !rest.trimmed().isEmpty())
        return Error(ExitCode::Usage,
                     QCoreApplication::translate(
                         "Database", "%1: refused to run \"%2\": it is not exactly one SQL statement.")
                         .arg(m_path, statement),
                     QStringLiteral("several-statements"));
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(stmt);
    if (rc != SQLITE_DONE)
        return sqliteError(m_path, rc, lastError());
    return Status::success();
}

QVariant Database::scalar(const QString &sql) const
{
    Statement s(m_db, sql);
    return s.step() ? s.value(0) : QVariant();
}

QString Database::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace strongroom
