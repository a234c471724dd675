#include "keys/KeyReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace strongroom {

namespace {

// Reads up to one newline from fd into secure memory, without passing through QString.
QCA::SecureArray readLine(int fd, bool *ok)
{
    QCA::SecureArray line;
    char c = 0;
    *ok = false;
    while (true) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        *ok = true;
        if (c == '\n')
            break;
        line.append(QCA::SecureArray(QByteArray(1, c)));
    }
    c = 0;
    if (!line.isEmpty() && line[line.size() - 1] == '\r')
        line.resize(line.size() - 1);
    return line;
}

} // namespace

QString KeySource::describe() const
{
    switch (kind) {
    case Kind::Environment:
        return QCoreApplication::translate("KeySource", "the environment variable %1").arg(name);
    case Kind::File:
        return QCoreApplication::translate("KeySource", "the key file %1").arg(name);
    case Kind::Stdin:
        return QCoreApplication::translate("KeySource", "standard input");
    case Kind::Prompt:
        return QCoreApplication::translate("KeySource", "the prompt");
    case Kind::None:
        break;
    }
    return QCoreApplication::translate("KeySource", "no source");
}

bool KeyReader::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

QCA::SecureArray KeyReader::promptNoEcho(const QString &prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return {};
    const QByteArray text = prompt.toLocal8Bit();
    [[maybe_unused]] auto w = ::write(fd, text.constData(), size_t(text.size()));
    termios old{};
    const bool haveTermios = ::tcgetattr(fd, &old) == 0;
    if (haveTermios) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    bool ok = false;
    QCA::SecureArray line = readLine(fd, &ok);
    if (haveTermios)
        ::tcsetattr(fd, TCSAFLUSH, &old);
    ::close(fd);
    return line;
}

Result<KeyMaterial> KeyReader::readEnvironment(const KeySource &source, const QString &label)
{
    if (const auto consumed = m_consumed.constFind(source.name); consumed != m_consumed.cend())
        return KeyMaterial(*consumed);
    const QByteArray name = source.name.toLocal8Bit();
    char *value = name.isEmpty() || name.contains('=') ? nullptr : std::getenv(name.constData());
    if (!value)
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("KeySource",
                                                 "The environment variable %1 (named for the %2) is not set. "
                                                 "Export it, or use --key-file or --passphrase-stdin.")
                         .arg(source.name, label));
    const size_t length = std::strlen(value);
    QCA::SecureArray secret(static_cast<int>(length));
    std::memcpy(secret.data(), value, length);
    if (m_consumeEnvironment) {
        // getenv points into the environment itself: the initial block that /proc/PID/environ
        // shows, or setenv's copy. Overwrite it, then drop the variable.
        std::memset(value, 0, length);
        qunsetenv(name.constData());
        m_consumed.insert(source.name, secret);
    }
    if (secret.isEmpty())
        return Error(ExitCode::Usage, QCoreApplication::translate(
                                          "KeySource", "The environment variable %1 (the %2) is empty.")
                                          .arg(source.name, label));
    return KeyMaterial(secret);
}

Result<KeyMaterial> KeyReader::read(const KeySource &source, const QString &label)
{
    switch (source.kind) {
    case KeySource::Kind::Environment:
        return readEnvironment(source, label);
    case KeySource::Kind::File: {
        QFile file(source.name);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ExitCode::Usage, QCoreApplication::translate(
                                              "KeySource", "%1: cannot read the key file for the %2 (%3).")
                                              .arg(source.name, label, file.errorString()));
        struct stat st{};
        if (::fstat(file.handle(), &st) == 0 && (st.st_mode & (S_IRWXG | S_IRWXO)))
            m_warnings.append(
                QCoreApplication::translate("KeySource",
                                            "%1: the key file can be read by other users; restrict it with "
                                            "'chmod 600 %1'.")
                    .arg(source.name));
        QCA::SecureArray secret(file.readAll());
        if (!secret.isEmpty() && secret[secret.size() - 1] == '\n')
            secret.resize(secret.size() - 1);
        if (secret.isEmpty())
            return Error(
                ExitCode::Usage,
                QCoreApplication::translate("KeySource", "%1: the key file is empty.").arg(source.name));
        return KeyMaterial(secret);
    }
    case KeySource::Kind::Stdin: {
        if (m_stdinUsed)
            return Error(ExitCode::Usage,
                         QCoreApplication::translate(
                             "KeySource", "Only one key can be read from standard input; give the %1 "
                                          "another way (--key-env, --key-file).")
                             .arg(label));
        m_stdinUsed = true;
        bool ok = false;
        QCA::SecureArray secret = readLine(STDIN_FILENO, &ok);
        if (!ok || secret.isEmpty())
            return Error(ExitCode::Usage,
                         QCoreApplication::translate(
                             "KeySource", "No %1 on standard input: pipe one line into the command.")
                             .arg(label));
        return KeyMaterial(secret);
    }
    case KeySource::Kind::Prompt: {
        QCA::SecureArray secret =
            promptNoEcho(QCoreApplication::translate("KeySource", "Enter the %1: ").arg(label));
        if (secret.isEmpty())
            return Error(ExitCode::Usage,
                         QCoreApplication::translate("KeySource", "No %1 was entered.").arg(label));
        return KeyMaterial(secret);
    }
    case KeySource::Kind::None:
        break;
    }
    return Error(ExitCode::Usage,
                 QCoreApplication::translate("KeySource",
                                             "No %1 given and no terminal to ask on: use --key-env NAME, "
                                             "--key-file PATH or --passphrase-stdin.")
                     .arg(label),
                 QStringLiteral("key-needed"));
}

} // namespace strongroom
