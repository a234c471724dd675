#include "age/AgeArmor.h"

#include "age/AgeBase64.h"

#include <QCoreApplication>
#include <cstring>

namespace strongroom::age {

namespace {

constexpr int kArmorColumns = 64;
constexpr int kBytesPerLine = 48;

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// A line without its LF or CRLF; `complete` is false when the source ended without one.
QByteArray readArmorLine(QIODevice &source, bool &complete)
{
    QByteArray line = source.readLine(kArmorColumns + 8);
    complete = line.endsWith('\n');
    if (complete) {
        line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return line;
}

} // namespace

bool looksArmored(QByteArrayView start)
{
    qsizetype i = 0;
    while (i < start.size() && isWhitespace(start[i]))
        ++i;
    const QByteArrayView rest = start.sliced(i);
    if (rest.startsWith("-----BEGIN PGP"))
        return false; // OpenPGP's armor, read by OpenPgpFile
    return rest.startsWith("-----") || start.indexOf(QByteArrayView(kArmorBegin)) >= 0;
}

ArmorReader::ArmorReader(QIODevice &source) : m_source(source)
{
    setOpenMode(QIODevice::ReadOnly);
}

bool ArmorReader::fail(const QString &what)
{
    m_error = QCoreApplication::translate("AgeFormat", "The ASCII armor is not valid: %1.").arg(what);
    setErrorString(m_error);
    return false;
}

bool ArmorReader::decodeNextLine()
{
    bool complete = false;
    if (!m_begun) {
        // Whitespace may come before the BEGIN line, nothing else.
        while (true) {
            char c = 0;
            if (!m_source.peek(&c, 1))
                return fail(QCoreApplication::translate("AgeFormat", "there is no BEGIN line"));
            if (!isWhitespace(c))
                break;
            m_source.skip(1);
        }
        const QByteArray begin = readArmorLine(m_source, complete);
        if (!complete || begin != kArmorBegin)
            return fail(QCoreApplication::translate("AgeFormat", "the first line is not \"%1\"")
                            .arg(QString::fromLatin1(kArmorBegin)));
        m_begun = true;
    }
    const QByteArray line = readArmorLine(m_source, complete);
    if (line == kArmorEnd) {
        // After the END line: whitespace only, to the end of the file.
        char buffer[4096];
        qint64 n = 0;
        while ((n = m_source.read(buffer, sizeof buffer)) > 0)
            for (qint64 i = 0; i < n; ++i)
                if (!isWhitespace(buffer[i]))
                    return fail(QCoreApplication::translate("AgeFormat", "there is data after the END line"));
        m_ended = true;
        return true;
    }
    if (!complete)
        return fail(QCoreApplication::translate("AgeFormat", "the file ends before the END line"));
    if (m_lastLineSeen)
        return fail(QCoreApplication::translate("AgeFormat", "a short line is not followed by the END line"));
    if (line.isEmpty() || line.size() > kArmorColumns)
        return fail(QCoreApplication::translate("AgeFormat", "a line is empty or longer than 64 columns"));
    m_lastLineSeen = line.size() < kArmorColumns || line.endsWith('=');
    const auto decoded = decodeBase64Padded(line);
    if (!decoded)
        return fail(QCoreApplication::translate("AgeFormat", "a line is not canonical base64"));
    m_decoded = *decoded;
    m_decodedAt = 0;
    return true;
}

qint64 ArmorReader::readData(char *data, qint64 maxSize)
{
    qint64 copied = 0;
    while (copied < maxSize) {
        if (m_decodedAt == m_decoded.size()) {
            if (failed())
                return copied > 0 ? copied : -1;
            if (m_ended)
                break;
            if (!decodeNextLine())
                return copied > 0 ? copied : -1;
            continue;
        }
        const qint64 n = std::min<qint64>(maxSize - copied, m_decoded.size() - m_decodedAt);
        std::memcpy(data + copied, m_decoded.constData() + m_decodedAt, std::size_t(n));
        m_decodedAt += n;
        copied += n;
    }
    return copied;
}

ArmorWriter::ArmorWriter(QIODevice &target) : m_target(target)
{
    setOpenMode(QIODevice::WriteOnly);
    m_target.write(kArmorBegin);
    m_target.write("\n");
}

ArmorWriter::~ArmorWriter()
{
    finish();
}

qint64 ArmorWriter::writeData(const char *data, qint64 size)
{
    m_pending.append(data, size);
    return flushLines(false) ? size : -1;
}

bool ArmorWriter::flushLines(bool final)
{
    const qsizetype whole = (m_pending.size() / kBytesPerLine) * kBytesPerLine;
    const qsizetype take = final ? m_pending.size() : whole;
    if (take == 0)
        return true;
    QByteArray out;
    out.reserve(take / kBytesPerLine * (kArmorColumns + 1) + kArmorColumns + 1);
    for (qsizetype at = 0; at < take; at += kBytesPerLine)
        out += m_pending.sliced(at, std::min<qsizetype>(kBytesPerLine, take - at)).toBase64() + '\n';
    m_pending.remove(0, take);
    return m_target.write(out) == out.size();
}

bool ArmorWriter::finish()
{
    if (m_finished)
        return true;
    m_finished = true;
    const bool ok = flushLines(true) && m_target.write(QByteArray(kArmorEnd) + '\n') > 0;
    QIODevice::close();
    return ok;
}

void ArmorWriter::close()
{
    finish();
}

} // namespace strongroom::age
