#include "core/Error.h"

namespace strongroom {

QJsonObject Error::toJson() const
{
    return QJsonObject{{QStringLiteral("code"), static_cast<int>(code)},
                       {QStringLiteral("kind"), kindName()},
                       {QStringLiteral("message"), message}};
}

} // namespace strongroom
