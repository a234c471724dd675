#pragma once

#include <QString>
#include <QtCrypto>

namespace strongroom {

enum class KeyKind
{
    Passphrase,
    Raw
};

// A database or volume key, held in locked, wiped-on-free memory. A value of the form x'<64 hex>'
// (or 96 hex: key and salt) is a raw key exactly as SQLCipher's PRAGMA key reads it; anything else
// is a passphrase.
class KeyMaterial
{
public:
    KeyMaterial() = default;
    explicit KeyMaterial(QCA::SecureArray secret);
    ~KeyMaterial() { wipe(); }
    KeyMaterial(const KeyMaterial &) = default;
    KeyMaterial &operator=(const KeyMaterial &) = default;

    static bool looksRaw(const QCA::SecureArray &secret);

    KeyKind kind() const { return m_kind; }
    QString kindName() const
    {
        return m_kind == KeyKind::Raw ? QStringLiteral("raw") : QStringLiteral("passphrase");
    }
    bool isEmpty() const { return m_secret.isEmpty(); }
    int size() const { return m_secret.size(); }
    // The bytes handed to sqlite3_key or libcryptsetup; never converted to QString.
    const char *data() const { return m_secret.constData(); }
    const QCA::SecureArray &secret() const { return m_secret; }

    void wipe();

private:
    QCA::SecureArray m_secret;
    KeyKind m_kind = KeyKind::Passphrase;
};

} // namespace strongroom
