#pragma once

#include "core/Result.h"
#include "keys/KeyMaterial.h"
#include "sqlcipher/CipherSettings.h"

#include <QString>

namespace strongroom {

// A copy was written whole: the file at `path` opens with the key and settings, and the page count
// in its header matches its size. Errors: the open's (3 wrong key, ...), or Integrity (4).
Status opensWhole(const QString &path, const KeyMaterial &key, const CipherSettings &settings);

} // namespace strongroom
