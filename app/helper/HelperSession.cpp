#include "helper/HelperSession.h"

#include "keys/KeyMaterial.h"
#include "volumes/CryptDevice.h"

#include <QJsonDocument>
#include <QProcess>
#include <QFileInfo>
#include <QSysInfo>
#include <cerrno>
#include <cstring>
#include <libcryptsetup.h>
#include <pwd.h>
#include <unistd.h>

namespace strongroom::helper {

namespace {
// One line from `in` into secure memory, without the newline. Empty on end of input.
QCA::SecureArray readSecretLine(FILE *in)
{
    QCA::SecureArray secret;
    int c;
    while ((c = std::fgetc(in)) != EOF && c != '\n')
        secret.append(QCA::SecureArray(QByteArray(1, char(c))));
    return secret;
}

QByteArray readLine(FILE *in, bool *eof)
{
    QByteArray line;
    int c;
    while ((c = std::fgetc(in)) != EOF && c != '\n')
        line.append(char(c));
    *eof = (c == EOF && line.isEmpty());
    return line;
}

QJsonObject runTool(const QString &program, const QStringList &args, const QString &what)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return errorAnswer(Error(ExitCode::Failure, QStringLiteral("%1 failed: %2").arg(what, QString::fromLocal8Bit(p.readAllStandardError()).trimmed())));
    return okAnswer();
}
} // namespace

HelperSession::HelperSession(FILE *in, FILE *out, AuditLog audit) : m_in(in), m_out(out), m_audit(std::move(audit)) {}

QString HelperSession::invokingUser() const
{
    // pkexec says who asked; without it, the user running the helper.
    bool ok = false;
    const uid_t uid = uid_t(qEnvironmentVariable("PKEXEC_UID").toUInt(&ok));
    const passwd *pw = ::getpwuid(ok ? uid : ::getuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(ok ? uid : ::getuid());
}

int HelperSession::run()
{
    int status = 0;
    while (true) {
        bool eof = false;
        const QByteArray line = readLine(m_in, &eof);
        if (eof)
            break;
        if (line.trimmed().isEmpty())
            continue;
        QJsonObject answer;
        auto request = Request::parse(line);
        if (!request) {
            answer = errorAnswer(request.error());
        } else {
            answer = handle(*request);
        }
        if (auto error = answerError(answer))
            status = static_cast<int>(error->code);
        const QByteArray out = QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n';
        std::fwrite(out.constData(), 1, size_t(out.size()), m_out);
        std::fflush(m_out);
    }
    return status;
}

QJsonObject HelperSession::handle(const Request &request)
{
    if (auto s = validate(request); !s) {
        if (request.needsPassphrase())
            readSecretLine(m_in); // consume it, so the stream stays in step
        return errorAnswer(s.error());
    }
    if (auto s = requireDeviceMapper(); !s) {
        if (request.needsPassphrase())
            readSecretLine(m_in);
        return errorAnswer(s.error());
    }
    if (request.verb == QLatin1String("open"))
        return open(request);
    if (request.verb == QLatin1String("close"))
        return close(request);
    if (request.verb == QLatin1String("mount"))
        return mount(request);
    return unmount(request);
}

QJsonObject HelperSession::open(const Request &request)
{
    KeyMaterial key(readSecretLine(m_in));
    const QJsonObject where{{QStringLiteral("name"), request.name}, {QStringLiteral("invoked_by"), invokingUser()},
                            {QStringLiteral("host"), QSysInfo::machineHostName()}};
    auto device = CryptDevice::load(request.image);
    if (!device)
        return errorAnswer(device.error());
    const QByteArray name = request.name.toUtf8();
    const int slot = crypt_activate_by_passphrase((*device)->handle(), name.constData(), CRYPT_ANY_SLOT, key.data(), size_t(key.size()), 0);
    key.wipe();
    if (slot < 0) {
        QJsonObject details = where;
        details.insert(QStringLiteral("reason"), errnoText(slot));
        m_audit.append(QStringLiteral("volume.unlock"), request.image, QStringLiteral("failed"), details);
        if (slot == -EPERM)
            return errorAnswer(Error(ExitCode::WrongKey, QStringLiteral("%1: the key opens no key slot.").arg(request.image)));
        return errorAnswer((*device)->error(slot, QStringLiteral("opening as %1").arg(request.name)));
    }
    QJsonObject details = where;
    details.insert(QStringLiteral("slot"), slot);
    m_audit.append(QStringLiteral("volume.unlock"), request.image, QStringLiteral("succeeded"), details);
    return okAnswer({{QStringLiteral("slot"), slot}, {QStringLiteral("device"), QString(QStringLiteral("/dev/mapper/") + request.name)}});
}

QJsonObject HelperSession::close(const Request &request)
{
    const QByteArray name = request.name.toUtf8();
    crypt_device *cd = nullptr;
    int rc = crypt_init_by_name(&cd, name.constData());
    if (rc == 0)
        rc = crypt_deactivate(cd, name.constData());
    if (cd)
        crypt_free(cd);
    if (rc < 0)
        return errorAnswer(Error(rc == -EBUSY ? ExitCode::Busy : ExitCode::Failure,
                                 QStringLiteral("Closing %1 failed: %2").arg(request.name, errnoText(rc))));
    m_audit.append(QStringLiteral("volume.close"), request.name, QStringLiteral("succeeded"), {{QStringLiteral("invoked_by"), invokingUser()}});
    return okAnswer();
}

QJsonObject HelperSession::mount(const Request &request)
{
    // Only mapped Strongroom volumes are mounted, never an arbitrary device.
    const QString device = QStringLiteral("/dev/mapper/") + request.name;
    if (!QFileInfo::exists(device))
        return errorAnswer(Error(ExitCode::Failure, QStringLiteral("%1 is not open; open it first.").arg(device)));
    return runTool(QStringLiteral("mount"), {QStringLiteral("--"), device, request.mountpoint}, QStringLiteral("mount"));
}

QJsonObject HelperSession::unmount(const Request &request)
{
    return runTool(QStringLiteral("umount"), {QStringLiteral("--"), request.mountpoint}, QStringLiteral("umount"));
}

} // namespace strongroom::helper
