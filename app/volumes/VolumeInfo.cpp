#include "volumes/VolumeInfo.h"

#include "core/ControlCharacters.h"
#include "core/LabelledLines.h"
#include "volumes/CryptDevice.h"
#include "volumes/InPlaceEncryption.h"
#include "volumes/SlotNames.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>
#include <libcryptsetup.h>

namespace strongroom {

namespace {
QString slotState(crypt_keyslot_info info)
{
    switch (info) {
    case CRYPT_SLOT_ACTIVE:
        return QStringLiteral("active");
    case CRYPT_SLOT_ACTIVE_LAST:
        return QStringLiteral("active-last");
    case CRYPT_SLOT_UNBOUND:
        return QStringLiteral("unbound");
    default:
        return {};
    }
}

QString priorityName(crypt_keyslot_priority p)
{
    switch (p) {
    case CRYPT_SLOT_PRIORITY_IGNORE:
        return QStringLiteral("ignore");
    case CRYPT_SLOT_PRIORITY_PREFER:
        return QStringLiteral("prefer");
    default:
        return QStringLiteral("normal");
    }
}

// LUKS2 keeps everything in its JSON area; libcryptsetup hands it out read-only. Salts and digests
// are dropped before anything of it is shown.
QJsonObject luks2Json(crypt_device *cd)
{
    const char *json = nullptr;
    if (crypt_dump_json(cd, &json, 0) < 0 || !json)
        return {};
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

QJsonObject KeySlotInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("slot"), slot},
                  {QStringLiteral("state"), state},
                  {QStringLiteral("pbkdf"), pbkdf},
                  {QStringLiteral("memory_kib"), memoryKib},
                  {QStringLiteral("iterations"), iterations},
                  {QStringLiteral("parallel"), parallel},
                  {QStringLiteral("priority"), priority},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("key_size_bits"), keySizeBits}};
    return o;
}

const KeySlotInfo *VolumeInfo::slot(int number) const
{
    for (const KeySlotInfo &s : keySlots)
        if (s.slot == number)
            return &s;
    return nullptr;
}

QJsonObject VolumeInfo::toJson() const
{
    QJsonArray slotArray;
    for (const KeySlotInfo &s : keySlots)
        slotArray.append(s.toJson());
    QJsonObject o{{QStringLiteral("path"), path},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("uuid"), uuid},
                  {QStringLiteral("label"), label},
                  {QStringLiteral("cipher"), cipher},
                  {QStringLiteral("key_size_bits"), keySizeBits},
                  {QStringLiteral("sector_size"), sectorSize},
                  {QStringLiteral("data_offset_bytes"), dataOffsetBytes},
                  {QStringLiteral("keyslots"), slotArray},
                  {QStringLiteral("tokens"), tokens},
                  {QStringLiteral("segments"), segments},
                  {QStringLiteral("reencryption"), reencryption}};
    if (!headerPath.isEmpty())
        o.insert(QStringLiteral("header"), headerPath);
    if (!reencryptionMode.isEmpty())
        o.insert(QStringLiteral("reencryption_mode"), reencryptionMode);
    return o;
}

namespace {
// A slot's state and priority are identifiers in --json; people read them in their language.
QString slotStateText(const QString &state)
{
    if (state == QLatin1String("active"))
        return QCoreApplication::translate("VolumeInfo", "active");
    if (state == QLatin1String("active-last"))
        return QCoreApplication::translate("VolumeInfo", "active, the last one");
    if (state == QLatin1String("unbound"))
        return QCoreApplication::translate("VolumeInfo", "unbound");
    return state;
}

QString priorityText(const QString &priority)
{
    if (priority == QLatin1String("prefer"))
        return QCoreApplication::translate("VolumeInfo", "priority prefer");
    if (priority == QLatin1String("ignore"))
        return QCoreApplication::translate("VolumeInfo", "priority ignore");
    return priority;
}
} // namespace

