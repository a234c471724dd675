#include "volumes/InPlaceEncryption.h"

#include "core/CrashPoint.h"
#include "core/SafeFile.h"
#include "volumes/CryptDevice.h"
#include "volumes/LuksTokens.h"
#include "volumes/SlotNames.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <libcryptsetup.h>
#include <unistd.h>

namespace strongroom::inplace {

namespace {
constexpr quint64 kSector = 512;

struct ProgressBridge
{
    const WorkProgress *progress;
    quint64 done = 0;
    quint64 total = 0;
};

int progressCallback(uint64_t size, uint64_t offset, void *user)
{
    auto *bridge = static_cast<ProgressBridge *>(user);
    bridge->done = offset;
    bridge->total = size;
    bridge->progress->report(qint64(offset), qint64(size));
    if (bridge->progress->cancelled())
        return 1; // libcryptsetup stops after this chunk, with the metadata consistent
    return 0;
}

Status resizeFile(const QString &path, qint64 size, bool allocate)
{
    const QByteArray p = QFile::encodeName(path);
    const int fd = ::open(p.constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("InPlaceEncryption", "%1: cannot open for writing: %2")
                         .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    const off_t oldSize = ::lseek(fd, 0, SEEK_END);
    int rc = allocate && size > oldSize ? ::posix_fallocate(fd, oldSize, size - oldSize)
                                        : (::ftruncate(fd, size) == 0 ? 0 : errno);
    if (rc == 0 && ::fsync(fd) != 0)
        rc = errno;
    ::close(fd);
    if (rc != 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("InPlaceEncryption", "%1: cannot resize to %2 bytes: %3")
                         .arg(path)
                         .arg(size)
                         .arg(QString::fromLocal8Bit(std::strerror(rc))));
    return Status::success();
}

// The plain image's size before encryption, in a token of our own type bound to no key slot, so
// decryption can give the file back its exact size.
constexpr const char *kPlainSizeTokenType = "strongroom-plain-size";

Status setPlainSize(CryptDevice &device, qint64 bytes)
{
    const QJsonObject token{{QStringLiteral("type"), QString::fromLatin1(kPlainSizeTokenType)},
                            {QStringLiteral("keyslots"), QJsonArray{}},
                            {QStringLiteral("bytes"), QString::number(bytes)}};
    const QByteArray json = QJsonDocument(token).toJson(QJsonDocument::Compact);
    if (const int rc = crypt_token_json_set(device.handle(), CRYPT_ANY_TOKEN, json.constData()); rc < 0)
        return device.error(rc, QCoreApplication::translate("InPlaceEncryption", "recording the plain size"));
    return Status::success();
}

// The recorded plain size, or 0 when the volume was not encrypted in place by Strongroom.
qint64 plainSize(const CryptDevice &device)
{
    const auto tokens = tokensOfType(device, kPlainSizeTokenType);
    return tokens.isEmpty() ? 0
                            : tokens.first().second.value(QStringLiteral("bytes")).toString().toLongLong();
}

// Splits "aes-xts-plain64" into libcryptsetup's cipher ("aes") and mode ("xts-plain64").
std::pair<QByteArray, QByteArray> splitCipher(const QString &spec)
{
    const int dash = spec.indexOf(QLatin1Char('-'));
    if (dash <= 0)
        return {spec.toLatin1(), QByteArray()};
    return {spec.left(dash).toLatin1(), spec.mid(dash + 1).toLatin1()};
}

Result<Outcome> runToEnd(CryptDevice &device, Outcome outcome, const WorkProgress &progress,
                         const QString &what)
{
    ProgressBridge bridge{&progress};
    const int rc = crypt_reencrypt_run(device.handle(), progressCallback, &bridge);
    if (rc < 0)
        return device.error(rc, what + QCoreApplication::translate(
                                           "InPlaceEncryption", " (run the same command again to resume)"));
    outcome.bytes = bridge.total;
    outcome.finished = crypt_reencrypt_status(device.handle(), nullptr) == CRYPT_REENCRYPT_NONE;
    return outcome;
}

// Continues an encryption or decryption recorded in the header of `device`.
Result<Outcome> resume(CryptDevice &device, const KeyMaterial &key, const WorkProgress &progress,
                       const QString &what)
{
    crypt_params_reencrypt params{};
    const crypt_reencrypt_info status = crypt_reencrypt_status(device.handle(), &params);
    if (status == CRYPT_REENCRYPT_INVALID)
        return Error(
            ExitCode::Integrity,
            QCoreApplication::translate("InPlaceEncryption",
                                        "%1: the re-encryption metadata is invalid; restore a header backup.")
                .arg(device.image()));
    if (status == CRYPT_REENCRYPT_CRASH) {
        // The last chunk was interrupted mid-write: libcryptsetup repairs it from its resilience data.
        crypt_params_reencrypt recovery{};
        recovery.flags = CRYPT_REENCRYPT_RECOVERY;
        const int rc =
            crypt_reencrypt_init_by_passphrase(device.handle(), nullptr, key.data(), size_t(key.size()),
                                               CRYPT_ANY_SLOT, CRYPT_ANY_SLOT, nullptr, nullptr, &recovery);
        if (rc == -EPERM)
            return Error(ExitCode::WrongKey,
                         QCoreApplication::translate("InPlaceEncryption",
                                                     "%1: the key opens no key slot of this volume.")
                             .arg(device.image()));
        if (rc < 0)
            return device.error(
                rc, QCoreApplication::translate("InPlaceEncryption", "recovering the interrupted chunk"));
    }
    params.resilience = nullptr;
    params.hash = nullptr;
    params.max_hotzone_size = 0;
    params.device_size = 0;
    params.luks2 = nullptr;
    params.flags = CRYPT_REENCRYPT_RESUME_ONLY;
    const int slot =
        crypt_reencrypt_init_by_passphrase(device.handle(), nullptr, key.data(), size_t(key.size()),
                                           CRYPT_ANY_SLOT, CRYPT_ANY_SLOT, nullptr, nullptr, &params);
    if (slot == -EPERM)
        return Error(
            ExitCode::WrongKey,
            QCoreApplication::translate("InPlaceEncryption", "%1: the key opens no key slot of this volume.")
                .arg(device.image()));
    if (slot < 0)
        return device.error(slot, QStringLiteral("resuming ") + what);
    Outcome outcome;
    outcome.resumed = true;
    outcome.slot = slot;
    return runToEnd(device, outcome, progress, what);
}

// The journal of a header placement. Encryption writes the header it built to
// encryptionHeaderPath() (fsynced, renamed into place) before writing it onto the image, and
// removes it (and fsyncs the folder) only once the image's header loads and before the data pass
// starts. So while the journal exists the data pass has not begun, and writing the journal onto the
// image again is always safe: that is how a crash in the middle of the header write is undone.
// The plan records the image's size before it grew, so a crash before the journal exists can give
// the image back its old size.
QString encryptionPlanPath(const QString &image)
{
    return image + QStringLiteral(".strongroom-encrypt-plan");
}

Status writePlan(const QString &image, qint64 originalSize)
{
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("original_size"), QString::number(originalSize)}}).toJson();
    return safefile::writeFileAtomically(encryptionPlanPath(image), json, QStringLiteral("encrypt-plan"),
                                         QCoreApplication::translate("InPlaceEncryption", "encryption plan"));
}

