#include "core/Sha256.h"

#include <QtCrypto>

namespace strongroom {

QString sha256Hex(const QByteArray &data)
{
    QCA::Hash hash(QStringLiteral("sha256"));
    hash.update(data);
    return QCA::arrayToHex(hash.final().toByteArray());
}

} // namespace strongroom
