#pragma once

#include "core/Result.h"

#include <QString>

namespace strongroom::migration {

// How the system opens the new volume at boot and mounts it where the folder was: a crypttab line
// (systemd-cryptsetup sets up the loop device of an image file itself), an fstab line, or instead
// of the fstab line a systemd mount unit. The passphrase is asked at boot ("none" as key file).
struct MountConfig
{
    QString mapperName;   // "strongroom-main"
    QString crypttabLine; // "strongroom-main /srv/pg.img none luks"
    QString fstabLine;    // "/dev/mapper/strongroom-main /var/lib/postgresql/17/main ext4 defaults 0 2"
    QString unitName;     // "var-lib-postgresql-17-main.mount"
    QString unitText;
};

MountConfig mountConfigFor(const QString &image, const QString &folder);

// systemd's escaping of a path into a unit name (systemd-escape --path).
QString systemdEscapePath(const QString &path);

// Adds the crypttab and fstab lines to /etc/crypttab and /etc/fstab (each only when it is not there
// yet), keeping the files' modes. Root only; `etc` is the folder to write into ("/etc").
Status installMountConfig(const MountConfig &config, const QString &etc = QStringLiteral("/etc"));

} // namespace strongroom::migration
