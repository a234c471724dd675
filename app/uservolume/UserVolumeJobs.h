#pragma once

#include "core/Job.h"
#include "core/JobContext.h"
#include "keys/KeyMaterial.h"
#include "uservolume/ExtFileSystem.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>
#include <optional>

namespace strongroom {

// The volume a user-space reader job opens: the image, its detached header if any, the key.
struct UserVolumeSource
{
    QString image;
    QString header;
    KeyMaterial key;
};

// The jobs behind `volume ls|get|cat|fsck|du` and the Browse window: each opens the volume in user
// space (no device-mapper, no root), does its one thing read-only, and writes its audit line.
class UserVolumeJob : public Job
{
public:
    explicit UserVolumeJob(UserVolumeSource source) : m_source(std::move(source)) {}
    QList<JobStep> steps() const override;
    void run(JobContext &context) final;

protected:
    virtual QString action() const = 0;           // the audit action, "volume.ls"
    virtual QList<JobStep> workSteps() const = 0; // after "Unlock the volume"
    // The work, steps from 1 on; an Error ends the job failed, Cancelled{} (or success once the
    // context is cancelled) ends it cancelled.
    virtual Status work(JobContext &context, ExtFileSystem &fs) = 0;
    // The checker opens a file system whose checksums fail, to report them.
    virtual bool opensDamaged() const { return false; }
    const UserVolumeSource &source() const { return m_source; }
    // What the audit line records on success: paths and counts, never file contents.
    void setAuditDetails(QJsonObject details) { m_auditDetails = std::move(details); }

private:
    UserVolumeSource m_source;
    QJsonObject m_auditDetails;
};

// A name from the volume as text: as it is when it is UTF-8, else with every byte from 0x80 up
// written \xNN (the JSON then carries the exact bytes as "name_hex" too).
QString displayName(const QByteArray &name);

// One entry as the listing and the browser show it.
QJsonObject entryJson(const QByteArray &name, const ExtInode &inode, const QByteArray &linkTarget = {});

// `volume ls`: the entries of a directory (or the one entry of a file), with their metadata; with
// `recursive`, every entry below it too (each with its "path" from the listed folder), which is how
// the Browse window reads a volume with one key derivation.
class VolumeListJob : public UserVolumeJob
{
public:
    VolumeListJob(UserVolumeSource source, QByteArray path, bool recursive = false);
    QString title() const override;

protected:
    QString action() const override { return QStringLiteral("volume.ls"); }
    QList<JobStep> workSteps() const override;
    Status work(JobContext &context, ExtFileSystem &fs) override;

private:
    std::optional<Error> listInto(JobContext &context, ExtFileSystem &fs, quint32 directory,
                                  const QByteArray &prefix, QJsonArray &out);
    QByteArray m_path;
    bool m_recursive;
};

// `volume du`: apparent and allocated bytes under a path (hard links counted once), per entry.
class VolumeDiskUsageJob : public UserVolumeJob
{
public:
    VolumeDiskUsageJob(UserVolumeSource source, QByteArray path);
    QString title() const override;

protected:
    QString action() const override { return QStringLiteral("volume.du"); }
    QList<JobStep> workSteps() const override;
    Status work(JobContext &context, ExtFileSystem &fs) override;

private:
    QByteArray m_path;
};

// `volume cat` and the browser's preview: a regular file's bytes to a descriptor (following a
// symlink), or into memory up to `limit` bytes when `fd` is -1 (bytes() afterwards).
class VolumeReadFileJob : public UserVolumeJob
{
public:
    VolumeReadFileJob(UserVolumeSource source, QByteArray path, int fd, qint64 limit = 0);
    QString title() const override;
    QByteArray bytes() const { return m_bytes; }

protected:
    QString action() const override { return QStringLiteral("volume.cat"); }
    QList<JobStep> workSteps() const override;
    Status work(JobContext &context, ExtFileSystem &fs) override;

private:
    QByteArray m_path;
    int m_fd;
    qint64 m_limit;
    QByteArray m_bytes;
};

// `volume get` and the browser's Extract…: files, folders and symlinks copied out with their modes
// and times (owners and every xattr namespace when root; user.* xattrs otherwise), hard links kept as
// links. Each file is written under a private temp name in the target folder and renamed into
// place; nothing is replaced unless `force`.
class VolumeExtractJob : public UserVolumeJob
{
public:
    struct Request
    {
        QByteArrayList paths;
        QString targetFolder;
        bool force = false;
    };
    VolumeExtractJob(UserVolumeSource source, Request request);
    QString title() const override;

protected:
    QString action() const override { return QStringLiteral("volume.get"); }
    QList<JobStep> workSteps() const override;
    Status work(JobContext &context, ExtFileSystem &fs) override;

private:
    Request m_request;
};

// `volume fsck`: the read-only check of ExtCheck; problems end the job with exit 4 and are listed.
class VolumeCheckJob : public UserVolumeJob
{
public:
    explicit VolumeCheckJob(UserVolumeSource source);
    QString title() const override;

protected:
    QString action() const override { return QStringLiteral("volume.fsck"); }
    QList<JobStep> workSteps() const override;
    Status work(JobContext &context, ExtFileSystem &fs) override;
    bool opensDamaged() const override { return true; }
};

} // namespace strongroom
