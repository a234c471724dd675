#include "volumes/VolumeCreateJob.h"

#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
#include "core/SafeFile.h"
#include "volumes/CryptDevice.h"
#include "volumes/KeySlots.h"
#include "volumes/RecoveryKey.h"
#include "volumes/SlotNames.h"
#include "volumes/VolumeInfo.h"
#include "volumes/VolumeJobAudit.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <libcryptsetup.h>
#include <unistd.h>

namespace strongroom {

namespace {

Status allocate(const QString &path, qint64 size)
{
    const QByteArray p = QFile::encodeName(path);
    const int fd = ::open(p.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error(ExitCode::Failure, QCoreApplication::translate("VolumeJobs", "%1: cannot create: %2")
                                            .arg(path, QString::fromLocal8Bit(strerror(errno))));
    int rc = ::posix_fallocate(fd, 0, size);
    if (rc == EOPNOTSUPP || rc == EINVAL)
        rc = ::ftruncate(fd, size) == 0 ? 0 : errno; // file systems without fallocate
    ::close(fd);
    if (rc != 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("VolumeJobs", "%1: cannot allocate %2 bytes: %3")
                         .arg(path)
                         .arg(size)
                         .arg(QString::fromLocal8Bit(strerror(rc))));
    return Status::success();
}

// An ext4 of `bytes` at the start of the file at `path`.
Status makeExt4(const QString &path, qint64 bytes, const QString &label, int sectorSize)
{
    const QString mkfs = QStandardPaths::findExecutable(
        QStringLiteral("mkfs.ext4"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    const QString found = mkfs.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("mkfs.ext4")) : mkfs;
    if (found.isEmpty())
        return Error(ExitCode::Environment,
                     QCoreApplication::translate(
                         "VolumeJobs",
                         "mkfs.ext4 is not installed: apt install e2fsprogs, or create the volume "
                         "with --filesystem none."));
    QStringList args{QStringLiteral("-q"), QStringLiteral("-F")};
    if (!label.isEmpty())
        args << QStringLiteral("-L") << label.left(16);
    if (sectorSize > 1024)
        args << QStringLiteral("-b")
             << QString::number(qMax(4096, sectorSize)); // blocks no smaller than sectors
    args << path << QStringLiteral("%1k").arg(bytes / 1024);
    QProcess p;
    p.start(found, args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("VolumeJobs", "mkfs.ext4 failed on %1: %2")
                         .arg(path, QString::fromLocal8Bit(p.readAllStandardError()).trimmed()));
    return Status::success();
}
} // namespace

VolumeCreateJob::VolumeCreateJob(Request request) : m_request(std::move(request)) {}

QString VolumeCreateJob::title() const
{
    return QCoreApplication::translate("VolumeJobs", "Create volume %1")
        .arg(QFileInfo(m_request.path).fileName());
}

QList<JobStep> VolumeCreateJob::steps() const
{
    const bool ext4 = m_request.filesystem == QLatin1String("ext4");
    QList<JobStep> steps{{QCoreApplication::translate("VolumeJobs", "Check free space")},
                         {QCoreApplication::translate("VolumeJobs", "Allocate the image")}};
    if (ext4)
        steps << JobStep{QCoreApplication::translate("VolumeJobs", "Make the ext4 file system")}
              << JobStep{QCoreApplication::translate("VolumeJobs", "Encrypt in place")};
    else
        steps << JobStep{QCoreApplication::translate("VolumeJobs", "Format LUKS2")};
    steps << JobStep{QCoreApplication::translate("VolumeJobs", "Add the recovery key")}
          << JobStep{QCoreApplication::translate("VolumeJobs", "Verify and move into place")};
    return steps;
}

void VolumeCreateJob::run(JobContext &context)
{
    create(context);
    auditVolumeJob(context, QStringLiteral("volume.create"), m_request.path);
}

void VolumeCreateJob::create(JobContext &context)
{
    const Request &r = m_request;
    const bool ext4 = r.filesystem == QLatin1String("ext4");
    int step = 0;
    context.startStep(step++);
    if (QFileInfo::exists(r.path)) {
        context.fail(Error(
            ExitCode::Failure,
            QCoreApplication::translate(
                "VolumeJobs", "%1 already exists; Strongroom never formats over a file. Pick a new name.")
                .arg(r.path)));
        return;
    }
    if (r.filesystem != QLatin1String("ext4") && r.filesystem != QLatin1String("none")) {
        context.fail(Error(ExitCode::Usage,
                           QCoreApplication::translate("VolumeJobs", "--filesystem must be ext4 or none.")));
        return;
    }
    const qint64 header = r.params.headerBytes;
    // ext4 is made in the plain file and encrypted in place, which needs room at the end too.
    const qint64 overhead = ext4 ? inplace::encryptionRoom(r.params) : header;
    if (r.sizeBytes < overhead + 4 * 1024 * 1024 || r.sizeBytes % (1024 * 1024) != 0) {
        context.fail(Error(
            ExitCode::Usage,
            QCoreApplication::translate(
                "VolumeJobs",
                "--size must be a whole number of MiB and at least %1 MiB (the LUKS2 header takes %2 MiB).")
                .arg(overhead / (1024 * 1024) + 4)
                .arg(overhead / (1024 * 1024))));
        return;
    }
    if (auto s = r.params.pbkdf.validate(); !s) {
        context.fail(s.error());
        return;
    }
    const QString folder = QFileInfo(r.path).absolutePath();
    if (auto s = safefile::requireFreeSpace(folder, r.sizeBytes,
                                            QCoreApplication::translate("VolumeJobs", "the volume image"));
        !s) {
        context.fail(s.error());
        return;
    }

    const QString temp = safefile::tempPathFor(r.path, QStringLiteral("volume-create"));
    auto cleanup = qScopeGuard([&temp] { safefile::removeTemp(temp); });
    context.startStep(step++, 1);
    if (auto s = allocate(temp, r.sizeBytes); !s) {
        context.fail(s.error());
        return;
    }
    int slot = 0;
    if (ext4) {
        context.startStep(step++);
        if (auto s = makeExt4(temp, r.sizeBytes - overhead, r.params.label, r.params.sectorSize); !s) {
            context.fail(s.error());
            return;
        }
        context.startStep(step++, 0, ProgressUnit::Bytes);
        inplace::EncryptionParams params = r.params;
        params.growImage = false; // the file system leaves the room free
        auto outcome = inplace::encrypt(temp, r.key, params, workProgress(context));
        if (!outcome) {
            Error e = outcome.error();
            e.message.replace(temp, r.path);
            context.fail(e);
            return;
        }
        if (!outcome->finished)
            return; // cancelled: the half-made temp file goes
        slot = outcome->slot;
    } else {
        context.startStep(step++);
        auto device = CryptDevice::init(temp);
        if (!device) {
            context.fail(device.error());
            return;
        }
        crypt_device *cd = (*device)->handle();
        const int dash = r.params.cipher.indexOf(QLatin1Char('-'));
        const QByteArray cipher = r.params.cipher.left(dash).toLatin1(),
                         mode = r.params.cipher.mid(dash + 1).toLatin1();
        const QByteArray label = r.params.label.toUtf8();
        crypt_params_luks2 luks2{};
        luks2.sector_size = uint32_t(r.params.sectorSize);
        luks2.label = label.isEmpty() ? nullptr : label.constData();
        if (auto s = r.params.pbkdf.apply(cd); !s) {
            context.fail(s.error());
            return;
        }
        crypt_set_data_offset(cd, quint64(header) / 512);
        if (const int rc = crypt_format(cd, CRYPT_LUKS2, cipher.constData(), mode.constData(), nullptr,
                                        nullptr, size_t(r.params.keySizeBits / 8), &luks2);
            rc < 0) {
            context.fail((*device)->error(
                rc,
                QCoreApplication::translate("VolumeJobs", "formatting LUKS2 (%1, %2-bit key)")
                    .arg(r.params.cipher)
                    .arg(r.params.keySizeBits),
                ExitCode::Usage));
            return;
        }
        slot = crypt_keyslot_add_by_volume_key(cd, CRYPT_ANY_SLOT, nullptr, 0, r.key.data(),
                                               size_t(r.key.size()));
        if (slot < 0) {
            context.fail(
                (*device)->error(slot, QCoreApplication::translate("VolumeJobs", "adding the key slot")));
            return;
        }
        if (auto s = setSlotName(**device, slot, r.params.slotName); !s) {
            context.fail(s.error());
            return;
        }
    }
    if (context.isCancelled())
        return;

    context.startStep(step++);
    int recoverySlot = -1;
    if (r.recoveryKey) {
        m_recoveryKey = r.chosenRecoveryKey.isEmpty() ? recoverykey::generate() : r.chosenRecoveryKey;
        auto device = CryptDevice::load(temp);
        if (!device) {
            context.fail(device.error());
            return;
        }
        auto added = keyslots::add(**device, r.key, KeyMaterial(m_recoveryKey), r.params.pbkdf,
                                   QStringLiteral("recovery"));
        if (!added) {
            context.fail(added.error());
            return;
        }
        recoverySlot = *added;
    }

    context.startStep(step++);
    {
        auto device = CryptDevice::load(temp);
        if (!device) {
            context.fail(device.error());
            return;
        }
        if (auto opened = keyslots::testKey(**device, r.key); !opened || *opened != slot) {
            context.fail(
                Error(ExitCode::Integrity,
                      QCoreApplication::translate(
                          "VolumeJobs", "The new volume does not open with its key; it was not kept.")));
            return;
        }
    }
    if (auto s = safefile::fsyncFile(temp); !s) {
        context.fail(s.error());
        return;
    }
    if (QFileInfo::exists(r.path)) {
        context.fail(Error(
            ExitCode::Failure,
            QCoreApplication::translate(
                "VolumeJobs", "%1 appeared while the volume was being made; the new volume was not kept.")
                .arg(r.path)));
        return;
    }
    if (auto s = safefile::atomicReplace(temp, r.path); !s) {
        context.fail(s.error());
        return;
    }
    cleanup.dismiss();
    auto info = readVolumeInfo(r.path);
    QJsonObject data{{QStringLiteral("path"), r.path},
                     {QStringLiteral("size_bytes"), r.sizeBytes},
                     {QStringLiteral("filesystem"), r.filesystem},
                     {QStringLiteral("operational_slot"), slot},
                     {QStringLiteral("pbkdf"), r.params.pbkdf.toJson()}};
    if (recoverySlot >= 0)
        data.insert(QStringLiteral("recovery_slot"), recoverySlot);
    if (info)
        data.insert(QStringLiteral("uuid"), info->uuid);
    context.setData(data);
    context.setOverview(
        QCoreApplication::translate("VolumeJobs", "Created %1 (%2 MiB, LUKS2 %3, %4).")
            .arg(r.path)
            .arg(r.sizeBytes / (1024 * 1024))
            .arg(r.params.cipher, ext4 ? QCoreApplication::translate("VolumeJobs", "ext4 inside")
                                       : QCoreApplication::translate("VolumeJobs", "no file system")));
}

} // namespace strongroom
