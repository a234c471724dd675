#include "sqlcipher/FileMagic.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <array>

namespace strongroom {

namespace {

struct Signature
{
    qsizetype offset;
    QByteArrayView bytes;
    const char *description;
};

// Signatures of at least three bytes, so that the random salt at the start of an encrypted
// database matches one by chance with a probability below one in sixteen million.
constexpr std::array kSignatures{
    Signature{0, "\x89PNG\r\n\x1a\n", "PNG image"},
    Signature{0, "\x1f\x8b\x08", "gzip compressed data"},
    Signature{0, "PK\x03\x04", "ZIP archive (or a document in a ZIP container)"},
    Signature{0, "%PDF-", "PDF document"},
    Signature{0, "\xff\xd8\xff", "JPEG image"},
    Signature{0, "GIF8", "GIF image"},
    Signature{0,
              "\x7f"
              "ELF",
              "ELF executable"},
    Signature{0, "BZh", "bzip2 compressed data"},
    Signature{0,
              "\xfd"
              "7zXZ\x00",
              "xz compressed data"},
    Signature{0, "\x28\xb5\x2f\xfd", "Zstandard compressed data"},
    Signature{0, "7z\xbc\xaf\x27\x1c", "7-Zip archive"},
    Signature{0, "LUKS\xba\xbe", "LUKS encrypted volume header"},
    Signature{0, "-----BEGIN PGP", "OpenPGP armored data"},
    Signature{0, "age-encryption.org/", "age encrypted file"},
    Signature{0, "PGDMP", "PostgreSQL custom-format dump"},
    Signature{257, "ustar", "tar archive"},
};

bool looksLikeText(const QByteArray &head)
{
    if (head.isEmpty())
        return false;
    for (const char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && u != '\n' && u != '\r' && u != '\t')
            return false;
    }
    // Valid UTF-8. The head may end inside a character: leave out an incomplete sequence at its end
    // (never a whole character; chopping a fixed 3 bytes could cut one and refuse good text).
    qsizetype end = head.size();
    for (qsizetype back = 1; back <= std::min<qsizetype>(3, head.size()); ++back) {
        const auto u = static_cast<unsigned char>(head.at(head.size() - back));
        if ((u & 0xc0) == 0x80)
            continue; // a continuation byte: its lead byte is further back
        const qsizetype length = u >= 0xf0 ? 4 : u >= 0xe0 ? 3 : u >= 0xc0 ? 2 : 1;
        if (back < length)
            end = head.size() - back;
        break;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(head.first(end));
    return !decoder.hasError() && !text.contains(QChar::ReplacementCharacter);
}

} // namespace

FileMagic FileMagic::identify(const QByteArray &head, qint64 size)
{
    if (size == 0)
        return {Kind::Empty, QCoreApplication::translate("FileMagic", "an empty file")};
    if (head.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return {Kind::PlainSqlite, QCoreApplication::translate("FileMagic", "SQLite database")};
    for (const Signature &s : kSignatures) {
        if (head.size() >= s.offset + s.bytes.size() && head.mid(s.offset, s.bytes.size()) == s.bytes)
            return {Kind::OtherType, QString::fromLatin1(s.description)};
    }
    if (looksLikeText(head))
        return {Kind::Text, QStringLiteral("text")};
    return {Kind::Unknown, QString()};
}

FileMagic FileMagic::identifyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Kind::Unknown, QString()};
    return identify(file.read(512), file.size());
}

} // namespace strongroom
