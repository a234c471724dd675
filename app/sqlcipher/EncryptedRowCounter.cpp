#include "sqlcipher/EncryptedRowCounter.h"

#include "sqlcipher/PageLayout.h"

#include <QCoreApplication>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <utility>
#include <vector>

namespace strongroom {

namespace {

// SQLite's own limit on a b-tree's depth is 20.
constexpr int kMaxDepth = 40;
constexpr qint64 kPagesBetweenAsks = 4096;

// b-tree page types (SQLite's file format, 1.6).
constexpr uchar kIndexInterior = 2;
constexpr uchar kTableInterior = 5;
constexpr uchar kIndexLeaf = 10;
constexpr uchar kTableLeaf = 13;

quint32 bigEndian32(const uchar *p)
{
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
}

int bigEndian16(const uchar *p)
{
    return int(p[0]) << 8 | int(p[1]);
}

// The count's working memory: its plaintext is wiped when the count ends, whichever way (a count
// over a map truncated meanwhile ends normally too, on zeros: see MappedRead).
struct CountScratch
{
    std::vector<uchar> plain;
    EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();

    CountScratch() = default;
    CountScratch(const CountScratch &) = delete;
    CountScratch &operator=(const CountScratch &) = delete;
    ~CountScratch()
    {
        if (!plain.empty())
            OPENSSL_cleanse(plain.data(), plain.size());
        EVP_CIPHER_CTX_free(context);
    }
};

} // namespace

bool EncryptedRowCounter::supports(const CipherSettings &settings)
{
    return PageLayout(settings).readable;
}

Result<QMap<QString, qint64>> EncryptedRowCounter::count(const uchar *file, qint64 size, const PageKeys &keys,
                                                         const CipherSettings &settings,
                                                         const QList<Table> &tables, const WorkProgress &work)
{
    if (!supports(settings) || keys.encryption.size() != 32)
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("EncryptedRowCounter",
                                                 "These cipher settings are counted by SQLite."));
    const PageLayout layout(settings);
    const int pageSize = layout.pageSize;
    const int usable = layout.ciphertextSize(); // the IV follows
    const qint64 pageCount = size / pageSize;
    const qint64 lockPage = layout.lockPage();

    CountScratch scratch;
    EVP_CIPHER_CTX *context = scratch.context;
    std::vector<uchar> &plain = scratch.plain;
    plain.assign(size_t(usable), 0);
    const auto *key = reinterpret_cast<const unsigned char *>(keys.encryption.constData());
    if (!context || EVP_DecryptInit_ex(context, EVP_aes_256_cbc(), nullptr, key, nullptr) != 1 ||
        EVP_CIPHER_CTX_set_padding(context, 0) != 1)
        return Error(ExitCode::Environment,
                     QCoreApplication::translate("EncryptedRowCounter", "libcrypto has no AES-256-CBC."));
    // The first `length` bytes of a page's plaintext.
    const auto decrypt = [&](const uchar *page, int length) {
        int written = 0;
        return EVP_DecryptInit_ex(context, nullptr, nullptr, nullptr, page + usable) == 1 &&
               EVP_DecryptUpdate(context, plain.data(), &written, page, length) == 1 && written == length;
    };
    const auto damaged = [](const QString &table, qint64 page, const QString &what) {
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate("EncryptedRowCounter", "Table %1, page %2: %3.")
                         .arg(table)
                         .arg(page)
                         .arg(what),
                     QStringLiteral("damaged"));
    };

    std::vector<bool> seen(size_t(pageCount + 1), false);
    qint64 visited = 0;
    QMap<QString, qint64> counts;
    for (const Table &table : tables) {
        qint64 rows = 0;
        bool index = false; // WITHOUT ROWID tables are index b-trees: interior cells are rows too
        std::vector<std::pair<qint64, int>> pending{{table.rootPage, 0}};
        while (!pending.empty()) {
            const auto [page, depth] = pending.back();
            pending.pop_back();
            if (page < 2 || page > pageCount || page == lockPage)
                return damaged(table.name, page,
                               QCoreApplication::translate("EncryptedRowCounter", "a page outside the file"));
            if (seen[size_t(page)])
                return damaged(table.name, page,
                               QCoreApplication::translate("EncryptedRowCounter", "a page reached twice"));
            if (depth > kMaxDepth)
                return damaged(
                    table.name, page,
                    QCoreApplication::translate("EncryptedRowCounter", "a tree deeper than SQLite builds"));
            seen[size_t(page)] = true;
            if (++visited % kPagesBetweenAsks == 0 && work.cancelled())
                return Cancelled{};

            const uchar *bytes = file + (page - 1) * pageSize;
            if (!decrypt(bytes, PageLayout::aesBlockSize))
                return damaged(table.name, page,
                               QCoreApplication::translate("EncryptedRowCounter", "cannot be decrypted"));
            const uchar type = plain[0];
            const int cells = bigEndian16(&plain[3]);
            const bool indexPage = type == kIndexInterior || type == kIndexLeaf;
            if (type != kIndexInterior && type != kTableInterior && type != kIndexLeaf && type != kTableLeaf)
                return damaged(table.name, page,
                               QCoreApplication::translate("EncryptedRowCounter", "not a b-tree page"));
            if (depth == 0)
                index = indexPage;
            else if (index != indexPage)
                return damaged(
                    table.name, page,
                    QCoreApplication::translate("EncryptedRowCounter", "a page of another kind of b-tree"));
            if (type == kIndexLeaf || type == kTableLeaf) {
                rows += cells;
                continue;
            }
            if (index)
                rows += cells;
            constexpr int header = 12;
            if (header + 2 * cells > usable || !decrypt(bytes, usable))
                return damaged(table.name, page,
                               QCoreApplication::translate("EncryptedRowCounter", "more cells than fit"));
            pending.emplace_back(qint64(bigEndian32(&plain[8])), depth + 1);
            for (int i = 0; i < cells; ++i) {
                const int at = bigEndian16(&plain[size_t(header + 2 * i)]);
                if (at < header + 2 * cells || at + 4 > usable)
                    return damaged(
                        table.name, page,
                        QCoreApplication::translate("EncryptedRowCounter", "a cell outside the page"));
                pending.emplace_back(qint64(bigEndian32(&plain[size_t(at)])), depth + 1);
            }
        }
        counts.insert(table.name, rows);
    }
    return counts;
}

} // namespace strongroom
