#include "sqlcipher/PageOneHeader.h"

#include "sqlcipher/PageKeys.h"
#include "sqlcipher/PageLayout.h"

#include <QFile>
#include <QtCrypto>

namespace strongroom {

namespace {

// The header bytes 16 to 31 of a database, as SQLite checks them before it trusts the file.
bool isPlausibleHeaderStart(const QCA::SecureArray &block, int pageSize)
{
    const auto at = [&block](int offset) { return static_cast<unsigned char>(block[offset - 16]); };
    const int headerPageSize = at(16) << 8 | at(17);
    const bool pageSizeMatches = (headerPageSize == 1 ? 65536 : headerPageSize) == pageSize;
    const bool readVersionKnown = at(19) == 1 || at(19) == 2;
    const bool payloadFractions = at(21) == 64 && at(22) == 32 && at(23) == 32;
    return pageSizeMatches && readVersionKnown && payloadFractions;
}

} // namespace

bool decryptsToAPageOneHeader(const QString &path, const KeyMaterial &key, const CipherSettings &settings)
{
    const PageLayout layout(settings);
    if (settings.useHmac && layout.hmacSize == 0) // the IV's place is unknown
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true;
    const QByteArray page = file.read(layout.pageSize);
    if (page.size() != layout.pageSize || layout.ciphertextSize() < 2 * PageKeys::saltSize)
        return true;
    const Result<PageKeys> keys = PageKeys::derive(key, page.left(PageKeys::saltSize), settings);
    if (!keys)
        return true;

    // CBC: the first block needs only itself, the key and the page's IV.
    QCA::Cipher cipher(QStringLiteral("aes256"), QCA::Cipher::CBC, QCA::Cipher::NoPadding, QCA::Decode,
                       QCA::SymmetricKey(keys->encryption),
                       QCA::InitializationVector(page.mid(layout.ciphertextSize(), PageLayout::ivSize)));
    QCA::SecureArray block =
        cipher.update(QCA::MemoryRegion(page.mid(PageKeys::saltSize, PageLayout::aesBlockSize)));
    block += cipher.final();
    if (!cipher.ok() || block.size() != PageLayout::aesBlockSize)
        return true;
    return isPlausibleHeaderStart(block, layout.pageSize);
}

} // namespace strongroom
