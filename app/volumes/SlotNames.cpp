#include "volumes/SlotNames.h"

#include "volumes/CryptDevice.h"
#include "volumes/LuksTokens.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <libcryptsetup.h>

namespace strongroom {

namespace {
// Calls `visit(token, json)` for each Strongroom name token.
template <typename Visit> void forEachNameToken(const CryptDevice &device, Visit visit)
{
    for (const auto &[token, json] : tokensOfType(device, kSlotNameTokenType))
        visit(token, json);
}
} // namespace

QMap<int, QString> slotNames(const CryptDevice &device)
{
    QMap<int, QString> names;
    forEachNameToken(device, [&names](int, const QJsonObject &json) {
        for (const QJsonValue &slot : json.value(QStringLiteral("keyslots")).toArray())
            names.insert(slot.toString().toInt(), json.value(QStringLiteral("name")).toString());
    });
    return names;
}

Status clearSlotName(CryptDevice &device, int slot)
{
    QList<int> doomed;
    forEachNameToken(device, [&](int token, const QJsonObject &json) {
        if (json.value(QStringLiteral("keyslots")).toArray().contains(QString::number(slot)))
            doomed.append(token);
    });
    for (int token : doomed)
        if (const int rc = crypt_token_json_set(device.handle(), token, nullptr); rc < 0)
            return device.error(
                rc, QCoreApplication::translate("SlotNames", "removing the name of key slot %1").arg(slot));
    return Status::success();
}

Status setSlotName(CryptDevice &device, int slot, const QString &name)
{
    if (!device.isLuks2())
        return Error(
            ExitCode::Unsupported,
            QCoreApplication::translate(
                "SlotNames",
                "%1: LUKS1 cannot name key slots (no tokens); convert it to LUKS2 or leave the slot unnamed.")
                .arg(device.image()));
    if (auto s = clearSlotName(device, slot); !s)
        return s;
    if (name.isEmpty())
        return Status::success();
    const QJsonObject token{{QStringLiteral("type"), QString::fromLatin1(kSlotNameTokenType)},
                            {QStringLiteral("keyslots"), QJsonArray{QString::number(slot)}},
                            {QStringLiteral("name"), name}};
    const QByteArray json = QJsonDocument(token).toJson(QJsonDocument::Compact);
    if (const int rc = crypt_token_json_set(device.handle(), CRYPT_ANY_TOKEN, json.constData()); rc < 0)
        return device.error(rc, QCoreApplication::translate("SlotNames", "naming key slot %1").arg(slot));
    return Status::success();
}

} // namespace strongroom
