#include "core/KernelFeatures.h"

#include <QFile>
#include <cstring>
#include <linux/if_alg.h>
#include <sys/socket.h>
#include <unistd.h>

namespace strongroom {

bool deviceMapperAvailable()
{
    if (!QFile::exists(QStringLiteral("/dev/mapper/control")))
        return false;
    QFile misc(QStringLiteral("/proc/misc"));
    return misc.open(QIODevice::ReadOnly) && misc.readAll().contains("device-mapper");
}

bool kernelCryptoApiAvailable()
{
    const int fd = ::socket(AF_ALG, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    sockaddr_alg sa{};
    sa.salg_family = AF_ALG;
    std::memcpy(sa.salg_type, "skcipher", 9);
    std::memcpy(sa.salg_name, "xts(aes)", 9);
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) == 0;
    ::close(fd);
    return ok;
}

} // namespace strongroom