QString VolumeInfo::toText() const
{
    QList<QPair<QString, QString>> header{{QCoreApplication::translate("VolumeInfo", "Volume:"), path}};
    if (!headerPath.isEmpty())
        header.append({QCoreApplication::translate("VolumeInfo", "Header:"),
                       QCoreApplication::translate("VolumeInfo", "%1 (detached)").arg(headerPath)});
    header.append({{QCoreApplication::translate("VolumeInfo", "LUKS version:"), QString::number(version)},
                   {QCoreApplication::translate("VolumeInfo", "UUID:"), uuid},
                   {QCoreApplication::translate("VolumeInfo", "Label:"),
                    label.isEmpty() ? QCoreApplication::translate("VolumeInfo", "(none)")
                                    : escapeControlCharacters(label)},
                   {QCoreApplication::translate("VolumeInfo", "Cipher:"),
                    QCoreApplication::translate("VolumeInfo", "%1, %2-bit key, %3-byte sectors")
                        .arg(escapeControlCharacters(cipher))
                        .arg(keySizeBits)
                        .arg(sectorSize)},
                   {QCoreApplication::translate("VolumeInfo", "Data offset:"),
                    QCoreApplication::translate("VolumeInfo", "%1 bytes").arg(dataOffsetBytes)}});
    QString text = labelledLines(header);
    QTextStream t(&text);
    if (reencryption != QLatin1String("none")) {
        const bool decrypting = reencryptionMode == QLatin1String("decrypt");
        const QString unfinished =
            decrypting ? QCoreApplication::translate("VolumeInfo", "Unfinished decryption")
            : reencryptionMode == QLatin1String("encrypt")
                ? QCoreApplication::translate("VolumeInfo", "Unfinished encryption")
                : QCoreApplication::translate("VolumeInfo", "Unfinished re-encryption");
        const QString state = reencryption == QLatin1String("clean")
                                  ? QCoreApplication::translate("VolumeInfo", "paused")
                              : reencryption == QLatin1String("crash")
                                  ? QCoreApplication::translate("VolumeInfo", "interrupted, needs recovery")
                                  : QCoreApplication::translate("VolumeInfo", "invalid");
        t << QCoreApplication::translate("VolumeInfo",
                                         "%1 (%2): run `strongroom-cli volume %3` again to resume it.")
                 .arg(unfinished, state, decrypting ? QStringLiteral("decrypt") : QStringLiteral("encrypt"))
          << '\n';
    }
    t << QCoreApplication::translate("VolumeInfo", "Key slots:") << '\n';
    for (const KeySlotInfo &s : keySlots) {
        t << "  " << s.slot << ": " << slotStateText(s.state) << ", " << s.pbkdf;
        if (s.pbkdf.startsWith(QLatin1String("argon2")))
            t << ' '
              << QCoreApplication::translate("VolumeInfo", "(%1 KiB, %2 iterations, %n threads)", nullptr,
                                             s.parallel)
                     .arg(s.memoryKib)
                     .arg(s.iterations);
        else
            t << ' ' << QCoreApplication::translate("VolumeInfo", "(%1 iterations)").arg(s.iterations);
        if (s.priority != QLatin1String("normal"))
            t << ", " << priorityText(s.priority);
        if (!s.name.isEmpty())
            t << ", \"" << escapeControlCharacters(s.name) << '"';
        t << '\n';
    }
    if (!tokens.isEmpty()) {
        t << QCoreApplication::translate("VolumeInfo", "Tokens:") << '\n';
        for (const QJsonValue &v : tokens) {
            const QJsonObject tok = v.toObject();
            t << "  " << tok.value(QStringLiteral("token")).toInt() << ": "
              << QCoreApplication::translate("VolumeInfo", "%1 -> slots %2")
                     .arg(escapeControlCharacters(tok.value(QStringLiteral("type")).toString()),
                          QString::fromUtf8(QJsonDocument(tok.value(QStringLiteral("keyslots")).toArray())
                                                .toJson(QJsonDocument::Compact)))
              << '\n';
        }
    }
    for (const QJsonValue &v : segments) {
        const QJsonObject seg = v.toObject();
        t << QCoreApplication::translate("VolumeInfo", "Segment %1: %2, offset %3, size %4")
                 .arg(seg.value(QStringLiteral("segment")).toInt())
                 .arg(seg.value(QStringLiteral("type")).toString(),
                      seg.value(QStringLiteral("offset")).toString(),
                      seg.value(QStringLiteral("size")).toString())
          << '\n';
    }
    t.flush();
    return text;
}

