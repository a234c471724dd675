#include "uservolume/DecryptedImage.h"

#include "volumes/CryptDevice.h"

#include <QCoreApplication>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <libcryptsetup.h>
#include <sys/stat.h>
#include <unistd.h>

namespace strongroom {

DecryptedImage::~DecryptedImage()
{
    for (auto &[index, entry] : m_cache)
        entry.first.fill('\0');
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<std::unique_ptr<DecryptedImage>> DecryptedImage::open(const QString &image, const QString &header,
                                                             const KeyMaterial &key)
{
    auto device = CryptDevice::load(image, header);
    if (!device)
        return device.error();
    crypt_device *cd = (*device)->handle();
    const int keySize = crypt_get_volume_key_size(cd);
    if (keySize <= 0)
        return Error(
            ExitCode::Unsupported,
            QCoreApplication::translate("DecryptedImage", "%1: the header names no volume key.").arg(image));
    QCA::SecureArray volumeKey(keySize);
    std::size_t volumeKeySize = std::size_t(keySize);
    const int slot = crypt_volume_key_get(cd, CRYPT_ANY_SLOT, volumeKey.data(), &volumeKeySize, key.data(),
                                          std::size_t(key.size()));
    if (slot == -EPERM)
        return Error(
            ExitCode::WrongKey,
            QCoreApplication::translate("DecryptedImage", "%1: the key opens no key slot of this volume.")
                .arg(image));
    if (slot < 0)
        return (*device)->error(slot,
                                QCoreApplication::translate("DecryptedImage", "reading the volume key"));
    volumeKey.resize(int(volumeKeySize));

    std::unique_ptr<DecryptedImage> reader(new DecryptedImage);
    reader->m_image = image;
    reader->m_slot = slot;
    const QString cipher = QString::fromLatin1(crypt_get_cipher(cd));
    const QString mode = QString::fromLatin1(crypt_get_cipher_mode(cd));
    reader->m_cipherName = cipher + QLatin1Char('-') + mode;
    const int sectorSize = crypt_get_sector_size(cd);
    // LUKS counts IVs in 512-byte units whatever its sector size (dm-crypt without iv_large_sectors,
    // which cryptsetup sets only for plain and BITLK volumes).
    auto made = SectorCipher::create(cipher, mode, volumeKey, sectorSize > 0 ? sectorSize : 512, false);
    if (!made)
        return made.error();
    reader->m_cipher = std::move(made.value());
    if (crypt_get_iv_offset(cd) != 0)
        return Error(
            ExitCode::Unsupported,
            QCoreApplication::translate("DecryptedImage",
                                        "%1: the volume uses an IV offset, which Strongroom does not read.")
                .arg(image));

    reader->m_offset = qint64(crypt_get_data_offset(cd)) * 512;
    reader->m_fd = ::open(QFile::encodeName(image).constData(), O_RDONLY | O_CLOEXEC);
    if (reader->m_fd < 0)
        return Error(ExitCode::Environment,
                     QCoreApplication::translate("DecryptedImage", "Cannot read %1: %2")
                         .arg(image, QString::fromLocal8Bit(std::strerror(errno))));
    struct stat st{};
    if (::fstat(reader->m_fd, &st) != 0)
        return Error(ExitCode::Environment,
                     QCoreApplication::translate("DecryptedImage", "Cannot read %1: %2")
                         .arg(image, QString::fromLocal8Bit(std::strerror(errno))));
    qint64 total = st.st_size;
    if (S_ISBLK(st.st_mode)) {
        const off_t end = ::lseek(reader->m_fd, 0, SEEK_END);
        total = end > 0 ? qint64(end) : 0;
    }
    reader->m_size = total - reader->m_offset;
    reader->m_size -= reader->m_size % sectorSize;
    if (reader->m_size <= 0)
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate("DecryptedImage",
                                                 "%1: the image ends before its data segment begins.")
                         .arg(image));
    return reader;
}

Result<const QByteArray *> DecryptedImage::chunk(qint64 index)
{
    if (auto it = m_cache.find(index); it != m_cache.end()) {
        m_lru.splice(m_lru.begin(), m_lru, it->second.second);
        return &it->second.first;
    }
    const qint64 start = index * kChunkSize;
    const qint64 length = std::min(kChunkSize, m_size - start);
    QByteArray data;
    if (m_cache.size() >= kCachedChunks) {
        // Reuse the oldest chunk's buffer: no allocation in the steady state of a long read.
        const qint64 oldest = m_lru.back();
        m_lru.pop_back();
        auto node = m_cache.extract(oldest);
        data = std::move(node.mapped().first);
    }
    data.resize(length);
    qint64 done = 0;
    while (done < length) {
        const ssize_t n =
            ::pread(m_fd, data.data() + done, std::size_t(length - done), off_t(m_offset + start + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return Error(n == 0 ? ExitCode::Integrity : ExitCode::Environment,
                         QCoreApplication::translate("DecryptedImage", "Cannot read %1 at byte %2: %3")
                             .arg(m_image)
                             .arg(m_offset + start + done)
                             .arg(n == 0
                                      ? QCoreApplication::translate("DecryptedImage", "the file ends early")
                                      : QString::fromLocal8Bit(std::strerror(errno))));
        done += n;
    }
    if (!m_cipher->decrypt(reinterpret_cast<unsigned char *>(data.data()), std::size_t(length),
                           std::uint64_t(start / m_cipher->sectorSize())))
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("DecryptedImage",
                                                 "%1: libcrypto could not decrypt the sectors at byte %2.")
                         .arg(m_image)
                         .arg(start));
    ++m_chunksDecrypted;
    m_lru.push_front(index);
    auto inserted = m_cache.emplace(index, std::make_pair(std::move(data), m_lru.begin()));
    return &inserted.first->second.first;
}

Status DecryptedImage::read(qint64 offset, qint64 length, char *out)
{
    if (offset < 0 || length < 0 || offset + length > m_size)
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate(
                         "DecryptedImage",
                         "%1: a read at byte %2 of %3 bytes goes past the end of the volume (%4 bytes).")
                         .arg(m_image)
                         .arg(offset)
                         .arg(length)
                         .arg(m_size));
    while (length > 0) {
        const qint64 index = offset / kChunkSize;
        auto data = chunk(index);
        if (!data)
            return data.error();
        const qint64 within = offset - index * kChunkSize;
        const qint64 n = std::min(length, qint64((*data)->size()) - within);
        std::memcpy(out, (*data)->constData() + within, std::size_t(n));
        out += n;
        offset += n;
        length -= n;
    }
    return Status::success();
}

} // namespace strongroom
