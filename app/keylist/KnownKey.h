#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace strongroom {

// One key of `key list` and the Keys page: what it is, its id, when it was made, how old it is,
// whether it is due for rotation, and the files it opens (the key map). Never a secret.
struct KnownKey
{
    QString kind;   // kindAgeIdentity, kindAgeRecipients, kindAgeKeyring, kindSqlcipher, kindLuksSlot
    QString keyId;  // age-..., the catalog's key id, or luks-<uuid>-slot<N>
    QString label;  // a name, the key file, or "IMAGE slot N (name)"
    QString source; // where it was found: the key file, the history folder, the image
    QDateTime created;
    QString createdFrom; // "key file", "first seen", "catalog", "audit log"
    QStringList opens;
    // This key's own rotation period (`key set-rotation`); 0: the global period applies.
    int ownRotationDays = 0;
    // Set when a rotation (db rekey, with the old and new key ids in its audit line) replaced this
    // key: no longer due, since the data it opened now opens with `replacedBy`.
    QString replacedBy;
    QDateTime replacedOn;
    // Where its recovery copy is kept, as recorded (`key record-recovery`); empty: nothing recorded.
    QString recoveryWhere;
    QDateTime recoveryRecorded;

    static QString kindAgeIdentity() { return QStringLiteral("age-identity"); }
    static QString kindAgeRecipients() { return QStringLiteral("age-recipients"); }
    static QString kindAgeKeyring() { return QStringLiteral("age-keyring"); }
    static QString kindSqlcipher() { return QStringLiteral("sqlcipher"); }
    static QString kindLuksSlot() { return QStringLiteral("luks-slot"); }

    // Whole days since `created`; 0 when the date is unknown.
    int ageDays(const QDateTime &now) const;
    // The period that applies: the key's own, else `globalDays`. The functions below take the
    // global period and apply the key's own where it has one.
    int rotationDays(int globalDays) const { return ownRotationDays > 0 ? ownRotationDays : globalDays; }
    QDate dueDate(int rotationDays) const;
    // Older than the rotation period: time to make a new key.
    bool isDue(const QDateTime &now, int rotationDays) const;
    QJsonObject toJson(const QDateTime &now, int rotationDays) const;
};

} // namespace strongroom
