#include "postgres/StorageEncryption.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace strongroom::postgres {

namespace {

// mountinfo escapes space, tab, newline and backslash as \ooo.
QString unescapeMountField(const QByteArray &field)
{
    QByteArray out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int c = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(char(c));
                i += 3;
                continue;
            }
        }
        out.append(field[i]);
    }
    return QFile::decodeName(out);
}

bool isUnder(const QString &path, const QString &mountPoint)
{
    return mountPoint == QLatin1String("/") || path == mountPoint ||
           path.startsWith(mountPoint + QLatin1Char('/'));
}

QString readSmall(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.read(4096)).trimmed() : QString();
}

struct Walk
{
    bool allEncrypted = true;
    QString mapping;
    QString type;
};

// Follows a block device (a sysfs folder) down to the disks; every path must meet a dm-crypt mapping.
void walkDown(const QString &deviceDir, Walk &walk, int depth)
{
    if (depth > 16) {
        walk.allEncrypted = false;
        return;
    }
    const QString uuid = readSmall(deviceDir + QStringLiteral("/dm/uuid"));
    if (uuid.startsWith(QLatin1String("CRYPT-"))) {
        if (walk.mapping.isEmpty()) {
            walk.mapping = readSmall(deviceDir + QStringLiteral("/dm/name"));
            walk.type = uuid.section(QLatin1Char('-'), 1, 1);
        }
        return;
    }
    const QStringList slaves = QDir(deviceDir + QStringLiteral("/slaves"))
                                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System);
    if (!slaves.isEmpty()) {
        for (const QString &slave : slaves)
            walkDown(QFileInfo(deviceDir + QStringLiteral("/slaves/") + slave).canonicalFilePath(), walk,
                     depth + 1);
        return;
    }
    // A partition: what lies under it is what lies under its disk.
    if (QFileInfo::exists(deviceDir + QStringLiteral("/partition"))) {
        walkDown(QFileInfo(deviceDir).absolutePath(), walk, depth + 1);
        return;
    }
    walk.allEncrypted = false; // a disk, a loop device, ... with no mapping above it
}

} // namespace

QString StorageEncryption::stateName() const
{
    switch (state) {
    case State::Encrypted:
        return QStringLiteral("encrypted");
    case State::NotEncrypted:
        return QStringLiteral("not-encrypted");
    case State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString StorageEncryption::describe() const
{
    switch (state) {
    case State::Encrypted:
        return QCoreApplication::translate("StorageEncryption", "encrypted (%1 mapping %2 under %3)")
            .arg(cryptType, mapping, mountPoint);
    case State::NotEncrypted:
        return QCoreApplication::translate("StorageEncryption",
                                           "NOT encrypted (%1 on %2, no dm-crypt mapping under it)")
            .arg(mountPoint, device);
    case State::Unknown:
        break;
    }
    return QCoreApplication::translate("StorageEncryption", "unknown: %1").arg(reason);
}

QJsonObject StorageEncryption::toJson() const
{
    return QJsonObject{
        {QStringLiteral("state"), stateName()},      {QStringLiteral("mount_point"), mountPoint},
        {QStringLiteral("file_system"), fileSystem}, {QStringLiteral("device"), device},
        {QStringLiteral("mapping"), mapping},        {QStringLiteral("crypt_type"), cryptType},
        {QStringLiteral("reason"), reason}};
}

StorageEncryption StorageEncryption::unknown(const QString &reason)
{
    StorageEncryption s;
    s.reason = reason;
    return s;
}

StorageEncryption StorageEncryption::probe(const QString &path, const QString &mountinfo,
                                           const QString &sysRoot)
{
    QFile file(mountinfo);
    if (!file.open(QIODevice::ReadOnly))
        return unknown(QCoreApplication::translate("StorageEncryption", "%1 is not readable").arg(mountinfo));
    const QString clean = QDir::cleanPath(path);
    StorageEncryption best;
    QByteArray bestDevice;
    QString bestSource;
    for (const QByteArray &line : file.readAll().split('\n')) {
        // id parent major:minor root mount-point options [optional...] - fstype source super-options
        const QList<QByteArray> fields = line.split(' ');
        const qsizetype dash = fields.indexOf("-");
        if (fields.size() < 7 || dash < 6 || dash + 2 >= fields.size())
            continue;
        const QString mountPoint = unescapeMountField(fields[4]);
        if (!isUnder(clean, mountPoint) || mountPoint.size() < best.mountPoint.size())
            continue;
        best.mountPoint = mountPoint;
        best.fileSystem = QString::fromUtf8(fields[dash + 1]);
        bestDevice = fields[2];
        bestSource = unescapeMountField(fields[dash + 2]);
    }
    if (best.mountPoint.isEmpty())
        return unknown(QCoreApplication::translate("StorageEncryption", "no file system holds %1").arg(path));

    // btrfs and others report an anonymous device number; their source names the real device.
    QString number = QString::fromLatin1(bestDevice);
    if (number.startsWith(QLatin1String("0:"))) {
        struct stat st{};
        if (!bestSource.startsWith(QLatin1String("/dev/")) ||
            ::stat(QFile::encodeName(bestSource).constData(), &st) != 0 || !S_ISBLK(st.st_mode)) {
            best.reason =
                QCoreApplication::translate("StorageEncryption", "%1 is on %2, which is not a block device")
                    .arg(path, best.fileSystem);
            return best;
        }
        number = QStringLiteral("%1:%2").arg(major(st.st_rdev)).arg(minor(st.st_rdev));
    }
    const QString deviceDir = QFileInfo(sysRoot + QStringLiteral("/dev/block/") + number).canonicalFilePath();
    if (deviceDir.isEmpty()) {
        best.reason = QCoreApplication::translate("StorageEncryption", "the device %1 is not in %2/dev/block")
                          .arg(number, sysRoot);
        return best;
    }
    best.device = QFileInfo(deviceDir).fileName();
    Walk walk;
    walkDown(deviceDir, walk, 0);
    if (walk.allEncrypted && !walk.mapping.isEmpty()) {
        best.state = State::Encrypted;
        best.mapping = walk.mapping;
        best.cryptType = walk.type;
    } else {
        best.state = State::NotEncrypted;
    }
    return best;
}

} // namespace strongroom::postgres