VolumeInfo describeVolume(const CryptDevice &device)
{
    crypt_device *cd = device.handle();
    VolumeInfo info;
    info.path = device.image();
    info.headerPath = device.header();
    info.version = device.isLuks2() ? 2 : 1;
    info.uuid = QString::fromLatin1(crypt_get_uuid(cd));
    info.label = device.isLuks2() ? QString::fromUtf8(crypt_get_label(cd)) : QString();
    const char *cipher = crypt_get_cipher(cd), *mode = crypt_get_cipher_mode(cd);
    if (cipher)
        info.cipher =
            QString::fromLatin1(cipher) + (mode ? QLatin1Char('-') + QString::fromLatin1(mode) : QString());
    info.keySizeBits = crypt_get_volume_key_size(cd) * 8;
    info.sectorSize = crypt_get_sector_size(cd);
    info.dataOffsetBytes = qint64(crypt_get_data_offset(cd)) * 512;

    const QJsonObject json = device.isLuks2() ? luks2Json(cd) : QJsonObject();
    const QMap<int, QString> names = slotNames(device);
    const int max = crypt_keyslot_max(device.isLuks2() ? CRYPT_LUKS2 : CRYPT_LUKS1);
    for (int i = 0; i < max; ++i) {
        const QString state = slotState(crypt_keyslot_status(cd, i));
        if (state.isEmpty())
            continue;
        KeySlotInfo s;
        s.slot = i;
        s.state = state;
        crypt_pbkdf_type pbkdf{};
        if (crypt_keyslot_get_pbkdf(cd, i, &pbkdf) == 0) {
            s.pbkdf = QString::fromLatin1(pbkdf.type);
            s.iterations = int(pbkdf.iterations);
            s.memoryKib = int(pbkdf.max_memory_kb);
            s.parallel = int(pbkdf.parallel_threads);
        }
        s.priority = priorityName(crypt_keyslot_get_priority(cd, i));
        s.name = names.value(i);
        const int keySize = crypt_keyslot_get_key_size(cd, i);
        s.keySizeBits = keySize > 0 ? keySize * 8 : 0;
        info.keySlots.append(s);
    }
    const QJsonObject tokens = json.value(QStringLiteral("tokens")).toObject();
    for (auto it = tokens.begin(); it != tokens.end(); ++it) {
        QJsonObject tok = it.value().toObject();
        tok.insert(QStringLiteral("token"), it.key().toInt());
        info.tokens.append(tok);
    }
    const QJsonObject segments = json.value(QStringLiteral("segments")).toObject();
    for (auto it = segments.begin(); it != segments.end(); ++it) {
        QJsonObject seg = it.value().toObject();
        seg.insert(QStringLiteral("segment"), it.key().toInt());
        info.segments.append(seg);
    }
    if (device.isLuks2()) {
        crypt_params_reencrypt params{};
        switch (crypt_reencrypt_status(cd, &params)) {
        case CRYPT_REENCRYPT_CLEAN:
            info.reencryption = QStringLiteral("clean");
            break;
        case CRYPT_REENCRYPT_CRASH:
            info.reencryption = QStringLiteral("crash");
            break;
        case CRYPT_REENCRYPT_INVALID:
            info.reencryption = QStringLiteral("invalid");
            break;
        default:
            break;
        }
        if (info.reencryption != QLatin1String("none"))
            info.reencryptionMode = params.mode == CRYPT_REENCRYPT_ENCRYPT   ? QStringLiteral("encrypt")
                                    : params.mode == CRYPT_REENCRYPT_DECRYPT ? QStringLiteral("decrypt")
                                                                             : QStringLiteral("reencrypt");
    }
    return info;
}

Result<VolumeInfo> readVolumeInfo(const QString &image, const QString &header)
{
    // An encryption stopped while placing its header: the journaled header is the one that counts,
    // whatever the image's first bytes hold.
    const QString journal = inplace::encryptionHeaderPath(image);
    const bool journaled = header.isEmpty() && QFileInfo::exists(journal);
    auto device = CryptDevice::load(image, journaled ? journal : header);
    if (!device)
        return device.error();
    return describeVolume(**device);
}

} // namespace strongroom
