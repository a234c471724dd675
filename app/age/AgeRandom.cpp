#include "age/AgeRandom.h"

#include <cerrno>
#include <cstdlib>
#include <sys/random.h>

namespace strongroom::age {

void fillRandom(void *buffer, std::size_t size)
{
    auto *out = static_cast<unsigned char *>(buffer);
    while (size > 0) {
        const ssize_t n = getrandom(out, size, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            // Without randomness no key or nonce may be made; carrying on would be worse than stopping.
            std::abort();
        }
        out += n;
        size -= std::size_t(n);
    }
}

} // namespace strongroom::age
