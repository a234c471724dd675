#include "age/AgeErrors.h"

namespace strongroom::age {

Error ageError(AgeFailure failure, const QString &message)
{
    switch (failure) {
    case AgeFailure::NotAgeFile:
        return Error(ExitCode::Unsupported, message, QStringLiteral("unknown-format"));
    case AgeFailure::Armor:
        return Error(ExitCode::Integrity, message, QStringLiteral("armor"));
    case AgeFailure::Header:
        return Error(ExitCode::Integrity, message, QStringLiteral("header"));
    case AgeFailure::NoIdentityMatched:
        return Error(ExitCode::WrongKey, message, QStringLiteral("no-identity-matched"));
    case AgeFailure::HeaderMac:
        return Error(ExitCode::Integrity, message, QStringLiteral("header-mac"));
    case AgeFailure::Payload:
        return Error(ExitCode::Integrity, message, QStringLiteral("payload"));
    case AgeFailure::Io:
        break;
    }
    return Error(ExitCode::Failure, message, QStringLiteral("io"));
}

} // namespace strongroom::age
