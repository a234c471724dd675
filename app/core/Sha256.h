#pragma once

#include <QByteArray>
#include <QString>

namespace strongroom {

// SHA-256 through QCA's provider, as lower-case hex.
QString sha256Hex(const QByteArray &data);

} // namespace strongroom