void removeStaleHeaderTemps(const QString &image)
{
    const QString suffix = QLatin1Char('-') + QFileInfo(image).fileName();
    for (const QString &temp : safefile::staleTemps(QFileInfo(image).absolutePath()))
        if (temp.endsWith(suffix) && QFileInfo(temp).fileName().contains(QLatin1String("-luks-header-")))
            safefile::removeTemp(temp);
}

// A crash came after the plan but before the header was journaled: the image's first bytes still
// hold the plain data, and any growth at the end holds nothing of the user's. Undo the growth so the
// next attempt starts from the image as it was.
Status abandonPlan(const QString &image)
{
    const QString plan = encryptionPlanPath(image);
    QFile f(plan);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("InPlaceEncryption", "%1: cannot read the encryption plan.")
                         .arg(plan));
    const qint64 originalSize = QJsonDocument::fromJson(f.readAll())
                                    .object()
                                    .value(QStringLiteral("original_size"))
                                    .toString()
                                    .toLongLong();
    f.close();
    if (originalSize > 0 && QFileInfo(image).size() > originalSize)
        if (auto s = resizeFile(image, originalSize, false); !s)
            return s;
    removeStaleHeaderTemps(image);
    QFile::remove(plan);
    return safefile::fsyncDirectory(QFileInfo(image).absolutePath());
}

