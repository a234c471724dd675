#include "age/CompressionKind.h"

#include <karchive_version.h>

namespace strongroom::age {

KCompressionDevice::CompressionType compressionOf(QByteArrayView start)
{
    if (start.startsWith("\x1f\x8b"))
        return KCompressionDevice::GZip;
    if (start.startsWith("\x28\xb5\x2f\xfd"))
        return KCompressionDevice::Zstd;
    if (start.startsWith(QByteArrayView("\xfd"
                                        "7zXZ\x00",
                                        6)))
        return KCompressionDevice::Xz;
    return KCompressionDevice::None;
}

QString compressionName(KCompressionDevice::CompressionType type)
{
    switch (type) {
    case KCompressionDevice::GZip:
        return QStringLiteral("gzip");
    case KCompressionDevice::Zstd:
        return QStringLiteral("zstd");
    case KCompressionDevice::Xz:
        return QStringLiteral("xz");
    default:
        return {};
    }
}

QString karchiveVersion()
{
    return QStringLiteral(KARCHIVE_VERSION_STRING);
}

} // namespace strongroom::age
