#include "core/SecureRandom.h"

#include <QtGlobal>
#include <cerrno>
#include <cstring>
#include <sys/random.h>

namespace strongroom::securerandom {

void fill(void *buffer, size_t count)
{
    auto *out = static_cast<char *>(buffer);
    size_t done = 0;
    while (done < count) {
        // Blocks until the kernel's pool is initialised, never returns weaker bytes.
        const ssize_t n = ::getrandom(out + done, count - done, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            qFatal("strongroom: the kernel's random source (getrandom) failed: %s; stopping rather than "
                   "making a weak key",
                   std::strerror(errno));
        done += size_t(n);
    }
}

QCA::SecureArray bytes(int count)
{
    QCA::SecureArray out(qMax(count, 0));
    if (count > 0)
        fill(out.data(), size_t(count));
    return out;
}

quint32 uniform(quint32 bound)
{
    Q_ASSERT(bound > 0);
    // The largest multiple of `bound` that fits in 32 bits; values at or above it would favour the
    // low results, so they are drawn again.
    const quint64 limit = (quint64(1) << 32) - ((quint64(1) << 32) % bound);
    for (;;) {
        quint32 value = 0;
        fill(reinterpret_cast<char *>(&value), sizeof value);
        if (value < limit)
            return value % bound;
    }
}

} // namespace strongroom::securerandom