// Writes the journaled header onto the image (again: the image may hold a torn copy of it), proves
// that the image's header loads, then retires the journal and the plan.
Result<std::unique_ptr<CryptDevice>> placeJournaledHeader(const QString &image)
{
    const QString journal = encryptionHeaderPath(image);
    {
        auto device = CryptDevice::init(image);
        if (!device)
            return device.error();
        const QByteArray journalPath = QFile::encodeName(journal);
        if (const int rc = crypt_header_restore((*device)->handle(), CRYPT_LUKS2, journalPath.constData());
            rc < 0)
            return (*device)->error(
                rc, QCoreApplication::translate("InPlaceEncryption",
                                                "writing the LUKS2 header onto the image (run the same "
                                                "command again to retry; the data is intact)"));
    }
    if (auto s = safefile::fsyncFile(image); !s)
        return s.error();
    crashPointForTests("encrypt-header-placed");
    auto device = CryptDevice::load(image);
    if (!device)
        return device.error();
    if (!(*device)->isLuks2() || crypt_reencrypt_status((*device)->handle(), nullptr) == CRYPT_REENCRYPT_NONE)
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate(
                         "InPlaceEncryption",
                         "%1: the header written onto the image does not read back as an unfinished "
                         "encryption; the journal %2 is kept for recovery.")
                         .arg(image, journal));
    // The journal must be gone for good before the data pass changes the image's header.
    QFile::remove(journal);
    QFile::remove(encryptionPlanPath(image));
    removeStaleHeaderTemps(image);
    if (auto s = safefile::fsyncDirectory(QFileInfo(image).absolutePath()); !s)
        return s.error();
    return device;
}
} // namespace

QString Inspection::describe() const
{
    switch (state) {
    case State::Plain:
        return QCoreApplication::translate("InPlaceEncryption", "not encrypted");
    case State::Luks:
        return QCoreApplication::translate("InPlaceEncryption", "a LUKS volume");
    case State::Encrypting:
        return QCoreApplication::translate("InPlaceEncryption", "half encrypted (resumable)");
    case State::Decrypting:
        return QCoreApplication::translate("InPlaceEncryption", "half decrypted (resumable)");
    case State::Crashed:
        return QCoreApplication::translate("InPlaceEncryption", "interrupted mid-chunk (recoverable)");
    }
    return {};
}

QString decryptionHeaderPath(const QString &image)
{
    return image + QStringLiteral(".strongroom-decrypt-header");
}

QString encryptionHeaderPath(const QString &image)
{
    return image + QStringLiteral(".strongroom-encrypt-header");
}

Result<Inspection> inspect(const QString &image)
{
    if (!QFileInfo(image).isFile())
        return Error(
            ExitCode::Failure,
            QCoreApplication::translate("InPlaceEncryption", "%1: no such file. Check the path.").arg(image),
            QStringLiteral("not-found"));
    Inspection inspection;
    if (QFileInfo::exists(encryptionHeaderPath(image))) {
        // The header is journaled but maybe not (wholly) on the image yet: whatever its first bytes
        // say, this is an encryption that the next `volume encrypt` continues.
        inspection.state = State::Encrypting;
        return inspection;
    }
    QString header;
    if (QFileInfo::exists(decryptionHeaderPath(image)))
        header = decryptionHeaderPath(image);
    auto device = CryptDevice::load(image, header);
    if (!device) {
        if (device.error().code == ExitCode::Unsupported)
            return inspection; // plain
        return device.error();
    }
    inspection.header = header;
    inspection.state = State::Luks;
    if ((*device)->isLuks2()) {
        crypt_params_reencrypt params{};
        const crypt_reencrypt_info status = crypt_reencrypt_status((*device)->handle(), &params);
        if (status == CRYPT_REENCRYPT_CRASH)
            inspection.state = State::Crashed;
        else if (status == CRYPT_REENCRYPT_CLEAN)
            inspection.state = params.mode == CRYPT_REENCRYPT_DECRYPT ? State::Decrypting : State::Encrypting;
    }
    if (!header.isEmpty() && inspection.state == State::Luks)
        inspection.state = State::Decrypting; // header exported, decryption not yet initialised
    return inspection;
}

