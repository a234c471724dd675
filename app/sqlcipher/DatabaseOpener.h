#pragma once

#include "core/Job.h"
#include "core/WorkProgress.h"
#include "keys/KeyMaterial.h"
#include "sqlcipher/CipherSettings.h"
#include "sqlcipher/Database.h"
#include "sqlcipher/OpenDiagnosis.h"
#include "sqlcipher/PageKeys.h"

#include <functional>
#include <optional>

namespace strongroom {

// What the user gave to open a file.
struct OpenRequest
{
    QString path;
    std::optional<KeyMaterial> key;             // none: only a plain SQLite file can open
    std::optional<CipherSettings> userSettings; // tried after the standard profiles
    bool rememberSettings = true;               // read and store the settings that worked
};

// A connection a job works on, opened with a key, and the settings that opened it.
struct OpenedDatabase
{
    std::unique_ptr<Database> db;
    CipherSettings settings;
    // Set by openWithPageKeys: the file's page keys, which open it (or a byte copy) without a KDF run.
    std::optional<PageKeys> keys;
};

// How a job opens a file with a key (backup, verify, compare, restore, conversion).
struct KeyedOpen
{
    Database::Access access = Database::Access::ReadOnly;
    std::optional<CipherSettings> preferred;    // tried first: a catalog entry's settings
    std::optional<CipherSettings> userSettings; // the user's options, tried after the standard profiles
    bool rememberedSettings = true;             // try the settings remembered for this file
    int busyTimeoutMs = 0;
    // Page keys derived for another file; a byte copy of it (a backup) has the same salt, and then
    // they open it without a KDF run (openWithPageKeys only).
    const PageKeys *sameSalt = nullptr;

    static KeyedOpen trying(std::optional<CipherSettings> preferred, int busyTimeoutMs = 0,
                            Database::Access access = Database::Access::ReadOnly)
    {
        KeyedOpen how;
        how.access = access;
        how.preferred = std::move(preferred);
        how.busyTimeoutMs = busyTimeoutMs;
        return how;
    }
};

// The one place that opens a SQLCipher file by trying settings, and says why none opened it.
// open() finds out what a file is and opens it if it can, read-only and without writing any byte of
// the database, its -wal or its -shm. The order of tries, for every opener below: a catalog's
// settings, the settings remembered for this file, SQLCipher 4, 3, 2, 1, then the user's settings.
// Each try with a passphrase costs a KDF run, so open() runs in a job (OpenDatabaseJob), reports
// the tries made and checks work.cancelled() between tries. A failure carries the kind and exit code of
// docs/cli.md's table (OpenDiagnosis::error()): wrong-key 3, damaged 4, locked 5,
// not-a-database/empty/plain-sqlite 6.
class DatabaseOpener
{
public:
    static OpenDiagnosis open(const OpenRequest &request, const WorkProgress &work = {});

    // Opens `path` with `key` for work. Errors as open() classifies them.
    static Result<OpenedDatabase> openWithKey(const QString &path, const KeyMaterial &key,
                                              const KeyedOpen &how);
    // As openWithKey, but derives the page keys itself (one KDF run) and opens with them, so later
    // connections to the file or to a byte copy of it skip the KDF, and its page HMACs can be checked
    // by Strongroom (PageAuthenticator). Settings that keep the salt outside the file open without keys.
    static Result<OpenedDatabase> openWithPageKeys(const QString &path, const KeyMaterial &key,
                                                   const KeyedOpen &how);
    // The settings that open an encrypted `path` with `key`: `only` alone when given, else every
    // candidate in the order above.
    static Result<CipherSettings> findSettings(const QString &path, const KeyMaterial &key,
                                               const std::optional<CipherSettings> &only);
    // What can be said of `path` before any try (no such file, a folder, unreadable, empty, another
    // file type), or nothing.
    static std::optional<Error> refusedBeforeTrying(const QString &path);
    // True when the file opens as a plain SQLite database (no key), false when it does not (encrypted,
    // or no database at all); a locked or unreadable file is an error.
    static Result<bool> isPlainSqlite(const QString &path);

    // Settings from the user's options: the SQLCipher 4 defaults with the given values replacing them.
    // open() refuses them (Unsupported, 6, naming the field) unless they pass CipherSettings::validate.
    static CipherSettings customSettings(std::optional<int> pageSize, std::optional<int> kdfIter,
                                         const QString &hmacAlgorithm, const QString &kdfAlgorithm,
                                         std::optional<int> plaintextHeaderSize);
};

// DatabaseOpener::open as a job. The diagnosis (with its session) is taken with takeDiagnosis()
// after the job finished; the report's data holds its JSON form. The key is wiped when the job ends.
class OpenDatabaseJob : public Job
{
public:
    explicit OpenDatabaseJob(OpenRequest request) : m_request(std::move(request)) {}

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    OpenDiagnosis takeDiagnosis() { return std::move(m_diagnosis); }

private:
    OpenRequest m_request;
    OpenDiagnosis m_diagnosis;
};

} // namespace strongroom
