#pragma once

#include "core/Result.h"
#include "core/WorkProgress.h"
#include "sqlcipher/CipherSettings.h"
#include "sqlcipher/PageKeys.h"

#include <QList>
#include <QMap>
#include <QString>
#include <functional>

namespace strongroom {

// Counts the rows of tables straight from a SQLCipher file's encrypted pages (a memory map), by
// walking each table's b-tree: interior pages are decrypted whole for their child pointers, leaf
// pages only in their first AES block, which holds the page's cell count. SQLite's count(*) reads
// and decrypts every leaf page of the table or its smallest index and checks each page's HMAC on
// the way; where the HMACs are checked anyway (FileScan), that is a second pass over most of the
// file for a few numbers.
//
// The walk trusts no pointer: a page out of range, visited twice, of the wrong kind or a tree too
// deep fails the count (Integrity), and the caller falls back to SQLite's count(*), which says what
// is wrong. It does not check HMACs: run it only beside a check of every page.
class EncryptedRowCounter
{
public:
    struct Table
    {
        QString name;
        qint64 rootPage = 0;
    };

    // Settings whose pages this class can read (PageLayout::readable), as PageAuthenticator does.
    static bool supports(const CipherSettings &settings);

    // `file` holds `size` bytes, the whole database file. `work` is asked now and then; a cancel
    // stops the count (Cancelled).
    static Result<QMap<QString, qint64>> count(const uchar *file, qint64 size, const PageKeys &keys,
                                               const CipherSettings &settings, const QList<Table> &tables,
                                               const WorkProgress &work = {});
};

} // namespace strongroom
