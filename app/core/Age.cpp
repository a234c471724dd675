#include "core/Age.h"

#include <algorithm>

namespace strongroom {

Age Age::between(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = std::max<qint64>(0, then.secsTo(now));
    if (seconds < 3600)
        return {Unit::Minutes, seconds / 60};
    if (seconds < 2 * 86400)
        return {Unit::Hours, seconds / 3600};
    return {Unit::Days, seconds / 86400};
}

QString Age::englishText() const
{
    switch (unit) {
    case Unit::Minutes:
        return QStringLiteral("%1 min").arg(count);
    case Unit::Hours:
        return QStringLiteral("%1 h").arg(count);
    case Unit::Days:
        break;
    }
    return QStringLiteral("%1 d").arg(count);
}

} // namespace strongroom
