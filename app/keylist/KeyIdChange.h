#pragma once

#include "keys/KeyMaterial.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

namespace strongroom::keyidchange {

// What a key rotation records in its audit line so the key map stays true: the ids of the old and
// the new key as `key list` shows them. For a SQLCipher database, the backup key ids (KeyId.h)
// salted with its history folder's catalog salt ({"old_key_id", "new_key_id", "key_id_folder"});
// empty when the folder has no catalog salt yet (no backup was ever made, so no key id is known).
// The ids cost two key derivations (about as long as opening the database twice).
QJsonObject sqlcipherRekey(const QString &databasePath, const KeyMaterial *oldKey, const KeyMaterial &newKey);
// The same, computed when called: for ConversionJob::Options::rotationKeyIds. Empty without a new key.
std::function<QJsonObject()> sqlcipherRekeyIds(const QString &databasePath, std::optional<KeyMaterial> oldKey,
                                               std::optional<KeyMaterial> newKey);

// A LUKS slot key's ids are made by volumes/LuksSlotKeyId.h (KeySlotJob writes them when a key
// changes): a changed key gets an id of its own, stamped with the change.

// The audit actions whose "new_key_id"/"old_key_id" ListKeysJob reads.
bool isRotationAction(const QString &action);

} // namespace strongroom::keyidchange
