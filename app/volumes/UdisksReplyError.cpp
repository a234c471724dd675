#include "volumes/UdisksReplyError.h"

#include <QCoreApplication>

namespace strongroom {

Status udisksReplyError(const QDBusMessage &reply, const QString &what)
{
    const QString name = reply.errorName();
    const QString message =
        QCoreApplication::translate("UdisksClient", "%1 failed: %2").arg(what, reply.errorMessage());
    if (name == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown") ||
        name == QLatin1String("org.freedesktop.DBus.Error.NoReply") ||
        name == QLatin1String("org.freedesktop.DBus.Error.Disconnected"))
        return Error(ExitCode::Environment, message, QStringLiteral("no-udisks"));
    // udisks2 answers NotAuthorizedDismissed when the user closes polkit's dialog without
    // authenticating, and NotAuthorizedCanObtain / NotAuthorized when polkit refused.
    if (name == QLatin1String("org.freedesktop.UDisks2.Error.NotAuthorizedDismissed") ||
        name == QLatin1String("org.freedesktop.UDisks2.Error.Cancelled"))
        return Cancelled{message};
    if (name.startsWith(QLatin1String("org.freedesktop.UDisks2.Error.NotAuthorized")))
        return Error(ExitCode::Failure, message, QStringLiteral("not-authorized"));
    if (name == QLatin1String("org.freedesktop.UDisks2.Error.DeviceBusy"))
        return Error(ExitCode::Busy, message);
    return Error(ExitCode::Failure, message);
}

} // namespace strongroom
