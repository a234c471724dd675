#pragma once

#include "core/Result.h"
#include "keys/KeyMaterial.h"

#include <QObject>
#include <functional>

namespace strongroom {

// The desktop keyring (Secret Service, KWallet) through QtKeychain. Off unless the user asks for
// it; when no keyring runs, every call fails with an Environment error and nothing is written
// anywhere else: there is no plaintext fallback.
class Keyring
{
public:
    explicit Keyring(QString service = QStringLiteral("Strongroom")) : m_service(std::move(service)) {}

    static bool isAvailable();
    // The account an age identity named `name` is kept under ("keyring:NAME" on the command line).
    static QString ageIdentityAccount(const QString &name) { return QStringLiteral("age-identity/") + name; }

    using ReadCallback = std::function<void(Result<KeyMaterial>)>;
    using WriteCallback = std::function<void(Status)>;

    // Asynchronous: the callback runs in the caller's event loop.
    void read(const QString &account, QObject *context, ReadCallback done) const;
    void write(const QString &account, const KeyMaterial &key, QObject *context, WriteCallback done) const;
    void remove(const QString &account, QObject *context, WriteCallback done) const;

private:
    QString m_service;
};

} // namespace strongroom
