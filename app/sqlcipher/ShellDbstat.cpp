#include "sqlcipher/ShellDbstat.h"

#include "core/Result.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace strongroom {

namespace {

// Every result line starts with this tag; other output (the "ok" of PRAGMA key) is ignored.
const QByteArray kTag = "sr|";

void appendQuoted(QByteArray &out, const QString &text)
{
    out += '\'';
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        out += c;
        if (c == '\'')
            out += '\'';
    }
    out += '\'';
}

// SQLite's result code as the shell prints it at the end of its error line: "... (26)".
int resultCode(const QString &message)
{
    static const QRegularExpression code(QStringLiteral("\\((\\d+)\\)\\s*$"));
    const QRegularExpressionMatch m = code.match(message);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Where the shell finds the key script: a descriptor no shell or library opens by itself first.
constexpr int kKeyDescriptor = 3;

// A pipe holding `script`, written in full before anyone reads (the pipe is grown to fit); returns
// its read end (close-on-exec), the write end closed. The script's buffer is wiped by its owner.
Result<int> writeKeyPipe(const QCA::SecureArray &script)
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return Error(ExitCode::Failure, QCoreApplication::translate(
                                            "ShellDbstat", "Cannot make a pipe for the sqlcipher shell: %1")
                                            .arg(QString::fromLocal8Bit(std::strerror(errno))));
    const int capacity = ::fcntl(fds[1], F_GETPIPE_SZ);
    if (capacity >= 0 && capacity < script.size())
        ::fcntl(fds[1], F_SETPIPE_SZ, script.size());
    qsizetype done = 0;
    while (done < script.size()) {
        const ssize_t n = ::write(fds[1], script.constData() + done, size_t(script.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fds[0]);
            ::close(fds[1]);
            return Error(ExitCode::Failure,
                         QCoreApplication::translate(
                             "ShellDbstat", "The key is too long to hand to the sqlcipher shell; table sizes "
                                            "cannot be measured."));
        }
        done += n;
    }
    ::close(fds[1]);
    return fds[0];
}

} // namespace

ShellDbstat::~ShellDbstat()
{
    kill();
}

QString ShellDbstat::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
}

QCA::SecureArray ShellDbstat::keyScript(const KeyMaterial *key, const std::optional<CipherSettings> &settings)
{
    QByteArray out;
    // Reserved once, so that growing never leaves a copy of the key behind in freed memory.
    out.reserve(4096 + (key ? 2 * key->size() : 0));
    // A wrong-key try would have SQLCipher log HMAC failures on stderr; the error line is enough.
    out += "PRAGMA cipher_log_level = NONE;\n";
    if (key) {
        // A raw key is the literal x'<hex>' and goes in double quotes, exactly as SQLCipher documents;
        // a passphrase is an SQL string, its single quotes doubled.
        out += "PRAGMA key = ";
        const char *p = key->data();
        if (key->kind() == KeyKind::Raw) {
            out += '"';
            out.append(p, key->size());
            out += '"';
        } else {
            out += '\'';
            for (int i = 0; i < key->size(); ++i) {
                out += p[i];
                if (p[i] == '\'')
                    out += '\'';
            }
            out += '\'';
        }
        out += ";\n";
        // start() refuses settings that do not validate, so every statement is there.
        if (const Result<QStringList> pragmas =
                settings ? settings->pragmas() : Result<QStringList>(QStringList{});
            pragmas)
            for (const QString &pragma : pragmas.value())
                out += pragma.toUtf8() + ";\n";
    }
    QCA::SecureArray secure(out);
    out.fill('\0');
    return secure;
}

QByteArray ShellDbstat::queryScript(const QStringList &btrees)
{
    QByteArray out;
    for (int i = 0; i < btrees.size(); ++i) {
        // dbstat walks only the named b-tree, so each line comes as soon as its tree is measured.
        out += "SELECT 'sr', " + QByteArray::number(i) +
               ", coalesce(sum(pgsize), 0), count(*) FROM dbstat WHERE name = ";
        appendQuoted(out, btrees.at(i));
        out += ";\n";
    }
    return out;
}

