#include "age/AgeHeader.h"

#include "age/AgeBase64.h"
#include "age/AgeErrors.h"

#include <QCoreApplication>
#include <QIODevice>

namespace strongroom::age {

namespace {

// Long enough for every native stanza (the hybrid one's argument is 1 494 characters) and for plugins'
// arguments; a header line longer than this is not an age header.
constexpr qint64 kMaxLineLength = 16 * 1024;
// A header with this many stanzas is an attack on the reader, not a file someone made.
constexpr int kMaxStanzas = 4096;
constexpr int kBodyColumns = 64;

Error headerError(const QString &what)
{
    return ageError(AgeFailure::Header,
                    QCoreApplication::translate("AgeFormat", "The age header is damaged: %1.").arg(what));
}

// One line including its LF; an empty result means end of file or a line with no LF.
QByteArray readLine(QIODevice &in, QByteArray &macInput)
{
    QByteArray line = in.readLine(kMaxLineLength + 2);
    macInput.append(line);
    return line;
}

bool isArgumentCharacter(char c)
{
    return c >= 0x21 && c <= 0x7e;
}

std::optional<QList<QByteArray>> parseArguments(QByteArrayView text)
{
    QList<QByteArray> arguments;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == ' ') {
            if (i == start)
                return std::nullopt; // an empty argument: two spaces, or a space at the start or end
            arguments.append(text.sliced(start, i - start).toByteArray());
            start = i + 1;
        } else if (!isArgumentCharacter(text[i])) {
            return std::nullopt;
        }
    }
    return arguments;
}

} // namespace

Result<Header> readHeader(QIODevice &in)
{
    Header header;
    QByteArray line = readLine(in, header.macInput);
    if (QByteArrayView(kVersionLine).startsWith(line) && line.size() < qsizetype(sizeof kVersionLine))
        return headerError(QCoreApplication::translate("AgeFormat", "the file ends inside the version line"));
    if (!line.startsWith(kVersionPrefix))
        return ageError(AgeFailure::NotAgeFile,
                        QCoreApplication::translate("AgeFormat",
                                                    "This is not an age file: it does not begin with "
                                                    "the line \"age-encryption.org/v1\"."));
    if (line != QByteArray(kVersionLine) + '\n')
        return headerError(QCoreApplication::translate("AgeFormat", "the version line is \"%1\", only "
                                                                    "\"age-encryption.org/v1\" is known")
                               .arg(QString::fromLatin1(line.trimmed().left(80))));
    while (true) {
        line = readLine(in, header.macInput);
        if (!line.endsWith('\n'))
            return headerError(line.size() > kMaxLineLength
                                   ? QCoreApplication::translate("AgeFormat", "a line is too long")
                                   : QCoreApplication::translate("AgeFormat", "it ends before the MAC line"));
        line.chop(1);
        if (line.startsWith("--- ")) {
            if (header.stanzas.isEmpty())
                return headerError(QCoreApplication::translate("AgeFormat", "it has no recipient stanza"));
            // The MAC covers everything up to and including "---", not the space after it.
            header.macInput.chop(line.size() + 1 - 3);
            const auto mac = decodeBase64Raw(QByteArrayView(line).sliced(4));
            if (!mac || mac->size() != 32)
                return headerError(QCoreApplication::translate("AgeFormat",
                                                               "the MAC is not 32 bytes in canonical "
                                                               "base64"));
            std::copy(mac->begin(), mac->end(), header.mac.begin());
            return header;
        }
        if (!line.startsWith("-> "))
            return headerError(
                QCoreApplication::translate("AgeFormat", "a line is neither a stanza nor the MAC"));
        if (header.stanzas.size() >= kMaxStanzas)
            return headerError(QCoreApplication::translate("AgeFormat", "it has too many stanzas"));
        auto arguments = parseArguments(QByteArrayView(line).sliced(3));
        if (!arguments)
            return headerError(
                QCoreApplication::translate("AgeFormat", "a stanza's arguments are malformed"));
        QByteArray bodyText;
        while (true) {
            QByteArray bodyLine = readLine(in, header.macInput);
            if (!bodyLine.endsWith('\n') || bodyLine.size() - 1 > kBodyColumns)
                return headerError(QCoreApplication::translate("AgeFormat",
                                                               "a stanza body line is longer than "
                                                               "64 columns or unterminated"));
            bodyLine.chop(1);
            bodyText.append(bodyLine);
            if (bodyLine.size() < kBodyColumns)
                break;
        }
        const auto body = decodeBase64Raw(bodyText);
        if (!body)
            return headerError(
                QCoreApplication::translate("AgeFormat", "a stanza body is not canonical base64"));
        header.stanzas.append(Stanza{*arguments, *body});
    }
}

QByteArray encodeHeaderWithoutMac(const QList<Stanza> &stanzas)
{
    QByteArray out = QByteArray(kVersionLine) + '\n';
    for (const Stanza &stanza : stanzas) {
        out += "-> " + stanza.arguments.join(' ') + '\n';
        const QByteArray body = encodeBase64Raw(stanza.body);
        qsizetype at = 0;
        // Full lines of 64, then a shorter last line: an empty one when the body fills its lines exactly.
        for (; body.size() - at >= kBodyColumns; at += kBodyColumns)
            out += body.sliced(at, kBodyColumns) + '\n';
        out += body.sliced(at) + '\n';
    }
    out += "---";
    return out;
}

QByteArray encodeHeader(const QList<Stanza> &stanzas, const std::array<std::uint8_t, 32> &mac)
{
    return encodeHeaderWithoutMac(stanzas) + ' ' +
           encodeBase64Raw(QByteArrayView(mac.data(), qsizetype(mac.size()))) + '\n';
}

} // namespace strongroom::age
