#include "core/ExitCode.h"

namespace strongroom {

QString exitCodeKind(ExitCode code)
{
    switch (code) {
    case ExitCode::Ok:
        return QStringLiteral("ok");
    case ExitCode::Failure:
        return QStringLiteral("failure");
    case ExitCode::Usage:
        return QStringLiteral("usage");
    case ExitCode::WrongKey:
        return QStringLiteral("wrong-key");
    case ExitCode::Integrity:
        return QStringLiteral("integrity");
    case ExitCode::Busy:
        return QStringLiteral("busy");
    case ExitCode::Unsupported:
        return QStringLiteral("unsupported");
    case ExitCode::Environment:
        return QStringLiteral("environment");
    case ExitCode::Regression:
        return QStringLiteral("regression");
    case ExitCode::StatusWarning:
        return QStringLiteral("status-warning");
    case ExitCode::StatusFailure:
        return QStringLiteral("status-failure");
    case ExitCode::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("failure");
}

} // namespace strongroom