std::optional<Error> ShellDbstat::start(const QString &path, const KeyMaterial *key,
                                        const std::optional<CipherSettings> &settings,
                                        const QStringList &btrees)
{
    m_path = QFileInfo(path).absoluteFilePath();
    const QString shell = program();
    if (shell.isEmpty())
        return Error(ExitCode::Environment,
                     QCoreApplication::translate(
                         "ShellDbstat",
                         "%1: table and index sizes need the sqlcipher shell (Debian package "
                         "\"sqlcipher\"): this SQLCipher library is built without dbstat. Install "
                         "it with: apt install sqlcipher")
                         .arg(m_path));
    if (key && key->kind() == KeyKind::Passphrase && QByteArrayView(key->data(), key->size()).contains('\0'))
        return Error(ExitCode::Unsupported,
                     QCoreApplication::translate(
                         "ShellDbstat",
                         "%1: the passphrase holds a NUL byte, which the sqlcipher shell cannot "
                         "take; table sizes cannot be measured.")
                         .arg(m_path));

    if (settings) {
        if (Status valid = settings->validate(); !valid)
            return valid.error();
    }

    // Read-only, and with an existing -shm read-only too (as the in-process connection opens it):
    // no byte of the database, its -wal or its -shm changes, and committed -wal frames are seen.
    QByteArray uri = "file:" + QUrl::toPercentEncoding(m_path, "/") + "?mode=ro";
    if (QFileInfo::exists(m_path + QStringLiteral("-shm")))
        uri += "&readonly_shm=1";
    // -init /dev/null: a user's ~/.sqliterc must not change the output format.
    m_process.setProgram(shell);
    m_process.setArguments({QStringLiteral("-init"), QStringLiteral("/dev/null"), QStringLiteral("-readonly"),
                            QStringLiteral("-batch"), QStringLiteral("-bail"), QStringLiteral("-noheader"),
                            QStringLiteral("-list"), QStringLiteral("-separator"), QStringLiteral("|"),
                            QString::fromUtf8(uri)});
    m_expected = btrees.size();

    // The queries go to stdin through QProcess; the key never enters QProcess's buffers. It is
    // written into a pipe of our own before the shell starts, and the shell reads it as its first
    // command from the pipe's other end, its descriptor 3.
    QByteArray input;
    int keyPipe = -1;
    if (key) {
        Result<int> written = writeKeyPipe(keyScript(key, settings));
        if (!written)
            return written.error();
        keyPipe = *written;
        m_process.setChildProcessModifier([keyPipe] {
            if (keyPipe == kKeyDescriptor)
                ::fcntl(keyPipe, F_SETFD, 0);
            else
                ::dup2(keyPipe, kKeyDescriptor); // the copy is not close-on-exec
        });
        input = ".read /dev/fd/" + QByteArray::number(kKeyDescriptor) + "\n";
    }
    m_process.start(QIODevice::ReadWrite);
    const bool started = m_process.waitForStarted(10000);
    if (keyPipe >= 0)
        ::close(keyPipe); // the shell has its own copy now
    if (!started)
        return Error(ExitCode::Environment,
                     QCoreApplication::translate(
                         "ShellDbstat", "%1: cannot start the sqlcipher shell %2 (%3), which measures table "
                                        "sizes. Reinstall the Debian package \"sqlcipher\".")
                         .arg(m_path, shell, m_process.errorString()));

    input += queryScript(btrees);
    m_process.write(input);
    m_process.closeWriteChannel();
    while (m_process.bytesToWrite() > 0 && m_process.waitForBytesWritten(50)) {
    }
    return std::nullopt;
}

void ShellDbstat::parse(QList<Size> &into)
{
    qsizetype start = 0;
    for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n', start)) {
        const QByteArrayView line = QByteArrayView(m_pending).sliced(start, end - start);
        start = end + 1;
        if (!line.startsWith(kTag))
            continue;
        const QList<QByteArray> fields = line.sliced(kTag.size()).toByteArray().split('|');
        if (fields.size() != 3)
            continue;
        Size size;
        bool ok[3] = {};
        size.index = fields.at(0).toInt(&ok[0]);
        size.bytes = fields.at(1).toLongLong(&ok[1]);
        size.pages = fields.at(2).toLongLong(&ok[2]);
        if (ok[0] && ok[1] && ok[2] && size.index >= 0 && size.index < m_expected) {
            into.append(size);
            ++m_received;
        }
    }
    m_pending.remove(0, start);
}

