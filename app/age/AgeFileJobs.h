#pragma once

#include "age/AgeFile.h"
#include "core/Job.h"

#include <KCompressionDevice>
#include <QString>
#include <QStringList>
#include <optional>

namespace strongroom::age {

// The jobs behind `file encrypt`, `file decrypt` and `file verify` (and the GUI's actions): each
// streams one file through the age library with byte progress and cancel, writes the output
// through SafeFile's protocol (a private temp beside the target, fsync, rename only when everything
// is written and, for decryption, every chunk authenticated), and writes its audit line.

// Where a job's output goes: a file (never one that exists), standard output, or nowhere (verify).
struct AgeOutput
{
    enum class Kind
    {
        File,
        StandardOutput,
        None
    };
    Kind kind = Kind::File;
    QString path;
};

struct EncryptFileRequest
{
    QString input; // "-" for standard input
    AgeOutput output;
    EncryptRequest age;
    // Also NAME.sha256 beside the output (sha256sum format), for `backup export`.
    bool checksumSidecar = false;
};

// Data: {"input", "output", "bytes", "recipients", "passphrase", "armor"} and, with the checksum
// sidecar, "sha256" and "checksumFile".
class EncryptFileJob : public Job
{
public:
    explicit EncryptFileJob(EncryptFileRequest request) : m_request(std::move(request)) {}
    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    std::optional<Error> encrypt(JobContext &context, qint64 &bytes);
    EncryptFileRequest m_request;
    QString m_sha256;
};

struct DecryptFileRequest
{
    QString input; // "-" for standard input
    AgeOutput output;
    QStringList identityFiles;
    QList<X25519Identity> identities;      // given directly (tests, the GUI)
    std::optional<KeyMaterial> passphrase; // for scrypt files and passphrase-protected identity files
    // Also undo gzip, zstd or xz compression found inside the plaintext (plain content passes as it is).
    bool decompress = false;
};

// Decrypts, or with AgeOutput::Kind::None verifies (authenticates every chunk, writes nothing). Also
// reads the Node.js AES-256-GCM sidecar backups of NodeGcmSidecar.h (key from `passphrase`), which
// carry no authentication: the report's details say so.
// Data: {"input", "output", "bytes", "armored", "openedBy", "verified"}; on failure after output to
// standard output began, "released" says how many bytes were written.
class DecryptFileJob : public Job
{
public:
    explicit DecryptFileJob(DecryptFileRequest request) : m_request(std::move(request)) {}
    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    bool verifyOnly() const { return m_request.output.kind == AgeOutput::Kind::None; }

private:
    std::optional<Error> decrypt(JobContext &context, DecryptOutcome &outcome);
    DecryptFileRequest m_request;
    QString m_format = QStringLiteral("age");
    KCompressionDevice::CompressionType m_compression = KCompressionDevice::None;
    bool m_gzipInside = false;
};

} // namespace strongroom::age
