#pragma once

#include <QJsonObject>
#include <QList>
#include <utility>

namespace strongroom {

class CryptDevice;

// The LUKS2 tokens of one type (Strongroom's own: slot names, the plain size of an in-place
// encryption), each with its token number. Empty for LUKS1, which has no tokens.
QList<std::pair<int, QJsonObject>> tokensOfType(const CryptDevice &device, const char *type);

} // namespace strongroom
