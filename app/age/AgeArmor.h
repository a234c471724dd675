#pragma once

#include <QIODevice>
#include <QString>

namespace strongroom::age {

// The ASCII armor of age files (C2SP age, "ASCII armor"): strict PEM of RFC 7468 with the label
// "AGE ENCRYPTED FILE". Lines of exactly 64 base64 characters, a last line of 1 to 64 with '='
// padding only there, canonical base64, no headers, LF or CRLF line ends; whitespace is allowed
// only before the BEGIN line and after the END line. Anything else is refused, because a lenient
// armor reader makes the file malleable.

constexpr char kArmorBegin[] = "-----BEGIN AGE ENCRYPTED FILE-----";
constexpr char kArmorEnd[] = "-----END AGE ENCRYPTED FILE-----";

// Whether the start of a file (a few KiB of it) looks like armor rather than a binary age file: it
// begins, after whitespace, with "-----", or carries the BEGIN line after something else.
bool looksArmored(QByteArrayView start);

// Decodes armor from `source` as a sequential read-only device. A violation ends reading with an
// error (read returns -1) and sets armorError(); reaching the END line, followed by nothing but
// whitespace, is the end of the device.
class ArmorReader : public QIODevice
{
public:
    explicit ArmorReader(QIODevice &source);

    bool isSequential() const override { return true; }
    bool failed() const { return !m_error.isEmpty(); }
    QString armorError() const { return m_error; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool fail(const QString &what);
    bool decodeNextLine();

    QIODevice &m_source;
    QByteArray m_decoded;
    qsizetype m_decodedAt = 0;
    bool m_begun = false;
    bool m_ended = false;
    bool m_lastLineSeen = false;
    QString m_error;
};

// Encodes everything written to it as armor into `target`; finish() writes the last line and the END
// line (close() calls it too).
class ArmorWriter : public QIODevice
{
public:
    explicit ArmorWriter(QIODevice &target);
    ~ArmorWriter() override;

    bool isSequential() const override { return true; }
    bool finish();
    void close() override;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool flushLines(bool final);

    QIODevice &m_target;
    QByteArray m_pending;
    bool m_finished = false;
};

} // namespace strongroom::age
