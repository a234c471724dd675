#pragma once

#include "core/Job.h"
#include "keys/KeyMaterial.h"
#include "sqlcipher/CipherSettings.h"
#include "sqlcipher/OpenDiagnosis.h"

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

// Finds out what a file is and opens it if it can, read-only and without writing any byte of the
// database, its -wal or its -shm. The order of tries: the settings remembered for this file, then
// SQLCipher 4, 3, 2, 1, then the user's settings. Each try with a passphrase costs a KDF run, so
// this runs in a job (OpenDatabaseJob) and checks cancelled() between tries.
class DatabaseOpener
{
public:
    static OpenDiagnosis open(const OpenRequest &request, const std::function<bool()> &cancelled = {});

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