Result<Outcome> encrypt(const QString &image, const KeyMaterial &key, const EncryptionParams &params,
                        const WorkProgress &progress)
{
    auto inspection = inspect(image);
    if (!inspection)
        return inspection.error();
    if (!inspection->header.isEmpty())
        return Error(ExitCode::Failure, QCoreApplication::translate(
                                            "InPlaceEncryption",
                                            "%1 is being decrypted; finish that first with `volume decrypt`.")
                                            .arg(image));
    if (QFileInfo::exists(encryptionHeaderPath(image))) {
        auto device = placeJournaledHeader(image);
        if (!device)
            return device.error();
        return resume(**device, key, progress,
                      QCoreApplication::translate("InPlaceEncryption", "encrypting in place"));
    }
    if (inspection->state == State::Plain && QFileInfo::exists(encryptionPlanPath(image)))
        if (auto s = abandonPlan(image); !s)
            return s.error();
    if (inspection->state == State::Encrypting || inspection->state == State::Crashed) {
        auto device = CryptDevice::load(image);
        if (!device)
            return device.error();
        return resume(**device, key, progress,
                      QCoreApplication::translate("InPlaceEncryption", "encrypting in place"));
    }
    if (inspection->state != State::Plain)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("InPlaceEncryption",
                                                 "%1 is already a LUKS volume; nothing to encrypt.")
                         .arg(image),
                     QStringLiteral("already-encrypted"));
    if (key.isEmpty())
        return Error(ExitCode::Usage, QCoreApplication::translate("InPlaceEncryption", "The key is empty."));
    if (auto s = params.pbkdf.validate(); !s)
        return s.error();

    const qint64 room = encryptionRoom(params);
    const qint64 fileSize = QFileInfo(image).size();
    const qint64 plainSize = params.growImage ? fileSize : fileSize - room;
    if (plainSize <= 0 || fileSize % qint64(kSector) != 0 || params.headerBytes % (1024 * 1024) != 0)
        return Error(
            ExitCode::Unsupported,
            QCoreApplication::translate(
                "InPlaceEncryption",
                "%1 is %2 bytes: in-place encryption needs a non-empty whole number of 512-byte sectors.")
                .arg(image)
                .arg(fileSize));
    if (fileSize % params.sectorSize != 0)
        return Error(ExitCode::Unsupported,
                     QCoreApplication::translate("InPlaceEncryption",
                                                 "%1: its size is not a multiple of the %2-byte sector size.")
                         .arg(image)
                         .arg(params.sectorSize));
    if (auto s = writePlan(image, fileSize); !s)
        return s.error();
    // Any failure before the header is journaled gives the image back as it was.
    auto undoPlan = qScopeGuard([&image] { (void)abandonPlan(image); });
    if (params.growImage) {
        const QString folder = QFileInfo(image).absolutePath();
        if (auto s = safefile::requireFreeSpace(
                folder, room + 1024 * 1024,
                QCoreApplication::translate("InPlaceEncryption", "the LUKS2 header"));
            !s)
            return s.error();
        // Zeros appended at the end: the room libcryptsetup moves the data into.
        if (auto s = resizeFile(image, fileSize + room, true); !s)
            return s.error();
    }
    crashPointForTests("encrypt-image-grown");

    // The header is built in a temp file beside the image, then written onto the image: until
    // then the image holds its plain data untouched.
    const QString tempHeader = safefile::tempPathFor(image, QStringLiteral("luks-header"));
    {
        QFile f(tempHeader);
        if (!safefile::createPrivateFile(tempHeader) || !f.open(QIODevice::WriteOnly) || !f.resize(4096))
            return Error(ExitCode::Failure,
                         QCoreApplication::translate("InPlaceEncryption",
                                                     "%1: cannot create the temporary header file.")
                             .arg(tempHeader));
    }
    auto cleanup = qScopeGuard([&tempHeader] { safefile::removeTemp(tempHeader); });

    const auto [cipher, mode] = splitCipher(params.cipher);
    const QByteArray label = params.label.toUtf8();
    crypt_params_luks2 luks2{};
    luks2.sector_size = uint32_t(params.sectorSize);
    luks2.label = params.label.isEmpty() ? nullptr : label.constData();
    // As cryptsetup does it: the data shift is half the reduction, the first segment moves to the
    // room at the end first, and the rest is encrypted backwards, each chunk shifted up.
    crypt_params_reencrypt reenc{};
    reenc.mode = CRYPT_REENCRYPT_ENCRYPT;
    reenc.direction = CRYPT_REENCRYPT_BACKWARD;
    reenc.resilience = "datashift";
    reenc.hash = "sha256";
    reenc.data_shift = quint64(params.headerBytes) / kSector;
    reenc.luks2 = &luks2;
    reenc.flags = CRYPT_REENCRYPT_INITIALIZE_ONLY | CRYPT_REENCRYPT_MOVE_FIRST_SEGMENT;
    int slot = -1;
    {
        auto device = CryptDevice::init(image, tempHeader);
        if (!device)
            return device.error();
        crypt_device *cd = (*device)->handle();
        if (const int rc = crypt_set_data_offset(cd, quint64(params.headerBytes) / kSector); rc < 0)
            return (*device)->error(
                rc, QCoreApplication::translate("InPlaceEncryption", "setting the data offset"));
        if (auto s = params.pbkdf.apply(cd); !s)
            return s.error();
        if (const int rc = crypt_format(cd, CRYPT_LUKS2, cipher.constData(), mode.constData(), nullptr,
                                        nullptr, size_t(params.keySizeBits / 8), &luks2);
            rc < 0)
            return (*device)->error(rc,
                                    QCoreApplication::translate(
                                        "InPlaceEncryption", "formatting the LUKS2 header (%1, %2-bit key)")
                                        .arg(params.cipher)
                                        .arg(params.keySizeBits),
                                    rc == -EINVAL ? ExitCode::Usage : ExitCode::Failure);
        slot =
            crypt_keyslot_add_by_volume_key(cd, CRYPT_ANY_SLOT, nullptr, 0, key.data(), size_t(key.size()));
        if (slot < 0)
            return (*device)->error(slot,
                                    QCoreApplication::translate("InPlaceEncryption", "adding the key slot"));
        if (!params.slotName.isEmpty())
            if (auto s = setSlotName(**device, slot, params.slotName); !s)
                return s.error();
        if (auto s = setPlainSize(**device, plainSize); !s)
            return s.error();
        const int rc =
            crypt_reencrypt_init_by_passphrase(cd, nullptr, key.data(), size_t(key.size()), CRYPT_ANY_SLOT,
                                               slot, crypt_get_cipher(cd), crypt_get_cipher_mode(cd), &reenc);
        if (rc < 0)
            return (*device)->error(
                rc, QCoreApplication::translate("InPlaceEncryption", "preparing the in-place encryption"));
    }
    if (auto s = safefile::fsyncFile(tempHeader); !s)
        return s.error();
    if (auto s = safefile::atomicReplace(tempHeader, encryptionHeaderPath(image)); !s)
        return s.error();
    cleanup.dismiss();
    undoPlan.dismiss();
    crashPointForTests("encrypt-header-journaled");
    auto device = placeJournaledHeader(image);
    if (!device)
        return device.error();

    // From here on the header on the image records the progress: an interruption resumes.
    reenc.flags &= ~CRYPT_REENCRYPT_INITIALIZE_ONLY;
    const int rc =
        crypt_reencrypt_init_by_passphrase((*device)->handle(), nullptr, key.data(), size_t(key.size()),
                                           CRYPT_ANY_SLOT, slot, nullptr, nullptr, &reenc);
    if (rc < 0)
        return (*device)->error(
            rc, QCoreApplication::translate("InPlaceEncryption", "starting the in-place encryption"));
    Outcome outcome;
    outcome.slot = slot;
    return runToEnd(**device, outcome, progress,
                    QCoreApplication::translate("InPlaceEncryption", "encrypting in place"));
}

