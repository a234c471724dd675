#pragma once

#include "sqlcipher/CipherSettings.h"

#include <QString>
#include <optional>

namespace strongroom {

// The cipher settings that last opened a file, so the next open takes one KDF run instead of up
// to five. Stored in Strongroom's QSettings under the file's absolute path; never the key.
class RememberedSettings
{
public:
    static std::optional<CipherSettings> lookup(const QString &path);
    static void remember(const QString &path, const CipherSettings &settings);
    static void forget(const QString &path);
};

} // namespace strongroom
