#include "volumes/HelperProtocol.h"

#include "core/KernelFeatures.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace strongroom::helper {

namespace {
const QStringList kVerbs{QStringLiteral("open"), QStringLiteral("close"), QStringLiteral("mount"), QStringLiteral("unmount")};

Status checkAbsolute(const QString &path, const QString &what)
{
    if (path.isEmpty() || !QDir::isAbsolutePath(path) || path.split(QLatin1Char('/')).contains(QStringLiteral("..")) ||
        path.contains(QChar(0)))
        return Error(ExitCode::Usage, QStringLiteral("The %1 must be an absolute path without '..': %2").arg(what, path));
    return Status::success();
}
} // namespace

Result<Request> Request::parse(const QByteArray &line)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    if (!doc.isObject())
        return Error(ExitCode::Usage, QStringLiteral("Not a JSON object: %1").arg(err.errorString()));
    const QJsonObject o = doc.object();
    Request r;
    r.verb = o.value(QStringLiteral("verb")).toString();
    r.image = o.value(QStringLiteral("image")).toString();
    r.name = o.value(QStringLiteral("name")).toString();
    r.mountpoint = o.value(QStringLiteral("mountpoint")).toString();
    return r;
}

QJsonObject Request::toJson() const
{
    QJsonObject o{{QStringLiteral("verb"), verb}};
    if (!image.isEmpty())
        o.insert(QStringLiteral("image"), image);
    if (!name.isEmpty())
        o.insert(QStringLiteral("name"), name);
    if (!mountpoint.isEmpty())
        o.insert(QStringLiteral("mountpoint"), mountpoint);
    return o;
}

Status validate(const Request &r)
{
    if (!kVerbs.contains(r.verb))
        return Error(ExitCode::Usage, QStringLiteral("Unknown helper verb '%1'; allowed: %2").arg(r.verb, kVerbs.join(QStringLiteral(", "))));
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    if (r.verb != QLatin1String("unmount") && !namePattern.match(r.name).hasMatch())
        return Error(ExitCode::Usage, QStringLiteral("Mapping name '%1' is not allowed: use letters, digits, '_', '.', '-' (up to 64).").arg(r.name));
    if (r.verb == QLatin1String("open")) {
        if (auto s = checkAbsolute(r.image, QStringLiteral("image")); !s)
            return s;
        const QFileInfo info(r.image);
        if (!info.exists() || info.isDir() || info.isSymLink())
            return Error(ExitCode::Failure, QStringLiteral("%1: not an image file or block device (symbolic links are refused).").arg(r.image));
    }
    if (r.verb == QLatin1String("mount") || r.verb == QLatin1String("unmount")) {
        if (auto s = checkAbsolute(r.mountpoint, QStringLiteral("mount point")); !s)
            return s;
        const QFileInfo info(r.mountpoint);
        if (!info.isDir() || info.isSymLink())
            return Error(ExitCode::Failure, QStringLiteral("%1: the mount point must be an existing folder (not a symbolic link).").arg(r.mountpoint));
    }
    return Status::success();
}

QString suggestedMappingName(const QString &image)
{
    QString base = QFileInfo(image).completeBaseName();
    for (QChar &c : base) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                             (u >= u'0' && u <= u'9') || u == u'_' || u == u'.' || u == u'-';
        if (!allowed)
            c = QLatin1Char('-');
    }
    if (base.isEmpty())
        base = QStringLiteral("volume");
    return QString(QStringLiteral("strongroom-") + base).left(64);
}

Status requireDeviceMapper()
{
    if (deviceMapperAvailable())
        return Status::success();
    return Error(ExitCode::Environment,
                 QStringLiteral("device-mapper is not available on this machine (/dev/mapper/control is missing or the "
                                "dm_crypt driver is not loaded), so LUKS volumes cannot be opened, mounted, unmounted or "
                                "closed here. Header backups, key slots, info and offline encryption still work. Fix: "
                                "modprobe dm_crypt on a machine that allows it (containers usually cannot)."),
                 QStringLiteral("no-device-mapper"));
}

QJsonObject okAnswer(const QJsonObject &extra)
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("ok"), true);
    return o;
}

QJsonObject errorAnswer(const Error &error)
{
    QJsonObject e = error.toJson();
    e.insert(QStringLiteral("code"), static_cast<int>(error.code));
    return QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), e}};
}

std::optional<Error> answerError(const QJsonObject &answer)
{
    if (answer.value(QStringLiteral("ok")).toBool())
        return std::nullopt;
    const QJsonObject e = answer.value(QStringLiteral("error")).toObject();
    const int code = e.value(QStringLiteral("code")).toInt(1);
    return Error(static_cast<ExitCode>(code), e.value(QStringLiteral("message")).toString(QStringLiteral("The helper failed.")),
                 e.value(QStringLiteral("kind")).toString());
}

} // namespace strongroom::helper
