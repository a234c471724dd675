#include "pgbackup/PgPassFile.h"

#include "core/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <unistd.h>

namespace strongroom::pgbackup {

Result<std::unique_ptr<PgPassFile>> PgPassFile::create(const std::optional<KeyMaterial> &password)
{
    std::unique_ptr<PgPassFile> file(new PgPassFile);
    if (!password)
        return file;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QString base = !runtime.isEmpty() && QDir(runtime).exists() ? runtime : QDir::tempPath();
    file->m_folder = std::make_unique<QTemporaryDir>(base + QStringLiteral("/strongroom-pgpass-XXXXXX"));
    if (!file->m_folder->isValid())
        return Error(ExitCode::Failure, QCoreApplication::translate("PgBackup", "Cannot create a private "
                                                                                "folder in %1 for the "
                                                                                "PostgreSQL password.")
                                            .arg(base));
    QFile::setPermissions(file->m_folder->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ExeOwner);
    file->m_path = file->m_folder->filePath(QStringLiteral("pgpass"));
    const int fd = safefile::openPrivateFile(file->m_path);
    if (fd < 0)
        return Error(ExitCode::Failure, QCoreApplication::translate("PgBackup", "Cannot create the "
                                                                                "private passfile %1.")
                                            .arg(file->m_path));
    // libpq's passfile escapes ':' and '\' with a backslash.
    QByteArray line = "*:*:*:*:";
    const QCA::SecureArray &secret = password->secret();
    for (int i = 0; i < secret.size(); ++i) {
        const char c = secret.constData()[i];
        if (c == ':' || c == '\\')
            line += '\\';
        line += c;
    }
    line += '\n';
    const bool written = ::write(fd, line.constData(), size_t(line.size())) == line.size();
    line.fill('\0');
    ::close(fd);
    if (!written)
        return Error(ExitCode::Failure, QCoreApplication::translate("PgBackup", "Cannot write the "
                                                                                "private passfile %1.")
                                            .arg(file->m_path));
    return file;
}

PgPassFile::~PgPassFile()
{
    if (!m_path.isEmpty()) {
        // Overwritten before removal: the folder may live on disk when there is no runtime folder.
        QFile file(m_path);
        if (file.open(QIODevice::ReadWrite)) {
            file.write(QByteArray(int(file.size()), '\0'));
            file.flush();
            ::fdatasync(file.handle());
        }
    }
}

QProcessEnvironment PgPassFile::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!m_path.isEmpty())
        environment.insert(QStringLiteral("PGPASSFILE"), m_path);
    return environment;
}

} // namespace strongroom::pgbackup
