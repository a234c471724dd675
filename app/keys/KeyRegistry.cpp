#include "keys/KeyRegistry.h"

#include "core/SafeFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QStandardPaths>
#include <algorithm>

namespace strongroom {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QDateTime dateOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

} // namespace

QJsonObject RegisteredKeyFile::toJson() const
{
    return QJsonObject{{QStringLiteral("path"), path},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("recipients"), toArray(recipients)},
                       {QStringLiteral("keyIds"), toArray(keyIds)},
                       {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("firstSeen"), firstSeen.toUTC().toString(Qt::ISODate)}};
}

RegisteredKeyFile RegisteredKeyFile::fromJson(const QJsonObject &json)
{
    RegisteredKeyFile file;
    file.path = json.value(QStringLiteral("path")).toString();
    file.kind = json.value(QStringLiteral("kind")).toString();
    file.name = json.value(QStringLiteral("name")).toString();
    file.recipients = toList(json.value(QStringLiteral("recipients")));
    file.keyIds = toList(json.value(QStringLiteral("keyIds")));
    file.created = dateOf(json.value(QStringLiteral("created")));
    file.firstSeen = dateOf(json.value(QStringLiteral("firstSeen")));
    return file;
}

QString KeyRegistry::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/strongroom/keys.json");
}

Result<KeyRegistry::Contents> KeyRegistry::read() const
{
    Contents contents;
    QFile file(m_path);
    if (!file.exists())
        return contents;
    if (!file.open(QIODevice::ReadOnly))
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("KeyList", "%1: cannot read the key registry.").arg(m_path));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(16 * 1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error(ExitCode::Integrity, QCoreApplication::translate(
                                              "KeyList", "%1: the key registry is damaged (%2); it was left "
                                                         "as it is.")
                                              .arg(m_path, parseError.errorString()));
    const QJsonObject root = document.object();
    for (const QJsonValue &value : root.value(QStringLiteral("keyFiles")).toArray())
        contents.keyFiles.append(RegisteredKeyFile::fromJson(value.toObject()));
    const QJsonObject uses = root.value(QStringLiteral("uses")).toObject();
    for (auto it = uses.begin(); it != uses.end(); ++it)
        contents.uses.insert(it.key(), toList(it.value()));
    for (const QJsonValue &value : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject slot = value.toObject();
        contents.keySlots.append(SeenKeySlot{slot.value(QStringLiteral("volumeUuid")).toString(),
                                             slot.value(QStringLiteral("slot")).toInt(-1),
                                             dateOf(slot.value(QStringLiteral("firstSeen")))});
    }
    return contents;
}

Status KeyRegistry::save(const Contents &contents) const
{
    QJsonArray keyFiles;
    for (const RegisteredKeyFile &file : contents.keyFiles)
        keyFiles.append(file.toJson());
    QJsonObject uses;
    for (auto it = contents.uses.begin(); it != contents.uses.end(); ++it)
        uses.insert(it.key(), toArray(it.value()));
    QJsonArray keySlots;
    for (const SeenKeySlot &slot : contents.keySlots)
        keySlots.append(
            QJsonObject{{QStringLiteral("volumeUuid"), slot.volumeUuid},
                        {QStringLiteral("slot"), slot.slot},
                        {QStringLiteral("firstSeen"), slot.firstSeen.toUTC().toString(Qt::ISODate)}});
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("keyFiles"), keyFiles},
                           {QStringLiteral("uses"), uses},
                           {QStringLiteral("slots"), keySlots}};
    return safefile::writeFileAtomically(m_path, QJsonDocument(root).toJson(), QStringLiteral("keys"),
                                         QCoreApplication::translate("KeyList", "key registry"));
}

Status KeyRegistry::update(const std::function<bool(Contents &)> &change) const
{
    if (const Status folder = safefile::makePrivateFolder(QFileInfo(m_path).absolutePath()); !folder)
        return folder;
    // The CLI and the console (and its list job) may record at the same time.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(10000))
        return Error(ExitCode::Busy, QCoreApplication::translate(
                                         "KeyList", "%1: the key registry is locked by another process.")
                                         .arg(m_path));
    Result<Contents> contents = read();
    if (!contents)
        return contents.error();
    return change(contents.value()) ? save(contents.value()) : Status{};
}

Status KeyRegistry::recordKeyFile(RegisteredKeyFile file) const
{
    if (!file.path.startsWith(QLatin1String("keyring:")))
        file.path = QFileInfo(file.path).absoluteFilePath();
    return update([&](Contents &contents) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (RegisteredKeyFile &known : contents.keyFiles) {
            if (known.path != file.path)
                continue;
            file.firstSeen = known.firstSeen.isValid() ? known.firstSeen : now;
            if (file.recipients.isEmpty()) {
                file.recipients = known.recipients;
                file.keyIds = known.keyIds;
            }
            if (!file.created.isValid())
                file.created = known.created;
            if (file.name.isEmpty())
                file.name = known.name;
            known = file;
            return true;
        }
        file.firstSeen = now;
        contents.keyFiles.append(file);
        return true;
    });
}

Status KeyRegistry::recordUse(const QStringList &keyIds, const QString &file) const
{
    if (keyIds.isEmpty() || file.isEmpty() || file == QLatin1String("-"))
        return {};
    const QString absolute = QFileInfo(file).absoluteFilePath();
    return update([&](Contents &contents) {
        bool changed = false;
        for (const QString &keyId : keyIds) {
            QStringList &files = contents.uses[keyId];
            if (!files.contains(absolute)) {
                files.append(absolute);
                changed = true;
            }
        }
        return changed;
    });
}

Result<QList<SeenKeySlot>> KeyRegistry::seeSlots(const QString &volumeUuid, const QList<int> &activeSlots,
                                                 const QDateTime &now) const
{
    QList<SeenKeySlot> seen;
    const Status updated = update([&](Contents &contents) {
        QList<SeenKeySlot> kept;
        for (const SeenKeySlot &slot : std::as_const(contents.keySlots))
            if (slot.volumeUuid != volumeUuid)
                kept.append(slot);
        bool changed = false;
        for (int number : activeSlots) {
            const auto known =
                std::find_if(contents.keySlots.cbegin(), contents.keySlots.cend(), [&](const SeenKeySlot &s) {
                    return s.volumeUuid == volumeUuid && s.slot == number;
                });
            if (known != contents.keySlots.cend()) {
                seen.append(*known);
            } else {
                seen.append(SeenKeySlot{volumeUuid, number, now});
                changed = true;
            }
        }
        // Slots no longer active are dropped, so a key put into a freed slot starts a new date.
        changed = changed || kept.size() + seen.size() != contents.keySlots.size();
        kept.append(seen);
        contents.keySlots = kept;
        return changed;
    });
    if (!updated)
        return updated.error();
    return seen;
}

} // namespace strongroom
