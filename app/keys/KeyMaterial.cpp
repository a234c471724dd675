#include "keys/KeyMaterial.h"

#include "core/ProcessHardening.h"

namespace strongroom {

KeyMaterial::KeyMaterial(QCA::SecureArray secret) : m_secret(std::move(secret))
{
    m_kind = looksRaw(m_secret) ? KeyKind::Raw : KeyKind::Passphrase;
    // Not in a core dump even if one is taken despite processhardening::hardenProcess.
    processhardening::excludeFromCoreDumps(m_secret.constData(), size_t(m_secret.size()));
}

bool KeyMaterial::looksRaw(const QCA::SecureArray &secret)
{
    const int n = secret.size();
    if (n != 64 + 3 && n != 96 + 3)
        return false;
    const char *p = secret.constData();
    if ((p[0] != 'x' && p[0] != 'X') || p[1] != '\'' || p[n - 1] != '\'')
        return false;
    for (int i = 2; i < n - 1; ++i)
        if (!std::isxdigit(static_cast<unsigned char>(p[i])))
            return false;
    return true;
}

void KeyMaterial::wipe()
{
    if (!m_secret.isEmpty())
        m_secret.fill(0);
    m_secret.clear();
}

} // namespace strongroom
