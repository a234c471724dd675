#include "keys/KeyImport.h"

#include "age/AgeCrypto.h"
#include "age/IdentityFile.h"

#include <QFile>
#include <QFileInfo>

namespace strongroom::ui {

Result<RegisteredKeyFile> KeyImport::inspect(const QString &path, const KeyMaterial *passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ExitCode::Failure, tr("%1 cannot be read.").arg(path));
    QByteArray text = file.read(1024 * 1024);
    RegisteredKeyFile entry;
    entry.path = QFileInfo(path).absoluteFilePath();
    entry.created = age::identityFileCreated(text);
    if (age::isEncryptedIdentityFile(text)) {
        entry.kind = RegisteredKeyFile::kindIdentity();
        if (passphrase && !passphrase->isEmpty()) {
            auto identities = age::readIdentityFile(path, passphrase);
            if (!identities) {
                age::wipeBytes(text.data(), std::size_t(text.size()));
                if (identities.error().code == ExitCode::WrongKey)
                    return Error(ExitCode::WrongKey,
                                 tr("%1: the passphrase does not open this identity file.").arg(path));
                return identities.error();
            }
            for (const age::X25519Identity &identity : *identities) {
                entry.recipients.append(identity.recipient().toString());
                entry.keyIds.append(identity.recipient().keyId());
            }
        }
    } else if (auto identities = age::parseIdentities(text, path); identities && !identities->isEmpty()) {
        entry.kind = RegisteredKeyFile::kindIdentity();
        for (const age::X25519Identity &identity : *identities) {
            entry.recipients.append(identity.recipient().toString());
            entry.keyIds.append(identity.recipient().keyId());
        }
    } else if (auto recipients = age::parseRecipients(text, path); recipients && !recipients->isEmpty()) {
        entry.kind = RegisteredKeyFile::kindRecipients();
        for (const age::X25519Recipient &recipient : *recipients) {
            entry.recipients.append(recipient.toString());
            entry.keyIds.append(recipient.keyId());
        }
    }
    age::wipeBytes(text.data(), std::size_t(text.size()));
    if (entry.kind.isEmpty())
        return Error(ExitCode::Unsupported,
                     tr("%1 is neither an age identity file (AGE-SECRET-KEY-1… lines) nor a recipients file "
                        "(age1… lines).")
                         .arg(path));
    return entry;
}

} // namespace strongroom::ui
