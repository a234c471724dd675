#include "volumes/CryptDevice.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <libcryptsetup.h>

namespace strongroom {

namespace {
// libcryptsetup prints to stderr until a process-wide callback is set; we want its lines in our
// messages, never mixed into the CLI's output.
void silentDefaultLog(int, const char *, void *) {}
} // namespace

QString errnoText(int rc)
{
    return QString::fromLocal8Bit(std::strerror(rc < 0 ? -rc : rc));
}

CryptDevice::~CryptDevice()
{
    if (m_cd)
        crypt_free(m_cd);
}

void CryptDevice::logCallback(int level, const char *msg, void *self)
{
    if (level != CRYPT_LOG_ERROR || !msg)
        return;
    auto *device = static_cast<CryptDevice *>(self);
    const QString line = QString::fromUtf8(msg).trimmed();
    if (!line.isEmpty())
        device->m_log.append(line);
}

Result<std::unique_ptr<CryptDevice>> CryptDevice::init(const QString &image, const QString &header)
{
    crypt_set_log_callback(nullptr, silentDefaultLog, nullptr);
    const QFileInfo info(image);
    if (!info.exists())
        return Error(
            ExitCode::Failure,
            QCoreApplication::translate("CryptDevice", "%1: no such file. Check the path.").arg(image),
            QStringLiteral("not-found"));
    if (!header.isEmpty() && !QFileInfo::exists(header))
        return Error(
            ExitCode::Failure,
            QCoreApplication::translate("CryptDevice", "%1: no such header file. Check the --header path.")
                .arg(header),
            QStringLiteral("not-found"));
    if (!QFileInfo(header.isEmpty() ? image : header).isReadable())
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("CryptDevice", "%1: not readable by this user.")
                         .arg(header.isEmpty() ? image : header));

    std::unique_ptr<CryptDevice> device(new CryptDevice);
    device->m_image = image;
    device->m_header = header;
    const QByteArray imagePath = QFile::encodeName(image);
    const QByteArray headerPath = QFile::encodeName(header);
    const int rc = header.isEmpty()
                       ? crypt_init(&device->m_cd, imagePath.constData())
                       : crypt_init_data_device(&device->m_cd, headerPath.constData(), imagePath.constData());
    if (rc < 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("CryptDevice", "%1: libcryptsetup cannot open it: %2")
                         .arg(image, errnoText(rc)));
    crypt_set_log_callback(device->m_cd, &CryptDevice::logCallback, device.get());
    return device;
}

Result<std::unique_ptr<CryptDevice>> CryptDevice::load(const QString &image, const QString &header)
{
    auto device = init(image, header);
    if (!device)
        return device;
    const int rc = crypt_load((*device)->handle(), CRYPT_LUKS, nullptr);
    if (rc < 0) {
        const QString file = header.isEmpty() ? image : header;
        if (rc == -EINVAL || rc == -ENODEV)
            return Error(ExitCode::Unsupported,
                         QCoreApplication::translate(
                             "CryptDevice",
                             "%1: not a LUKS volume (no LUKS1 or LUKS2 header found). If its header is "
                             "detached, pass it with --header FILE.")
                             .arg(file),
                         QStringLiteral("not-luks"));
        return (*device)->error(rc, QCoreApplication::translate("CryptDevice", "reading the LUKS header"));
    }
    return device;
}

bool CryptDevice::isLuks2() const
{
    const char *t = crypt_get_type(m_cd);
    return t && std::strcmp(t, CRYPT_LUKS2) == 0;
}

QString CryptDevice::type() const
{
    const char *t = crypt_get_type(m_cd);
    return t ? QString::fromLatin1(t) : QString();
}

Error CryptDevice::error(int rc, const QString &what, ExitCode code) const
{
    QString message =
        QCoreApplication::translate("CryptDevice", "%1: %2 failed: %3").arg(m_image, what, errnoText(rc));
    if (!m_log.isEmpty())
        message += QCoreApplication::translate("CryptDevice", " (libcryptsetup: %1)")
                       .arg(m_log.join(QStringLiteral("; ")));
    if (rc == -EBUSY)
        code = ExitCode::Busy;
    return Error(code, message);
}

} // namespace strongroom
