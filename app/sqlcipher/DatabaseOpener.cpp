#include "sqlcipher/DatabaseOpener.h"

#include "core/JobContext.h"
#include "sqlcipher/FileMagic.h"
#include "sqlcipher/RememberedSettings.h"

#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace strongroom {

namespace {

struct Candidate
{
    QString name;
    CipherSettings settings;
};

QList<Candidate> candidatesFor(const OpenRequest &request)
{
    QList<Candidate> list;
    auto add = [&list](const QString &name, const CipherSettings &s) {
        for (const Candidate &c : std::as_const(list))
            if (c.settings == s)
                return;
        list.append({name, s});
    };
    if (request.rememberSettings)
        if (const auto remembered = RememberedSettings::lookup(request.path))
            add(remembered->profileName(), *remembered);
    for (const CipherSettings &s : CipherSettings::standardProfiles())
        add(s.profileName(), s);
    if (request.userSettings)
        add(request.userSettings->profileName(), *request.userSettings);
    return list;
}

OpenDiagnosis diagnosis(OpenDiagnosis::Case what, const QString &path, ExitCode code, const QString &message)
{
    OpenDiagnosis d;
    d.what = what;
    d.path = path;
    d.exitCode = code;
    d.message = message;
    return d;
}

QString lockedMessage(const QString &path)
{
    return QStringLiteral(
               "%1 is locked: another process is writing to it. Wait for it to finish and try again; to "
               "look at the data now, copy the file (with its -wal file) and open the copy read-only.")
        .arg(path);
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
        d.message =
            QStringLiteral("%1 is truncated or damaged: its size, %2 bytes, is not a multiple of its page "
                           "size %3. Restore it from a backup; run a check to see what can still be read.")
                .arg(path)
                .arg(fileBytes)
                .arg(pageSize);
        return d;
    }
    if (settings && request.rememberSettings)
        RememberedSettings::remember(path, *settings);

