#pragma once

#include "core/Job.h"
#include "keys/KeyMaterial.h"
#include "volumes/InPlaceEncryption.h"

#include <QString>

namespace strongroom {

// `volume create`: a new LUKS2 image with an operational key in slot 0, optionally a generated
// recovery key in slot 1 and an ext4 file system inside. The image is built under a temp name in
// the target folder and renamed into place only when complete. ext4 is made in the plain file and
// then encrypted in place, which needs no device-mapper.
class VolumeCreateJob : public Job
{
public:
    struct Request {
        QString path;
        qint64 sizeBytes = 0;
        inplace::EncryptionParams params;
        QString filesystem = QStringLiteral("none"); // "ext4" or "none"
        bool recoveryKey = false;
        KeyMaterial key;
    };
    explicit VolumeCreateJob(Request request);

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    // Shown once to the user (CLI output, the wizard's page); never in the report or a log.
    QCA::SecureArray recoveryKey() const { return m_recoveryKey; }

private:
    Request m_request;
    QCA::SecureArray m_recoveryKey;
};

// `volume encrypt` / `volume decrypt`: in place, offline, resumable; one step with byte progress.
class VolumeCryptJob : public Job
{
public:
    enum class Direction { Encrypt, Decrypt };
    VolumeCryptJob(Direction direction, QString path, KeyMaterial key, inplace::EncryptionParams params = {});

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    Direction m_direction;
    QString m_path;
    KeyMaterial m_key;
    inplace::EncryptionParams m_params;
};

// `volume benchmark`: cipher speeds (libcryptsetup's kernel benchmark, or OpenSSL in user space
// where the kernel crypto API is missing) and what one unlock costs for argon2id and pbkdf2.
class VolumeBenchmarkJob : public Job
{
public:
    VolumeBenchmarkJob(int iterTimeMs = 2000, int argonMemoryKib = 1048576);
    QString title() const override { return QStringLiteral("Volume benchmark"); }
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    int m_iterTimeMs;
    int m_argonMemoryKib;
};

} // namespace strongroom
