#include "postgres/PgPassFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace strongroom::postgres {

Result<std::unique_ptr<PgPassFile>> PgPassFile::create(const PgPassword &password)
{
    QString parent = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (parent.isEmpty() || !QFileInfo(parent).isWritable())
        parent = QDir::tempPath();
    QByteArray folderTemplate = QFile::encodeName(parent + QStringLiteral("/strongroom-pgpass-XXXXXX"));
    // mkdtemp makes the folder 0700.
    if (!::mkdtemp(folderTemplate.data()))
        return Error(ExitCode::Environment,
                     QCoreApplication::translate("PgPassFile", "Cannot make a private folder in %1: %2")
                         .arg(parent, QString::fromLocal8Bit(std::strerror(errno))));
    std::unique_ptr<PgPassFile> file(new PgPassFile);
    file->m_folder = QFile::decodeName(folderTemplate);
    file->m_path = file->m_folder + QStringLiteral("/pgpass");

    // .pgpass format: host:port:database:user:password, with ':' and '\' escaped in the password.
    QCA::SecureArray line(QByteArray("*:*:*:*:"));
    const QCA::SecureArray &secret = password.secret.secret();
    for (int i = 0; i < secret.size(); ++i) {
        const char c = secret[i];
        if (c == ':' || c == '\\')
            line.append(QCA::SecureArray(QByteArray(1, '\\')));
        line.append(QCA::SecureArray(QByteArray(1, c)));
    }
    line.append(QCA::SecureArray(QByteArray(1, '\n')));

    const QByteArray path = QFile::encodeName(file->m_path);
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error(ExitCode::Environment,
                     QCoreApplication::translate("PgPassFile", "Cannot write %1: %2")
                         .arg(file->m_path, QString::fromLocal8Bit(std::strerror(errno))));
    const ssize_t written = ::write(fd, line.constData(), size_t(line.size()));
    ::close(fd);
    file->m_size = line.size();
    if (written != line.size())
        return Error(ExitCode::Environment,
                     QCoreApplication::translate("PgPassFile", "Cannot write %1.").arg(file->m_path));
    return file;
}

PgPassFile::~PgPassFile()
{
    if (m_path.isEmpty())
        return;
    const QByteArray path = QFile::encodeName(m_path);
    const int fd = ::open(path.constData(), O_WRONLY | O_CLOEXEC);
    if (fd >= 0) {
        const QByteArray zeros(int(m_size), '\0');
        [[maybe_unused]] const ssize_t n = ::write(fd, zeros.constData(), size_t(zeros.size()));
        ::fsync(fd);
        ::close(fd);
    }
    ::unlink(path.constData());
    ::rmdir(QFile::encodeName(m_folder).constData());
}

QProcessEnvironment PgPassFile::withoutPasswords(QProcessEnvironment base)
{
    base.remove(QStringLiteral("PGPASSWORD"));
    return base;
}

QProcessEnvironment PgPassFile::environment(QProcessEnvironment base) const
{
    QProcessEnvironment env = withoutPasswords(std::move(base));
    env.insert(QStringLiteral("PGPASSFILE"), m_path);
    return env;
}

} // namespace strongroom::postgres