    d.exitCode = ExitCode::Ok;
    QString readOnlyNote;
    if (d.readOnly)
        readOnlyNote =
            QStringLiteral(" Opened read-only: you cannot write to the file or its folder, so it cannot "
                           "be changed or backed up next to itself.");
    if (!settings) {
        d.what = OpenDiagnosis::Case::PlainSqlite;
        d.message =
            QStringLiteral("%1 is a plain SQLite database: it is not encrypted, so anyone who can read the "
                           "file can read its data. Encrypt it to protect it at rest.")
                .arg(path) +
            (request.key ? QStringLiteral(" (The key given was not needed.)") : QString()) + readOnlyNote;
        return d;
    }
    d.what = d.readOnly ? OpenDiagnosis::Case::OpenedReadOnly : OpenDiagnosis::Case::Opened;
    d.message = QStringLiteral("Opened %1 (%2).").arg(path, settings->profileName()) + readOnlyNote;
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

OpenDiagnosis DatabaseOpener::open(const OpenRequest &request, const std::function<bool()> &cancelled)
{
    using Case = OpenDiagnosis::Case;
    const QFileInfo info(request.path);
    const QString path = info.absoluteFilePath();
    if (!info.exists())
        return diagnosis(Case::NotFound, path, ExitCode::Failure,
                         QStringLiteral("%1: no such file. Check the path.").arg(path));
    if (info.isDir())
        return diagnosis(
            Case::Unreadable, path, ExitCode::Failure,
            QStringLiteral("%1 is a folder, not a database file. Choose the file itself.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return diagnosis(Case::Unreadable, path, ExitCode::Failure,
                         QStringLiteral("%1: cannot read the file (%2). Check its permissions.")
                             .arg(path, file.errorString()));
    if (request.userSettings) {
        if (Status valid = request.userSettings->validate(); !valid)
            return diagnosis(Case::BadSettings, path, valid.error().code,
                             QStringLiteral("%1: %2").arg(path, valid.error().message));
    }
    const qint64 size = file.size();
    const FileMagic magic = FileMagic::identify(file.read(512), size);
    file.close();

    if (magic.kind == FileMagic::Kind::Empty)
        return diagnosis(
            Case::Empty, path, ExitCode::Unsupported,
            QStringLiteral("%1 is empty (0 bytes): there is no database in it. If it should hold data, "
                           "restore it from a backup.")
                .arg(path));
    if (magic.kind == FileMagic::Kind::OtherType || magic.kind == FileMagic::Kind::Text) {
        OpenDiagnosis d =
            diagnosis(Case::NotADatabase, path, ExitCode::Unsupported,
                      QStringLiteral("%1 is not a database: it looks like a %2. Choose the database "
                                     "file itself.")
                          .arg(path, magic.kind == FileMagic::Kind::Text ? QStringLiteral("text file")
                                                                         : magic.description));
        d.fileType = magic.kind == FileMagic::Kind::Text ? QStringLiteral("text") : magic.description;
        return d;
    }

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
            return diagnosis(Case::Damaged, path, ExitCode::Integrity,
                             QStringLiteral("%1 is a damaged SQLite database: %2. Restore it from a backup.")
                                 .arg(path, plain.error().message));
        // Otherwise the SQLite header may be the plaintext header of an encrypted file: go on.
    }

    if (!request.key || request.key->isEmpty()) {
        OpenDiagnosis d =
            diagnosis(Case::KeyNeeded, path, ExitCode::Usage, // no key given: a usage error, not a wrong key
                      QStringLiteral("%1 is not a plain SQLite database; it looks encrypted (an "
                                     "encrypted database has no readable header). Give its key or "
                                     "passphrase.")
                          .arg(path));
        d.profilesTried = tried;
        return d;
    }

    options.key = &*request.key;
    for (const Candidate &candidate : candidatesFor(request)) {
        if (cancelled && cancelled()) {
            OpenDiagnosis d = diagnosis(Case::Cancelled, path, ExitCode::Cancelled,
                                        QStringLiteral("Opening %1 was cancelled.").arg(path));
            d.profilesTried = tried;
            return d;
        }
        tried.append(candidate.name);
        options.settings = candidate.settings;
        auto db = Database::open(path, options);
        if (db)
            return opened(request, std::move(db.value()), candidate.settings, tried);
        const ExitCode code = db.error().code;
        if (code == ExitCode::Busy) {
            OpenDiagnosis d = diagnosis(Case::Locked, path, ExitCode::Busy, lockedMessage(path));
            d.profilesTried = tried;
            return d;
        }
        if (code == ExitCode::Integrity) {
            // Page 1 decrypted and passed its HMAC, so key and settings are right; the rest is damaged.
            OpenDiagnosis d =
                diagnosis(Case::Damaged, path, ExitCode::Integrity,
                          QStringLiteral("%1 is damaged: the key is right (%2) but the database "
                                         "cannot be read: %3. Restore it from a backup.")
                              .arg(path, candidate.name, db.error().message));
            d.profilesTried = tried;
            return d;
        }
        if (code != ExitCode::WrongKey) {
            OpenDiagnosis d = diagnosis(Case::Unreadable, path, db.error().code, db.error().message);
            d.profilesTried = tried;
            return d;
        }
    }

    // SQLCipher files are whole pages, and no page size is below 512 bytes.
    if (size % 512 != 0) {
        OpenDiagnosis d =
            diagnosis(Case::Damaged, path, ExitCode::Integrity,
                      QStringLiteral("%1: no settings tried (%2) open it, and its size, %3 bytes, is "
                                     "not a multiple of any page size: it is truncated or damaged, or "
                                     "it is not a database. Check the key; restore the file from a "
                                     "backup.")
                          .arg(path, tried.join(QStringLiteral(", ")))
                          .arg(size));
        d.profilesTried = tried;
        return d;
    }
    OpenDiagnosis d = diagnosis(
        Case::WrongKey, path, ExitCode::WrongKey,
        QStringLiteral(
            "%1: the key does not open this file with any of the settings tried (%2). Check the key. If "
            "the file was made with other settings, give them (page size, KDF iterations, HMAC and KDF "
            "algorithms, plaintext header size). Note that a file of random bytes looks exactly like "
            "this: an encrypted database has no readable header.")
            .arg(path, tried.join(QStringLiteral(", "))));
    d.profilesTried = tried;
    return d;
}

QString OpenDatabaseJob::title() const
{
    return QStringLiteral("Open %1").arg(QFileInfo(m_request.path).fileName());
}

QList<JobStep> OpenDatabaseJob::steps() const
{
    return {JobStep{QStringLiteral("Find the settings that open the file")}};
}

void OpenDatabaseJob::run(JobContext &context)
{
    context.startStep(0);
    m_diagnosis = DatabaseOpener::open(m_request, [&context] { return context.isCancelled(); });
    if (m_request.key)
        m_request.key->wipe();
    context.setProgress(m_diagnosis.profilesTried.size());
    context.setData(m_diagnosis.toJson());
    context.setOverview(m_diagnosis.message);
    if (m_diagnosis.what != OpenDiagnosis::Case::Cancelled && !m_diagnosis.succeeded())
        context.fail(m_diagnosis.error());
}

} // namespace strongroom
