#pragma once

#include "core/Error.h"

#include <QString>

namespace strongroom::age {

// How reading an age file can fail, each with its exit code of the CLI contract (docs/cli.md) and a
// kind scripts can tell apart. The CCTV test vectors name the same classes.
enum class AgeFailure
{
    NotAgeFile,        // 6, "unknown-format": neither an age file nor armored age
    Armor,             // 4, "armor": the ASCII armor is not strict PEM
    Header,            // 4, "header": the header does not parse, or a stanza breaks its type's rules
    NoIdentityMatched, // 3, "no-identity-matched": no stanza opens with the identities or passphrase given
    HeaderMac,         // 4, "header-mac": the file key opened but the header's MAC does not match
    Payload,           // 4, "payload": a chunk does not authenticate, is missing, or data trails the last one
    Io,                // 1, "io": reading or writing failed
};

Error ageError(AgeFailure failure, const QString &message);

} // namespace strongroom::age
