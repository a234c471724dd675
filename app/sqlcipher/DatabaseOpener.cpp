#include "sqlcipher/DatabaseOpener.h"

#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
#include "sqlcipher/FileMagic.h"
#include "sqlcipher/RememberedSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <sqlite3.h>

namespace strongroom {

namespace {

struct Candidate
{
    QString name;
    CipherSettings settings;
};

// The one order of tries: a catalog's settings, the remembered ones, the standard profiles, the user's.
QList<Candidate> candidatesFor(const QString &path, const std::optional<CipherSettings> &preferred,
                               bool remembered, const std::optional<CipherSettings> &userSettings)
{
    QList<Candidate> list;
    auto add = [&list](const CipherSettings &s) {
        for (const Candidate &c : std::as_const(list))
            if (c.settings == s)
                return;
        list.append({s.profileName(), s});
    };
    if (preferred)
        add(*preferred);
    if (remembered)
        if (const auto settings = RememberedSettings::lookup(path))
            add(*settings);
    for (const CipherSettings &s : CipherSettings::standardProfiles())
        add(s);
    if (userSettings)
        add(*userSettings);
    return list;
}

OpenDiagnosis diagnosis(OpenDiagnosis::Case what, const QString &path, ExitCode code, const QString &message,
                        const QStringList &tried = {})
{
    OpenDiagnosis d;
    d.what = what;
    d.path = path;
    d.exitCode = code;
    d.message = message;
    d.profilesTried = tried;
    return d;
}

QString lockedMessage(const QString &path)
{
    return QCoreApplication::translate(
               "DatabaseOpener",
               "%1 is locked: another process is writing to it. Wait for it to finish and try again; to "
               "look at the data now, copy the file (with its -wal file) and open the copy read-only.")
        .arg(path);
}

// An encrypted page looks random: 1 KiB of random bytes holds about 251 distinct values, text or
// structured data far fewer.
bool looksRandom(const QByteArray &sample)
{
    if (sample.size() < 1024)
        return true; // too little to tell
    QSet<char> distinct;
    for (char c : sample)
        distinct.insert(c);
    return distinct.size() >= 200;
}

// The start of a file, read once before any try.
struct FileStart
{
    qint64 size = 0;
    QByteArray head; // up to 4 KiB
    FileMagic magic;
};

// What can be said before any try: no such file, a folder, unreadable, empty, another file type.
std::optional<OpenDiagnosis> refusedByItsStart(const QString &path, FileStart &start)
{
    using Case = OpenDiagnosis::Case;
    const QFileInfo info(path);
    if (!info.exists())
        return diagnosis(
            Case::NotFound, path, ExitCode::Failure,
            QCoreApplication::translate("DatabaseOpener", "%1: no such file. Check the path.").arg(path));
    if (info.isDir())
        return diagnosis(Case::Unreadable, path, ExitCode::Failure,
                         QCoreApplication::translate(
                             "DatabaseOpener", "%1 is a folder, not a database file. Choose the file itself.")
                             .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return diagnosis(Case::Unreadable, path, ExitCode::Failure,
                         QCoreApplication::translate("DatabaseOpener",
                                                     "%1: cannot read the file (%2). Check its permissions.")
                             .arg(path, file.errorString()));
    start.size = file.size();
    start.head = file.read(4096);
    start.magic = FileMagic::identify(start.head, start.size);
    if (start.magic.kind == FileMagic::Kind::Empty)
        return diagnosis(Case::Empty, path, ExitCode::Unsupported,
                         QCoreApplication::translate(
                             "DatabaseOpener",
                             "%1 is empty (0 bytes): there is no database in it. If it should hold data, "
                             "restore it from a backup.")
                             .arg(path));
    if (start.magic.kind == FileMagic::Kind::OtherType || start.magic.kind == FileMagic::Kind::Text) {
        OpenDiagnosis d =
            diagnosis(Case::NotADatabase, path, ExitCode::Unsupported,
                      QCoreApplication::translate(
                          "DatabaseOpener", "%1 is not a database: it looks like a %2. Choose the database "
                                            "file itself.")
                          .arg(path, start.magic.kind == FileMagic::Kind::Text
                                         ? QCoreApplication::translate("DatabaseOpener", "text file")
                                         : start.magic.description));
        d.fileType =
            start.magic.kind == FileMagic::Kind::Text ? QStringLiteral("text") : start.magic.description;
        return d;
    }
    return std::nullopt;
}

// A try that failed with something other than a wrong key: locked, damaged, or the error as it came.
std::optional<OpenDiagnosis> triedAndFailed(const QString &path, const QString &candidate, const Error &error,
                                            const QStringList &tried)
{
    using Case = OpenDiagnosis::Case;
    if (error.code == ExitCode::WrongKey)
        return std::nullopt;
    if (error.code == ExitCode::Busy)
        return diagnosis(Case::Locked, path, ExitCode::Busy, lockedMessage(path), tried);
    if (error.code == ExitCode::Integrity)
        // Page 1 decrypted and passed its HMAC, so key and settings are right; the rest is damaged.
        return diagnosis(
            Case::Damaged, path, ExitCode::Integrity,
            QCoreApplication::translate("DatabaseOpener",
                                        "%1 is damaged: the key is right (%2) but the database cannot be "
                                        "read: %3. Restore it from a backup.")
                .arg(path, candidate, error.message),
            tried);
    OpenDiagnosis d = diagnosis(Case::Unreadable, path, error.code, error.message, tried);
    return d;
}

// Why no settings tried opened a file, from its bytes alone.
OpenDiagnosis noSettingsOpen(const QString &path, const FileStart &start, const QStringList &tried)
{
    using Case = OpenDiagnosis::Case;
    if (start.magic.kind != FileMagic::Kind::PlainSqlite && !looksRandom(start.head))
        return diagnosis(Case::NotADatabase, path, ExitCode::Unsupported,
                         QCoreApplication::translate(
                             "DatabaseOpener", "%1 is not a database: its content is not encrypted SQLCipher "
                                               "pages. Check that this is the file you meant (a download may "
                                               "have saved an error page).")
                             .arg(path),
                         tried);
    // SQLCipher files are whole pages, and no page size is below 512 bytes.
    if (start.size % 512 != 0)
        return diagnosis(
            Case::Damaged, path, ExitCode::Integrity,
            QCoreApplication::translate("DatabaseOpener",
                                        "%1: no settings tried (%2) open it, and its size, %3 bytes, is "
                                        "not a multiple of any page size: it is truncated or damaged, or "
                                        "it is not a database. Check the key; restore the file from a "
                                        "backup.")
                .arg(path, tried.join(QStringLiteral(", ")))
                .arg(start.size),
            tried);
    return diagnosis(
        Case::WrongKey, path, ExitCode::WrongKey,
        QCoreApplication::translate(
            "DatabaseOpener",
            "%1: the key does not open this file with any of the settings tried (%2). Check the key. If "
            "the file was made with other settings, give them (page size, KDF iterations, HMAC and KDF "
            "algorithms, plaintext header size). Note that a file of random bytes looks exactly like "
            "this: an encrypted database has no readable header.")
            .arg(path, tried.join(QStringLiteral(", "))),
        tried);
}

// A plain SQLite file given where an encrypted one is needed.
OpenDiagnosis plainWhereEncryptedNeeded(const QString &path)
{
    return diagnosis(OpenDiagnosis::Case::PlainSqlite, path, ExitCode::Unsupported,
                     QCoreApplication::translate(
                         "DatabaseOpener",
                         "%1 is a plain SQLite database, not an encrypted one: anyone who can read "
                         "the file can read its data. Encrypt it first (db encrypt); then back "
                         "it up.")
                         .arg(path));
}

QString truncatedMessage(const QString &path, qint64 fileBytes, int pageSize)
{
    return QCoreApplication::translate(
               "DatabaseOpener",
               "%1 is truncated or damaged: its size, %2 bytes, is not a multiple of its page "
               "size %3. Restore it from a backup; run a check to see what can still be read.")
        .arg(path)
        .arg(fileBytes)
        .arg(pageSize);
}

// A connection that opened, unless the file ends in the middle of a page (SQLite reads page 1 and
// does not notice): then it is damaged, as the diagnosis says.
Result<OpenedDatabase> unlessTruncated(const QString &path, OpenedDatabase opened)
{
    const qint64 size = QFileInfo(path).size();
    const int pageSize = opened.settings.pageSize;
    if (pageSize > 0 && size % pageSize != 0)
        return Error(ExitCode::Integrity, truncatedMessage(path, size, pageSize),
                     OpenDiagnosis::caseName(OpenDiagnosis::Case::Damaged));
    return opened;
}

// Fills in a successful open: facts, the damage check on the size, and the remembered settings.
OpenDiagnosis opened(const OpenRequest &request, std::unique_ptr<Database> db,
                     const std::optional<CipherSettings> &settings, QStringList tried)
{
    // A read-only connection never checkpoints, but say so explicitly: closing must not touch the file.
    sqlite3_db_config(db->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    const KeyKind keyKind = request.key ? request.key->kind() : KeyKind::Passphrase;
    FileFacts facts = FileFacts::read(*db, settings, keyKind);
    const QString path = facts.path;

    OpenDiagnosis d;
    d.path = path;
    d.profilesTried = std::move(tried);
    d.readOnly = facts.readOnly;
    const bool truncated = facts.pageSize > 0 && facts.fileBytes % facts.pageSize != 0;
    const int pageSize = facts.pageSize;
    const qint64 fileBytes = facts.fileBytes;
    d.session = std::make_shared<DatabaseSession>(std::move(db), std::move(facts));
    if (settings && request.key)
        d.session->keepKey(*request.key);

    if (truncated) {
        d.what = OpenDiagnosis::Case::Damaged;
        d.exitCode = ExitCode::Integrity;
        d.message = truncatedMessage(path, fileBytes, pageSize);
        return d;
    }
    if (settings && request.rememberSettings)
        RememberedSettings::remember(path, *settings);

    d.exitCode = ExitCode::Ok;
    QString readOnlyNote;
    if (d.readOnly)
        readOnlyNote = QCoreApplication::translate(
            "DatabaseOpener", " Opened read-only: you cannot write to the file or its folder, so it cannot "
                              "be changed or backed up next to itself.");
    if (!settings) {
        d.what = OpenDiagnosis::Case::PlainSqlite;
        d.message =
            QCoreApplication::translate(
                "DatabaseOpener",
                "%1 is a plain SQLite database: it is not encrypted, so anyone who can read the "
                "file can read its data. Encrypt it to protect it at rest.")
                .arg(path) +
            (request.key ? QCoreApplication::translate("DatabaseOpener", " (The key given was not needed.)")
                         : QString()) +
            readOnlyNote;
        return d;
    }
    d.what = d.readOnly ? OpenDiagnosis::Case::OpenedReadOnly : OpenDiagnosis::Case::Opened;
    d.message =
        QCoreApplication::translate("DatabaseOpener", "Opened %1 (%2).").arg(path, settings->profileName()) +
        readOnlyNote;
    return d;
}

} // namespace

CipherSettings DatabaseOpener::customSettings(std::optional<int> pageSize, std::optional<int> kdfIter,
                                              const QString &hmacAlgorithm, const QString &kdfAlgorithm,
                                              std::optional<int> plaintextHeaderSize)
{
    CipherSettings s = CipherSettings::sqlcipher4();
    if (pageSize)
        s.pageSize = *pageSize;
    if (kdfIter)
        s.kdfIter = *kdfIter;
    if (!hmacAlgorithm.isEmpty())
        s.hmacAlgorithm = hmacAlgorithm.toUpper();
    if (!kdfAlgorithm.isEmpty())
        s.kdfAlgorithm = kdfAlgorithm.toUpper();
    if (plaintextHeaderSize)
        s.plaintextHeaderSize = *plaintextHeaderSize;
    return s;
}

OpenDiagnosis DatabaseOpener::open(const OpenRequest &request, const WorkProgress &work)
{
    using Case = OpenDiagnosis::Case;
    const QString path = QFileInfo(request.path).absoluteFilePath();
    FileStart start;
    if (auto refused = refusedByItsStart(path, start))
        return *refused;
    if (request.userSettings) {
        if (Status valid = request.userSettings->validate(); !valid)
            return diagnosis(Case::BadSettings, path, valid.error().code,
                             QStringLiteral("%1: %2").arg(path, valid.error().message));
    }
    const FileMagic &magic = start.magic;

    // Never write: not the database, not its -wal, not its -shm. A WAL database without a -shm (one
    // whose last user closed it cleanly, or a -wal copied alone) cannot be read by SQLite without
    // creating the -shm (and an empty -wal), so only then is that allowed; the database's own bytes
    // and an existing -wal are never touched.
    const bool shmMissing = !QFileInfo::exists(path + QStringLiteral("-shm"));
    Database::OpenOptions options;
    options.access = Database::Access::ReadOnly;
    options.neverWrite = !shmMissing;

    QStringList tried;
    if (magic.kind == FileMagic::Kind::PlainSqlite) {
        tried.append(QStringLiteral("plain"));
        auto plain = Database::open(path, options);
        if (plain)
            return opened(request, std::move(plain.value()), std::nullopt, tried);
        const ExitCode code = plain.error().code;
        if (code == ExitCode::Busy)
            return diagnosis(Case::Locked, path, ExitCode::Busy, lockedMessage(path));
        if (code == ExitCode::Integrity)
            return diagnosis(
                Case::Damaged, path, ExitCode::Integrity,
                QCoreApplication::translate("DatabaseOpener",
                                            "%1 is a damaged SQLite database: %2. Restore it from a backup.")
                    .arg(path, plain.error().message));
        // Otherwise the SQLite header may be the plaintext header of an encrypted file: go on.
    }

    if (!request.key || request.key->isEmpty()) {
        OpenDiagnosis d =
            diagnosis(Case::KeyNeeded, path, ExitCode::Usage, // no key given: a usage error, not a wrong key
                      QCoreApplication::translate(
                          "DatabaseOpener", "%1 is not a plain SQLite database; it looks encrypted (an "
                                            "encrypted database has no readable header). Give its key or "
                                            "passphrase.")
                          .arg(path));
        d.profilesTried = tried;
        return d;
    }

    options.key = &*request.key;
    for (const Candidate &candidate :
         candidatesFor(path, std::nullopt, request.rememberSettings, request.userSettings)) {
        if (!work.keepGoing(tried.size()))
            return diagnosis(
                Case::Cancelled, path, ExitCode::Cancelled,
                QCoreApplication::translate("DatabaseOpener", "Opening %1 was cancelled.").arg(path), tried);
        tried.append(candidate.name);
        options.settings = candidate.settings;
        auto db = Database::open(path, options);
        if (db)
            return opened(request, std::move(db.value()), candidate.settings, tried);
        if (auto failed = triedAndFailed(path, candidate.name, db.error(), tried))
            return *failed;
    }
    return noSettingsOpen(path, start, tried);
}

Result<OpenedDatabase> DatabaseOpener::openWithKey(const QString &given, const KeyMaterial &key,
                                                   const KeyedOpen &how)
{
    const QString path = QFileInfo(given).absoluteFilePath();
    FileStart start;
    if (auto refused = refusedByItsStart(path, start))
        return refused->error();
    // Before any KDF run: a plain SQLite file is the wrong kind of input here, whatever the key.
    if (start.magic.kind == FileMagic::Kind::PlainSqlite) {
        if (Result<bool> plain = isPlainSqlite(path); plain && *plain)
            return plainWhereEncryptedNeeded(path).error();
    }
    QStringList tried;
    for (const Candidate &candidate :
         candidatesFor(path, how.preferred, how.rememberedSettings, how.userSettings)) {
        tried.append(candidate.name);
        auto db = Database::open(path, {how.access, &key, candidate.settings, how.busyTimeoutMs});
        if (db)
            return unlessTruncated(path,
                                   OpenedDatabase{std::move(db.value()), candidate.settings, std::nullopt});
        if (auto failed = triedAndFailed(path, candidate.name, db.error(), tried))
            return failed->what == OpenDiagnosis::Case::Unreadable ? db.error() : failed->error();
    }
    return noSettingsOpen(path, start, tried).error();
}

Result<OpenedDatabase> DatabaseOpener::openWithPageKeys(const QString &given, const KeyMaterial &key,
                                                        const KeyedOpen &how)
{
    const QString path = QFileInfo(given).absoluteFilePath();
    FileStart start;
    if (auto refused = refusedByItsStart(path, start))
        return refused->error();
    const Candidate first =
        candidatesFor(path, how.preferred, how.rememberedSettings, how.userSettings).constFirst();
    const Result<QByteArray> salt = PageKeys::readSalt(path);
    if (salt && first.settings.plaintextHeaderSize == 0) {
        Result<PageKeys> keys = how.sameSalt && how.sameSalt->salt == salt.value()
                                    ? Result<PageKeys>(*how.sameSalt)
                                    : PageKeys::derive(key, salt.value(), first.settings);
        if (!keys)
            return keys.error();
        const KeyMaterial raw = keys->rawKey();
        auto db = Database::open(path, {how.access, &raw, first.settings, how.busyTimeoutMs});
        if (db)
            return unlessTruncated(
                path, OpenedDatabase{std::move(db.value()), first.settings, std::move(keys.value())});
        if (auto failed = triedAndFailed(path, first.name, db.error(), {first.name}))
            return failed->what == OpenDiagnosis::Case::Unreadable ? db.error() : failed->error();
    }
    // Another profile, another key or no database at all: the slow path tells which.
    Result<OpenedDatabase> opened = openWithKey(path, key, how);
    if (!opened || !salt || opened->settings.plaintextHeaderSize != 0)
        return opened;
    Result<PageKeys> keys = PageKeys::derive(key, salt.value(), opened->settings);
    if (keys)
        opened->keys = std::move(keys.value());
    return opened;
}

Result<CipherSettings> DatabaseOpener::findSettings(const QString &path, const KeyMaterial &key,
                                                    const std::optional<CipherSettings> &only)
{
    if (!only) {
        Result<OpenedDatabase> opened = openWithKey(path, key, {});
        if (!opened)
            return opened.error();
        return opened->settings;
    }
    auto db = Database::open(path, {Database::Access::ReadOnly, &key, *only, 0});
    if (db)
        return *only;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (auto failed = triedAndFailed(absolute, only->profileName(), db.error(), {only->profileName()}))
        return failed->what == OpenDiagnosis::Case::Unreadable ? db.error() : failed->error();
    FileStart start;
    if (auto refused = refusedByItsStart(absolute, start))
        return refused->error();
    return noSettingsOpen(absolute, start, {only->profileName()}).error();
}

std::optional<Error> DatabaseOpener::refusedBeforeTrying(const QString &path)
{
    FileStart start;
    if (auto refused = refusedByItsStart(QFileInfo(path).absoluteFilePath(), start))
        return refused->error();
    return std::nullopt;
}

Result<bool> DatabaseOpener::isPlainSqlite(const QString &path)
{
    auto db = Database::open(path, {Database::Access::ReadOnly, nullptr, {}, 0});
    if (db)
        return true;
    if (db.error().code == ExitCode::Unsupported)
        return false;
    if (db.error().code == ExitCode::Busy)
        return diagnosis(OpenDiagnosis::Case::Locked, QFileInfo(path).absoluteFilePath(), ExitCode::Busy,
                         lockedMessage(QFileInfo(path).absoluteFilePath()))
            .error();
    return db.error();
}

QString OpenDatabaseJob::title() const
{
    return QCoreApplication::translate("DatabaseOpener", "Open %1").arg(QFileInfo(m_request.path).fileName());
}

QList<JobStep> OpenDatabaseJob::steps() const
{
    return {JobStep{QCoreApplication::translate("DatabaseOpener", "Find the settings that open the file")}};
}

void OpenDatabaseJob::run(JobContext &context)
{
    context.startStep(0);
    m_diagnosis = DatabaseOpener::open(m_request, workProgress(context));
    if (m_request.key)
        m_request.key->wipe();
    context.setProgress(m_diagnosis.profilesTried.size());
    context.setData(m_diagnosis.toJson());
    context.setOverview(m_diagnosis.message);
    if (m_diagnosis.what != OpenDiagnosis::Case::Cancelled && !m_diagnosis.succeeded())
        context.fail(m_diagnosis.error());
}

} // namespace strongroom
