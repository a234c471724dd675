#include "volumes/VolumeInfo.h"

#include "core/ControlCharacters.h"
#include "volumes/CryptDevice.h"
#include "volumes/InPlaceEncryption.h"
#include "volumes/SlotNames.h"

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

QString VolumeInfo::toText() const
{
    QString text;
    QTextStream t(&text);
    t << "Volume:       " << path << '\n';
    if (!headerPath.isEmpty())
        t << "Header:       " << headerPath << " (detached)\n";
    t << "LUKS version: " << version << '\n'
      << "UUID:         " << uuid << '\n'
      << "Label:        " << (label.isEmpty() ? QStringLiteral("(none)") : escapeControlCharacters(label))
      << '\n'
      << "Cipher:       " << escapeControlCharacters(cipher) << ", " << keySizeBits << "-bit key, "
      << sectorSize << "-byte sectors\n"
      << "Data offset:  " << dataOffsetBytes << " bytes\n";
    if (reencryption != QLatin1String("none"))
        t << "Unfinished " << reencryptionMode << " (" << reencryption << "): run `strongroom-cli volume "
          << (reencryptionMode == QLatin1String("decrypt") ? "decrypt" : "encrypt")
          << "` again to resume it.\n";
    t << "Key slots:\n";
    for (const KeySlotInfo &s : keySlots) {
        t << "  " << s.slot << ": " << s.state << ", " << s.pbkdf;
        if (s.pbkdf.startsWith(QLatin1String("argon2")))
            t << " (" << s.memoryKib << " KiB, " << s.iterations << " iterations, " << s.parallel
              << " threads)";
        else
            t << " (" << s.iterations << " iterations)";
        if (s.priority != QLatin1String("normal"))
            t << ", priority " << s.priority;
        if (!s.name.isEmpty())
            t << ", \"" << escapeControlCharacters(s.name) << '"';
        t << '\n';
    }
    if (!tokens.isEmpty()) {
        t << "Tokens:\n";
        for (const QJsonValue &v : tokens) {
            const QJsonObject tok = v.toObject();
            t << "  " << tok.value(QStringLiteral("token")).toInt() << ": "
              << escapeControlCharacters(tok.value(QStringLiteral("type")).toString()) << " -> slots "
              << QJsonDocument(tok.value(QStringLiteral("keyslots")).toArray()).toJson(QJsonDocument::Compact)
              << '\n';
        }
    }
    for (const QJsonValue &v : segments) {
        const QJsonObject seg = v.toObject();
        t << "Segment " << seg.value(QStringLiteral("segment")).toInt() << ": "
          << seg.value(QStringLiteral("type")).toString() << ", offset "
          << seg.value(QStringLiteral("offset")).toString() << ", size "
          << seg.value(QStringLiteral("size")).toString() << '\n';
    }
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
