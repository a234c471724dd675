#include "pgbackup/PgForeignCheck.h"

#include "age/NodeGcmSidecar.h"
#include "core/Sha256.h"
#include "pgbackup/PgClientTool.h"
#include "pgbackup/ZstdPushDecompressor.h"
#include "postgres/PgPassFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QtEndian>
#include <algorithm>
#include <array>
#include <memory>

namespace strongroom::pgbackup {

namespace {

Error foreignDamage(const QString &message, const QString &kind = QStringLiteral("payload"))
{
    return Error(ExitCode::Integrity, message, kind);
}

// Walks a tar stream's headers as it passes: each header's checksum must hold, each entry's data
// is skipped by its size, and the archive must end with a zero block. A file cut short ends
// inside an entry or before the end block; KTar would extract what is there without a word.
class TarHeaderWalk
{
public:
    void feed(const char *data, qint64 size)
    {
        qint64 i = 0;
        while (i < size && !m_ended && !m_broken) {
            const qint64 at = m_offset + i;
            if (at < m_next) {
                i += std::min(size - i, m_next - at);
                continue;
            }
            const qint64 take = std::min<qint64>(size - i, 512 - m_header.size());
            m_header.append(data + i, take);
            i += take;
            if (m_header.size() < 512)
                continue;
            if (m_header.count('\0') == 512) {
                m_ended = true;
            } else if (!checksumHolds()) {
                m_broken = true;
            } else {
                const qint64 length = sizeField(m_header.mid(124, 12));
                if (length < 0)
                    m_broken = true;
                m_next = m_offset + i + (length + 511) / 512 * 512;
            }
            m_header.clear();
        }
        m_offset += size;
    }
    bool complete() const { return m_ended && !m_broken; }
    bool broken() const { return m_broken; }

private:
    // Octal digits up to a NUL or space, or (GNU, for sizes past 8 GiB) base-256 after a 0x80
    // byte; -1 when it is neither.
    static qint64 octalField(const QByteArray &field)
    {
        const QByteArray digits =
            field.left(field.indexOf('\0') < 0 ? field.size() : field.indexOf('\0')).trimmed();
        bool ok = false;
        const qint64 value = digits.toLongLong(&ok, 8);
        return ok ? value : -1;
    }
    static qint64 sizeField(const QByteArray &field)
    {
        if (!field.isEmpty() && (static_cast<unsigned char>(field.at(0)) & 0x80)) {
            qint64 value = 0;
            for (int i = 1; i < field.size(); ++i)
                value = (value << 8) | static_cast<unsigned char>(field.at(i));
            return value;
        }
        return octalField(field);
    }
    bool checksumHolds() const
    {
        const qint64 stored = octalField(m_header.mid(148, 8));
        const bool ok = stored >= 0;
        // Unsigned bytes, as POSIX says; some old writers summed signed ones, which tar accepts too.
        qint64 sum = 0, signedSum = 0;
        for (int i = 0; i < 512; ++i) {
            const bool field = i >= 148 && i < 156;
            sum += field ? ' ' : static_cast<unsigned char>(m_header.at(i));
            signedSum += field ? ' ' : static_cast<signed char>(m_header.at(i));
        }
        return ok && (sum == stored || signedSum == stored);
    }

