#pragma once

#include <cstddef>

namespace strongroom::age {

// The one source of random bytes of the age library (file keys, nonces, ephemeral secrets, salts):
// getrandom(2), which blocks only until the kernel's pool is first seeded. Kept in one function so
// it can be switched to app/core's central random source without touching any caller.
void fillRandom(void *buffer, std::size_t size);

} // namespace strongroom::age
