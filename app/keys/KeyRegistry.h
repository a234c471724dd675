#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>

namespace strongroom {

// The keys Strongroom was given, remembered for `key list` and the Keys page:
// $XDG_DATA_HOME/strongroom/keys.json (0600, written whole through safefile::writeFileAtomically
// under keys.json.lock, so the CLI and the console can record at the same time).
// It holds no secret: only paths, public recipients, key ids, dates, and which files each key id
// was used with (the key map). A missing file is an empty registry; a damaged one is an error that
// names it and is never overwritten.
struct RegisteredKeyFile
{
    QString path;           // absolute; for a keyring identity "keyring:NAME"
    QString kind;           // kindIdentity(), kindRecipients() or kindKeyring()
    QString name;           // a label; may be empty
    QStringList recipients; // age1... (public)
    QStringList keyIds;     // one per recipient
    QDateTime created;      // the key's own date (age-keygen's "# created:"); invalid when unknown
    QDateTime firstSeen;

    static QString kindIdentity() { return QStringLiteral("age-identity"); }
    static QString kindRecipients() { return QStringLiteral("age-recipients"); }
    static QString kindKeyring() { return QStringLiteral("age-keyring"); }
    QJsonObject toJson() const;
    static RegisteredKeyFile fromJson(const QJsonObject &json);
};

// A LUKS key slot as first seen: the key's creation is not in the LUKS header, so the first time
// Strongroom saw the slot active stands in for it.
struct SeenKeySlot
{
    QString volumeUuid;
    int slot = -1;
    QDateTime firstSeen;
};

class KeyRegistry
{
public:
    explicit KeyRegistry(QString path = defaultPath()) : m_path(std::move(path)) {}
    static QString defaultPath();
    QString path() const { return m_path; }

    struct Contents
    {
        QList<RegisteredKeyFile> keyFiles;
        QMap<QString, QStringList> uses; // key id -> absolute paths of files encrypted to / opened by it
        QList<SeenKeySlot> keySlots;
    };
    Result<Contents> read() const;

    // Adds or refreshes a key file (by path). Recipients left empty (an identity file still locked
    // by its passphrase) keep what was recorded before; the first-seen date never moves.
    Status recordKeyFile(RegisteredKeyFile file) const;
    // Notes that `file` is encrypted to (or was opened with) each of `keyIds`.
    Status recordUse(const QStringList &keyIds, const QString &file) const;
    // The first-seen date of each slot, recording `now` for slots not seen before. Slots no
    // longer active are forgotten, so a key put into a freed slot starts a new date.
    Result<QList<SeenKeySlot>> seeSlots(const QString &volumeUuid, const QList<int> &activeSlots,
                                        const QDateTime &now) const;

private:
    Status save(const Contents &contents) const;
    // Runs `change` on the contents under the lock file; saves them when it returns true.
    Status update(const std::function<bool(Contents &)> &change) const;
    QString m_path;
};

} // namespace strongroom