    qint64 m_offset = 0; // bytes fed so far
    qint64 m_next = 0;   // where the next header starts
    QByteArray m_header;
    bool m_ended = false;
    bool m_broken = false;
};

// gzip's CRC-32 (the IEEE polynomial, reflected), computed over the inflated bytes: KArchive's gzip
// reader does not compare it with the trailer, so a changed byte that still inflates would pass.
class GzipCrc32
{
public:
    void update(const char *data, qint64 size)
    {
        static const std::array<quint32, 256> table = [] {
            std::array<quint32, 256> t{};
            for (quint32 i = 0; i < 256; ++i) {
                quint32 c = i;
                for (int k = 0; k < 8; ++k)
                    c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
                t[i] = c;
            }
            return t;
        }();
        quint32 c = m_value;
        for (qint64 i = 0; i < size; ++i)
            c = table[(c ^ static_cast<unsigned char>(data[i])) & 0xff] ^ (c >> 8);
        m_value = c;
    }
    quint32 value() const { return m_value ^ 0xffffffffu; }

private:
    quint32 m_value = 0xffffffffu;
};

// Where the content goes: pg_restore's standard input (for a custom-format archive) or nowhere,
// through the tar walk for a tar archive. A pg_restore that has ended is no longer written to, and
// the rest is still read, so the decryptor authenticates all of it.
class ForeignCheckSink : public QIODevice
{
public:
    ForeignCheckSink(QProcess *process, TarHeaderWalk *tar, WorkProgress work)
        : m_process(process), m_tar(tar), m_work(std::move(work))
    {
        setOpenMode(QIODevice::WriteOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_tar)
            m_tar->feed(data, size);
        if (!m_process || m_process->state() != QProcess::Running)
            return size;
        m_process->write(data, size);
        while (m_process->bytesToWrite() > (4 << 20) && m_process->state() == QProcess::Running &&
               !m_work.cancelled())
            m_process->waitForBytesWritten(25);
        return size;
    }

private:
    QProcess *m_process;
    TarHeaderWalk *m_tar;
    WorkProgress m_work; // its cancel only
};

// FILE.sha256 in sha256sum's format ("HEX  NAME" lines, or the bare hex), checked before anything
// else; nullopt with `checked` false when there is none.
std::optional<Error> checkSha256Sidecar(const QString &path, const PgForeignCheckOptions &options,
                                        bool &checked)
{
    checked = false;
    QFile sidecar(path + QStringLiteral(".sha256"));
    if (!sidecar.exists())
        return std::nullopt;
    // NAME.sha256 beside NAME.enc and NAME.iv is a Node set's checksum of NAME.enc, not of NAME.
    if (QFileInfo::exists(path + QStringLiteral(".enc")) && QFileInfo::exists(path + QStringLiteral(".iv")))
        return std::nullopt;
    if (!sidecar.open(QIODevice::ReadOnly))
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("PgForeignCheck", "%1: cannot read the file (%2).")
                         .arg(sidecar.fileName(), sidecar.errorString()));
    const QString name = QFileInfo(path).fileName();
    QByteArray expected;
    for (const QByteArray &line : sidecar.read(1 << 20).split('\n')) {
        const QByteArray trimmed = line.trimmed();
        const QByteArray hex = trimmed.left(64).toLower();
        const QByteArray rest = trimmed.mid(64).trimmed();
        const bool named = rest.isEmpty() || rest == name.toUtf8() ||
                           rest == QByteArray('*' + name.toUtf8()) ||
                           rest.endsWith(QByteArray('/' + name.toUtf8()));
        if (hex.size() == 64 && QByteArray::fromHex(hex).toHex() == hex && named) {
            expected = hex;
            break;
        }
    }
    if (expected.isEmpty())
        return foreignDamage(QCoreApplication::translate("PgForeignCheck",
                                                         "%1 holds no SHA-256 for %2: the checksum file is "
                                                         "damaged or belongs to another file.")
                                 .arg(sidecar.fileName(), name),
                             QStringLiteral("checksum"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("PgForeignCheck", "%1: cannot read the file (%2).")
                         .arg(path, file.errorString()));
    // Cancelled, or a read that failed: returned as they are.
    const Result<QByteArray> actual = sha256HexOf(file, options.progress);
    if (!actual)
        return actual.error();
    if (actual.value() != expected)
        return foreignDamage(QCoreApplication::translate(
                                 "PgForeignCheck", "%1: its SHA-256 differs from the one in %2: the file "
                                                   "is damaged or truncated.")
                                 .arg(path, sidecar.fileName()),
                             QStringLiteral("checksum"));
    checked = true;
    return std::nullopt;
}

// Waits for the child, answering cancel every 25 ms; false when cancelled (the child is killed).
bool waitForChecker(QProcess &process, const WorkProgress &work)
{
    while (!process.waitForFinished(25)) {
        if (process.state() == QProcess::NotRunning)
            break;
        if (work.cancelled()) {
            process.kill();
            process.waitForFinished(2000);
            return false;
        }
    }
    return true;
}

QStringList checkerMessages(const QByteArray &output)
{
    QStringList lines;
    for (const QByteArray &line : output.split('\n'))
        if (!line.trimmed().isEmpty())
            lines.append(QString::fromUtf8(line.trimmed()));
    return lines;
}

} // namespace

bool messagesTellDamage(const QStringList &messages)
{
    static const QRegularExpression damage(
        QStringLiteral("unexpected end of file|could not read from input file|end of file|could not "
                       "uncompress|could not decompress|did not find magic string|input file is too "
                       "short|corrupt|unexpected block ID|could not find block ID|unrecognized data block|"
                       "invalid stored block|incorrect header check|invalid distance|invalid block type|"
                       "incorrect data check|unexpected EOF"),
        QRegularExpression::CaseInsensitiveOption);
    return std::any_of(messages.cbegin(), messages.cend(),
                       [](const QString &line) { return damage.match(line).hasMatch(); });
}

Result<PgForeignCheck> checkForeignFile(const QString &path, const age::DecryptKeys &keys,
                                        const PgForeignCheckOptions &options)
{
    PgForeignCheck result;
    const WorkProgress cancel = options.progress.cancelOnly();
    const bool nodeSet = age::findNodeSidecar(path).has_value();
    if (!nodeSet)
        if (std::optional<Error> error = checkSha256Sidecar(path, options, result.checksumChecked))
            return *error;

    auto opened = openForeignInput(path, keys, QString(), options.progress, true, true);
    if (!opened)
        return opened.error();
    PgForeignInput &input = **opened;
    result.format = input.format;
    if (input.tar && input.stream && options.streamedRestore)
        return tarNeedsStaging(path);

    std::unique_ptr<QProcess> lister;
    if (input.customFormat && !input.tar) {
        auto pgRestore = PgClientTool::find(QStringLiteral("pg_restore"), 0);
        if (!pgRestore)
            return Error(ExitCode::Environment,
                         QCoreApplication::translate("PgForeignCheck",
                                                     "pg_restore is not installed; it reads custom-format "
                                                     "archives. Install the package postgresql-client."),
                         QStringLiteral("missing-tool"));
        lister = std::make_unique<QProcess>();
        lister->setProcessEnvironment(
            postgres::PgPassFile::withoutPasswords(QProcessEnvironment::systemEnvironment()));
        lister->setStandardOutputFile(QProcess::nullDevice());
        // Written as a script to nowhere: every data block is read and inflated, no server is used.
        lister->start(pgRestore->program, {QStringLiteral("--file=/dev/null")});
        if (!lister->waitForStarted(30000))
            return Error(ExitCode::Environment, lister->errorString());
    }
    TarHeaderWalk tar;
    ForeignCheckSink sink(lister.get(), input.tar ? &tar : nullptr, cancel);
    ZstdPushDecompressor zstd(sink);
    QIODevice &out = input.zstd ? static_cast<QIODevice &>(zstd) : sink;
    const auto stopLister = [&lister] {
        if (lister && lister->state() != QProcess::NotRunning) {
            lister->kill();
            lister->waitForFinished(2000);
        }
    };
    // The decryptor's verdict on the whole file explains a failure better than what was read.
    const auto decryptorVerdict = [&]() -> std::optional<Error> {
        if (!input.stream)
            return std::nullopt;
        return input.stream->drainAndFinish();
    };
    const Error compressedDamage =
        foreignDamage(QCoreApplication::translate("PgForeignCheck",
                                                  "%1: the compressed content (%2) is damaged or truncated; "
                                                  "nothing was touched.")
                          .arg(path, input.format));

    QByteArray buffer(1 << 20, Qt::Uninitialized);
    bool outRefused = false;
    GzipCrc32 crc;
    while (true) {
        if (cancel.cancelled()) {
            stopLister();
            return Cancelled{};
        }
        const qint64 n = input.device->read(buffer.data(), buffer.size());
        if (input.stream && input.stream->wasCancelled()) {
            stopLister();
            return Cancelled{};
        }
        if (n < 0 || (n == 0 && input.inflater && input.inflater->error() != QFileDevice::NoError)) {
            stopLister();
            if (std::optional<Error> verdict = decryptorVerdict())
                return *verdict;
            return compressedDamage;
        }
        if (n == 0)
            break;
        if (input.gzip)
            crc.update(buffer.constData(), n);
        if (!outRefused && out.write(buffer.constData(), n) != n)
            outRefused = true; // zstd refused: the frame is damaged; the rest is still authenticated
        if (!options.progress.keepGoing(input.position())) {
            stopLister();
            return Cancelled{};
        }
    }
    if (std::optional<Error> verdict = decryptorVerdict()) {
        stopLister();
        return *verdict;
    }
    result.authenticated = input.stream && input.authenticated;
    if (nodeSet)
        result.checksumChecked = true;
    bool compressionHolds = !outRefused && (!input.zstd || zstd.finished());
    if (input.gzip && compressionHolds) {
        // gzip's trailer: the CRC-32 of the content, then its length modulo 2^32; a stream cut
        // short ends elsewhere.
        const QByteArray trailer = input.compressedTap->tail();
        compressionHolds =
            trailer.size() == 8 && qFromLittleEndian<quint32>(trailer.constData()) == crc.value() &&
            qFromLittleEndian<quint32>(trailer.constData() + 4) == quint32(input.inflatedTap->count());
    }
    if (!compressionHolds) {
        stopLister();
        return compressedDamage;
    }
    result.compressionChecked = input.zstd || input.inflater;

    if (input.tar) {
        if (!tar.complete())
            return foreignDamage(
                tar.broken() ? QCoreApplication::translate("PgForeignCheck",
                                                           "%1: a header of the tar archive is damaged; "
                                                           "nothing was touched.")
                                   .arg(path)
                             : QCoreApplication::translate("PgForeignCheck",
                                                           "%1: the tar archive ends early (truncated); "
                                                           "nothing was touched.")
                                   .arg(path));
        result.tarEnds = true;
    }
    if (lister) {
        lister->closeWriteChannel();
        if (!waitForChecker(*lister, cancel))
            return Cancelled{};
        const QStringList messages = checkerMessages(lister->readAllStandardError());
        if (lister->exitStatus() != QProcess::NormalExit || lister->exitCode() != 0) {
            const QString said = messages.join(QLatin1Char(' '));
            if (messagesTellDamage(messages) || lister->exitStatus() != QProcess::NormalExit)
                return foreignDamage(QCoreApplication::translate(
                                         "PgForeignCheck", "%1: the custom-format archive is damaged or "
                                                           "truncated (pg_restore: %2); nothing was "
                                                           "touched.")
                                         .arg(path, said));
            return Error(
                ExitCode::Failure,
                QCoreApplication::translate("PgForeignCheck", "%1: pg_restore cannot read the archive: %2")
                    .arg(path, said));
        }
        result.archiveRead = true;
    }

    if (!input.stream && !result.checksumChecked && !result.compressionChecked && !input.customFormat &&
        !input.tar)
        result.notes.append(QCoreApplication::translate("PgForeignCheck",
                                                        "%1 carries no checksum (plain SQL text, no "
                                                        ".sha256 beside it): damage in it cannot be "
                                                        "found before the restore runs it.")
                                .arg(QFileInfo(path).fileName()));
    if (nodeSet)
        result.notes.append(QCoreApplication::translate("PgForeignCheck",
                                                        "A Node.js AES-256-GCM set stores no GCM tag: "
                                                        "only its .sha256 proves the file unchanged."));
    return result;
}

} // namespace strongroom::pgbackup
