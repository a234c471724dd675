#pragma once

namespace strongroom {

// Probes for the kernel features LUKS work depends on. They live in core so that both the volumes
// library (which refuses to map without device-mapper) and the diagnostics can ask, without one
// depending on the other.
//
// device-mapper: /dev/mapper/control and the driver in /proc/misc. Without it nothing can be
// opened (mapped), mounted or closed; header work and offline re-encryption still work.
bool deviceMapperAvailable();
// The kernel crypto API (AF_ALG with xts(aes)): libcryptsetup's cipher benchmark needs it.
bool kernelCryptoApiAvailable();

} // namespace strongroom
