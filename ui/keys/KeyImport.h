#pragma once

#include "core/Result.h"
#include "keys/KeyMaterial.h"
#include "keys/KeyRegistry.h"

#include <QCoreApplication>

namespace strongroom::ui {

// What Import on the Keys page makes of a file: an age identity file (plain or, as age -p makes
// it, passphrase-protected: then registered by path, its recipient unknown until it is unlocked) or
// a recipients file. Anything else is refused with what it looks like.
class KeyImport
{
    Q_DECLARE_TR_FUNCTIONS(KeyImport)
public:
    // The registry entry for `path`, not yet recorded. With `passphrase`, a protected identity file
    // is opened so that its recipients and key ids are known (a wrong passphrase is an error).
    static Result<RegisteredKeyFile> inspect(const QString &path, const KeyMaterial *passphrase = nullptr);
};

} // namespace strongroom::ui