Result<Outcome> decrypt(const QString &image, const KeyMaterial &key, const WorkProgress &progress)
{
    auto inspection = inspect(image);
    if (!inspection)
        return inspection.error();
    const QString header = decryptionHeaderPath(image);
    if (inspection->state == State::Plain)
        return Error(
            ExitCode::Unsupported,
            QCoreApplication::translate("InPlaceEncryption", "%1 is not a LUKS volume; nothing to decrypt.")
                .arg(image),
            QStringLiteral("not-luks"));
    if (inspection->state == State::Encrypting)
        return Error(ExitCode::Failure, QCoreApplication::translate(
                                            "InPlaceEncryption",
                                            "%1 is half encrypted; finish that first with `volume encrypt`.")
                                            .arg(image));

    Outcome outcome;
    qint64 dataOffset = 0;
    if (inspection->header.isEmpty()) {
        auto device = CryptDevice::load(image);
        if (!device)
            return device.error();
        if (!(*device)->isLuks2())
            return Error(
                ExitCode::Unsupported,
                QCoreApplication::translate(
                    "InPlaceEncryption",
                    "%1 is LUKS1: in-place decryption needs LUKS2 (convert it with `cryptsetup convert`).")
                    .arg(image));
        const int slot = crypt_activate_by_passphrase((*device)->handle(), nullptr, CRYPT_ANY_SLOT,
                                                      key.data(), size_t(key.size()), 0);
        if (slot == -EPERM)
            return Error(ExitCode::WrongKey,
                         QCoreApplication::translate("InPlaceEncryption",
                                                     "%1: the key opens no key slot of this volume.")
                             .arg(image));
        if (slot < 0)
            return (*device)->error(slot,
                                    QCoreApplication::translate("InPlaceEncryption", "checking the key"));
        // The header moves to a file beside the image for the duration: the image's first
        // megabytes become plain data again.
        const QString temp = safefile::tempPathFor(header, QStringLiteral("decrypt-header"));
        const QByteArray tempPath = QFile::encodeName(temp);
        if (const int rc = crypt_header_backup((*device)->handle(), CRYPT_LUKS2, tempPath.constData());
            rc < 0)
            return (*device)->error(
                rc, QCoreApplication::translate("InPlaceEncryption", "saving the header for decryption"));
        if (auto s = safefile::fsyncFile(temp); !s)
            return s.error();
        if (auto s = safefile::atomicReplace(temp, header); !s)
            return s.error();
        uint64_t metadataSize = 0, keyslotsSize = 0;
        crypt_get_metadata_size((*device)->handle(), &metadataSize, &keyslotsSize);
        // Wipe both LUKS2 header copies on the image so nothing mistakes it for a volume.
        QFile f(image);
        if (!f.open(QIODevice::ReadWrite))
            return Error(
                ExitCode::Failure,
                QCoreApplication::translate("InPlaceEncryption", "%1: cannot open for writing.").arg(image));
        f.write(QByteArray(qsizetype(2 * metadataSize), '\0'));
        f.flush();
        ::fsync(f.handle());
    }

    auto device = CryptDevice::load(image, header);
    if (!device)
        return device.error();
    dataOffset = qint64(crypt_get_data_offset((*device)->handle()) * kSector);
    crypt_params_reencrypt status{};
    const crypt_reencrypt_info info = crypt_reencrypt_status((*device)->handle(), &status);
    Result<Outcome> result = outcome;
    if (info == CRYPT_REENCRYPT_NONE) {
        crypt_params_reencrypt reenc{};
        reenc.mode = CRYPT_REENCRYPT_DECRYPT;
        reenc.direction = CRYPT_REENCRYPT_FORWARD;
        reenc.resilience = "datashift-checksum";
        reenc.hash = "sha256";
        reenc.data_shift = quint64(dataOffset) / kSector;
        reenc.flags = CRYPT_REENCRYPT_MOVE_FIRST_SEGMENT;
        const int slot =
            crypt_reencrypt_init_by_passphrase((*device)->handle(), nullptr, key.data(), size_t(key.size()),
                                               CRYPT_ANY_SLOT, CRYPT_ANY_SLOT, nullptr, nullptr, &reenc);
        if (slot == -EPERM)
            return Error(ExitCode::WrongKey,
                         QCoreApplication::translate("InPlaceEncryption",
                                                     "%1: the key opens no key slot of this volume.")
                             .arg(image));
        if (slot < 0)
            return (*device)->error(
                slot, QCoreApplication::translate("InPlaceEncryption", "preparing the in-place decryption"));
        outcome.slot = slot;
        result = runToEnd(**device, outcome, progress,
                          QCoreApplication::translate("InPlaceEncryption", "decrypting in place"));
    } else {
        result = resume(**device, key, progress,
                        QCoreApplication::translate("InPlaceEncryption", "decrypting in place"));
    }
    if (!result || !result->finished)
        return result;
    // Done: the plain data starts at 0. The tail goes: the room the header took, and for an
    // image Strongroom encrypted, down to the size it had before.
    const qint64 recorded = plainSize(**device);
    device->reset();
    const qint64 size = QFileInfo(image).size();
    const qint64 plainEnd = size - dataOffset;
    const qint64 keep = recorded > 0 && recorded <= plainEnd ? recorded : plainEnd;
    if (keep > 0 && keep < size)
        if (auto s = resizeFile(image, keep, false); !s)
            return s.error();
    QFile::remove(header);
    return result;
}

} // namespace strongroom::inplace
