#pragma once

#include <QByteArray>
#include <QString>

namespace strongroom {

// What the first bytes of a file say it is. An encrypted SQLCipher file has no magic at all (it
// starts with a random salt), so "unknown" is what an encrypted database and random bytes look like.
struct FileMagic
{
    enum class Kind
    {
        Empty,
        PlainSqlite,
        OtherType,
        Text,
        Unknown
    };

    Kind kind = Kind::Unknown;
    QString description; // "PNG image", "gzip compressed data", ... for OtherType and Text

    // head: the first bytes of the file (512 are enough); size: the whole file's size.
    static FileMagic identify(const QByteArray &head, qint64 size);
    static FileMagic identifyFile(const QString &path);
};

} // namespace strongroom
