#include "migration/MountConfig.h"

#include "core/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <unistd.h>

namespace strongroom::migration {

QString systemdEscapePath(const QString &path)
{
    const QByteArray bytes = QFile::encodeName(QDir::cleanPath(path));
    QByteArray trimmed = bytes;
    while (trimmed.startsWith('/'))
        trimmed.remove(0, 1);
    if (trimmed.isEmpty())
        return QStringLiteral("-");
    QString out;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const char c = trimmed[i];
        if (c == '/')
            out += QLatin1Char('-');
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                 (c == '.' && i > 0))
            out += QLatin1Char(c);
        else
            out += QStringLiteral("\\x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
    }
    return out;
}

MountConfig mountConfigFor(const QString &image, const QString &folder)
{
    MountConfig config;
    const QString where = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QString base = QFileInfo(where).fileName();
    for (QChar &c : base)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    config.mapperName = QStringLiteral("strongroom-") + base;
    const QString device = QStringLiteral("/dev/mapper/") + config.mapperName;
    config.crypttabLine =
        QStringLiteral("%1 %2 none luks").arg(config.mapperName, QFileInfo(image).absoluteFilePath());
    config.fstabLine = QStringLiteral("%1 %2 ext4 defaults 0 2").arg(device, where);
    config.unitName = systemdEscapePath(where) + QStringLiteral(".mount");
    config.unitText = QStringLiteral("[Unit]\n"
                                     "Description=Strongroom volume %1 at %2\n"
                                     "Requires=systemd-cryptsetup@%3.service\n"
                                     "After=systemd-cryptsetup@%3.service\n"
                                     "\n"
                                     "[Mount]\n"
                                     "What=%4\n"
                                     "Where=%2\n"
                                     "Type=ext4\n"
                                     "Options=defaults\n"
                                     "\n"
                                     "[Install]\n"
                                     "WantedBy=local-fs.target\n")
                          .arg(QFileInfo(image).fileName(), where, config.mapperName, device);
    return config;
}

Status installMountConfig(const MountConfig &config, const QString &etc)
{
    if (::geteuid() != 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("MountConfig",
                                                 "Only root can write /etc/crypttab and /etc/fstab; add the "
                                                 "lines shown by hand, or run this again as root."),
                     QStringLiteral("refused"));
    for (const auto &[name, line] : {std::pair{QStringLiteral("crypttab"), config.crypttabLine},
                                     std::pair{QStringLiteral("fstab"), config.fstabLine}}) {
        const QString path = QDir(etc).filePath(name);
        QFile file(path);
        QByteArray text;
        if (file.exists()) {
            if (!file.open(QIODevice::ReadOnly))
                return Error(ExitCode::Failure,
                             QCoreApplication::translate("MountConfig", "Cannot read %1: %2")
                                 .arg(path, file.errorString()));
            text = file.readAll();
            file.close();
        }
        if (text.split('\n').contains(line.toUtf8()))
            continue;
        if (!text.isEmpty() && !text.endsWith('\n'))
            text += '\n';
        text += line.toUtf8() + '\n';
        if (auto s = safefile::writeFileAtomically(path, text, QStringLiteral("migration-") + name, name); !s)
            return s;
    }
    return Status::success();
}

} // namespace strongroom::migration
