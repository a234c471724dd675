#pragma once

#include "core/Result.h"

#include <QDBusMessage>

namespace strongroom {

// What a D-Bus error reply to a udisks2 call means for the user. `what` names the call ("Mounting
// /dev/loop0"). The user dismissing polkit's password dialog, or udisks2 cancelling the call, is
// Cancelled: the user chose to stop, so it is a cancel (exit 130, audited "cancelled"), not a
// failure. No udisks2 on the bus is exit 7, a busy device exit 6, the rest exit 1.
Status udisksReplyError(const QDBusMessage &reply, const QString &what);

} // namespace strongroom
