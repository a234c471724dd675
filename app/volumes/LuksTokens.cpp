#include "volumes/LuksTokens.h"

#include "volumes/CryptDevice.h"

#include <QJsonDocument>
#include <cstring>
#include <libcryptsetup.h>

namespace strongroom {

QList<std::pair<int, QJsonObject>> tokensOfType(const CryptDevice &device, const char *type)
{
    QList<std::pair<int, QJsonObject>> found;
    if (!device.isLuks2())
        return found;
    const int max = crypt_token_max(CRYPT_LUKS2);
    for (int token = 0; token < max; ++token) {
        const char *tokenType = nullptr;
        const crypt_token_info status = crypt_token_status(device.handle(), token, &tokenType);
        if (status == CRYPT_TOKEN_INACTIVE || status == CRYPT_TOKEN_INVALID || !tokenType ||
            std::strcmp(tokenType, type) != 0)
            continue;
        const char *json = nullptr;
        if (crypt_token_json_get(device.handle(), token, &json) < 0 || !json)
            continue;
        found.append({token, QJsonDocument::fromJson(QByteArray(json)).object()});
    }
    return found;
}

} // namespace strongroom