QList<ShellDbstat::Size> ShellDbstat::take(int waitMs)
{
    QList<Size> sizes;
    if (m_finished)
        return sizes;
    if (m_process.bytesAvailable() == 0)
        m_process.waitForReadyRead(waitMs);
    m_pending += m_process.readAllStandardOutput();
    m_stderr += m_process.readAllStandardError();
    parse(sizes);
    if (m_process.state() == QProcess::NotRunning) {
        m_pending += m_process.readAllStandardOutput();
        m_stderr += m_process.readAllStandardError();
        parse(sizes);
        m_finished = true;
    }
    return sizes;
}

std::optional<Error> ShellDbstat::error() const
{
    if (!m_finished)
        return std::nullopt;
    const bool exitedWell = m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    if (exitedWell && m_received == m_expected)
        return std::nullopt;
    QString message = QString::fromUtf8(m_stderr).trimmed();
    if (message.isEmpty())
        message = exitedWell ? QCoreApplication::translate("ShellDbstat", "it gave %1 of %2 sizes")
                                   .arg(m_received)
                                   .arg(m_expected)
                             : QCoreApplication::translate("ShellDbstat", "it ended with %1")
                                   .arg(m_process.exitStatus() == QProcess::NormalExit
                                            ? QCoreApplication::translate("ShellDbstat", "exit code %1")
                                                  .arg(m_process.exitCode())
                                            : QCoreApplication::translate("ShellDbstat", "a crash"));
    if (message.contains(QLatin1String("no such table: dbstat")))
        return Error(ExitCode::Environment,
                     QCoreApplication::translate(
                         "ShellDbstat",
                         "%1: the sqlcipher shell %2 is built without dbstat, so table sizes cannot "
                         "be measured. Install Debian's \"sqlcipher\" package.")
                         .arg(m_path, program()));
    // SQLCipher logs the page whose HMAC failed ("hmac check failed for pgno=3"): say which, as
    // `db check` does, instead of passing its log on.
    static const QRegularExpression failedPage(QStringLiteral("hmac check failed for pgno=(\\d+)"));
    if (const QRegularExpressionMatch page = failedPage.match(message); page.hasMatch())
        return Error(ExitCode::Integrity,
                     QStringLiteral("%1 is damaged: page %2 fails its HMAC check (changed or corrupted on "
                                    "disk). Run a check of the database (db check) to see every damaged "
                                    "page; restore it from a backup.")
                         .arg(m_path, page.captured(1)),
                     QStringLiteral("damaged"));
    const int code = resultCode(message) & 0xff;
    if (code == 26) // SQLITE_NOTADB
        return Error(ExitCode::WrongKey,
                     QCoreApplication::translate(
                         "ShellDbstat",
                         "%1: the sqlcipher shell cannot decrypt the file with the key and settings "
                         "that opened it (%2). Has the file been replaced? Open it again.")
                         .arg(m_path, message));
    if (code == 11) // SQLITE_CORRUPT
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate(
                         "ShellDbstat", "%1 is damaged: measuring its tables failed (%2). Run a check of the "
                                        "database.")
                         .arg(m_path, message),
                     QStringLiteral("damaged"));
    if (code == 5 || code == 6) // SQLITE_BUSY, SQLITE_LOCKED
        return Error(ExitCode::Busy,
                     QCoreApplication::translate(
                         "ShellDbstat", "%1 is locked by another process; table sizes could not be measured. "
                                        "Wait for it to finish and try again.")
                         .arg(m_path));
    return Error(ExitCode::Failure,
                 QCoreApplication::translate("ShellDbstat",
                                             "%1: measuring table sizes with the sqlcipher shell failed: %2")
                     .arg(m_path, message));
}

void ShellDbstat::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_finished = true;
}

} // namespace strongroom
