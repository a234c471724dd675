#include "schedule/SystemdTools.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace strongroom::systemdtools {

namespace {

// A pipe already holding `secret` (the pipe grown to fit), its write end closed; returns the read
// end (close-on-exec), to become a child's standard input.
Result<int> pipeHolding(const QCA::SecureArray &secret)
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("SystemdTools", "Cannot make a pipe for systemd-creds: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno))));
    const int capacity = ::fcntl(fds[1], F_GETPIPE_SZ);
    if (capacity >= 0 && capacity < secret.size())
        ::fcntl(fds[1], F_SETPIPE_SZ, secret.size());
    qsizetype done = 0;
    while (done < secret.size()) {
        const ssize_t n = ::write(fds[1], secret.constData() + done, size_t(secret.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fds[0]);
            ::close(fds[1]);
            return Error(
                ExitCode::Failure,
                QCoreApplication::translate("SystemdTools", "The key is too long to hand to systemd-creds."));
        }
        done += n;
    }
    ::close(fds[1]);
    return fds[0];
}

ToolRun runWithStdin(const QString &tool, const QStringList &arguments, int stdinFd, int timeoutMs,
                     const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    ToolRun result;
    const QString program = toolPath(tool);
    if (program.isEmpty())
        return result;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
    if (stdinFd >= 0)
        process.setChildProcessModifier([stdinFd] { ::dup2(stdinFd, STDIN_FILENO); });
    else
        process.setStandardInputFile(QProcess::nullDevice());
    process.start(QIODevice::ReadOnly);
    result.started = process.waitForStarted(10000);
    if (stdinFd >= 0)
        ::close(stdinFd);
    if (!result.started)
        return result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

Error notInstalled(const QString &tool)
{
    return Error(
        ExitCode::Environment,
        QCoreApplication::translate(
            "SystemdTools", "%1 is not installed (Debian package \"systemd\"); schedules are systemd timers.")
            .arg(tool),
        QStringLiteral("no-systemd"));
}

} // namespace

QString ToolRun::problem() const
{
    const QByteArray text = err.trimmed().isEmpty() ? out.trimmed() : err.trimmed();
    return QString::fromLocal8Bit(text).simplified();
}

QString toolPath(const QString &name)
{
    return QStandardPaths::findExecutable(name, {QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
}

ToolRun run(const QString &tool, const QStringList &arguments, int timeoutMs)
{
    return runWithStdin(tool, arguments, -1, timeoutMs);
}

QStringList scopeArguments(Schedule::Scope scope)
{
    return scope == Schedule::Scope::User ? QStringList{QStringLiteral("--user")} : QStringList{};
}

Status sealCredential(Schedule::Scope scope, const QString &credentialName, const KeyMaterial &key,
                      const QString &outputPath)
{
    if (toolPath(QStringLiteral("systemd-creds")).isEmpty())
        return notInstalled(QStringLiteral("systemd-creds"));
    Result<int> input = pipeHolding(key.secret());
    if (!input)
        return input.error();
    const ToolRun sealed =
        runWithStdin(QStringLiteral("systemd-creds"),
                     scopeArguments(scope) + QStringList{QStringLiteral("encrypt"),
                                                         QStringLiteral("--name=") + credentialName,
                                                         QStringLiteral("-"), outputPath},
                     *input, 60000);
    if (sealed.started && sealed.exitCode == 0 && QFileInfo::exists(outputPath))
        return Status::success();
    return Error(
        ExitCode::Environment,
        QCoreApplication::translate(
            "SystemdTools",
            "systemd-creds could not seal the key as a credential (%1). It needs a TPM2 chip or a host "
            "credential key (/var/lib/systemd/credential.secret on a persistent disk, and a machine "
            "id), and for a user's schedule a running user manager. Alternatively give the key as a "
            "file that stays where it is: --key-file FILE --key-file-stays.")
            .arg(sealed.started ? sealed.problem()
                                : QCoreApplication::translate("SystemdTools", "it did not start")),
        QStringLiteral("no-credential-key"));
}

Result<qint64> calendarInterval(const QString &expression)
{
    if (toolPath(QStringLiteral("systemd-analyze")).isEmpty())
        return notInstalled(QStringLiteral("systemd-analyze"));
    const ToolRun calendar = run(QStringLiteral("systemd-analyze"),
                                 {QStringLiteral("calendar"), QStringLiteral("--iterations=2"), expression});
    if (calendar.exitCode != 0)
        return Error(
            ExitCode::Usage,
            QCoreApplication::translate("SystemdTools",
                                        "systemd does not accept the calendar expression \"%1\": %2 (see man "
                                        "systemd.time, e.g. \"Mon..Fri *-*-* 02:30\").")
                .arg(expression, calendar.problem()));
    // "(in UTC): Sat 2026-12-05 02:00:00 UTC" for the next elapse and for iteration #2.
    static const QRegularExpression utc(
        QStringLiteral("\\(in UTC\\): \\w+ (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d)"));
    QList<QDateTime> times;
    for (auto it = utc.globalMatch(QString::fromUtf8(calendar.out)); it.hasNext();) {
        QDateTime time = QDateTime::fromString(it.next().captured(1), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        time.setTimeZone(QTimeZone::UTC);
        times.append(time);
    }
    if (times.size() < 2 || times.at(0).secsTo(times.at(1)) <= 0)
        return Error(ExitCode::Usage,
                     QCoreApplication::translate(
                         "SystemdTools",
                         "The calendar expression \"%1\" does not repeat; a schedule needs one "
                         "that does.")
                         .arg(expression));
    return times.at(0).secsTo(times.at(1));
}

Status verifyUnits(Schedule::Scope scope, const QStringList &files)
{
    if (toolPath(QStringLiteral("systemd-analyze")).isEmpty())
        return notInstalled(QStringLiteral("systemd-analyze"));
    // A user-scope check wants a runtime folder even though it starts no manager; where no session
    // made one (cron, su, a build root) a private empty one serves.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QTemporaryDir runtime;
    if (scope == Schedule::Scope::User && environment.value(QStringLiteral("XDG_RUNTIME_DIR")).isEmpty() &&
        runtime.isValid())
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    const ToolRun verified = runWithStdin(
        QStringLiteral("systemd-analyze"),
        scopeArguments(scope) + QStringList{QStringLiteral("verify")} + files, -1, 60000, environment);
    if (verified.exitCode == 0)
        return Status::success();
    return Error(ExitCode::Failure,
                 QCoreApplication::translate("SystemdTools", "systemd-analyze verify rejects the units: %1")
                     .arg(verified.problem()),
                 QStringLiteral("unit-rejected"));
}

Status systemctl(Schedule::Scope scope, const QStringList &arguments)
{
    if (toolPath(QStringLiteral("systemctl")).isEmpty())
        return notInstalled(QStringLiteral("systemctl"));
    const ToolRun done = run(QStringLiteral("systemctl"), scopeArguments(scope) + arguments, 600000);
    if (done.exitCode == 0)
        return Status::success();
    return Error(ExitCode::Environment,
                 QCoreApplication::translate("SystemdTools", "systemctl %1 failed: %2")
                     .arg((scopeArguments(scope) + arguments).join(QLatin1Char(' ')), done.problem()),
                 QStringLiteral("systemctl"));
}

QString unitProperty(Schedule::Scope scope, const QString &unit, const QString &property)
{
    const ToolRun shown =
        run(QStringLiteral("systemctl"),
            scopeArguments(scope) + QStringList{QStringLiteral("show"), QStringLiteral("-P"), property, unit},
            10000);
    return shown.exitCode == 0 ? QString::fromUtf8(shown.out).trimmed() : QString();
}

QDateTime nextElapse(Schedule::Scope scope, const QString &timer)
{
    // "Sat 2026-12-05 02:00:00 UTC" (the manager's time zone), or empty when not scheduled.
    const QString text = unitProperty(scope, timer, QStringLiteral("NextElapseUSecRealtime"));
    static const QRegularExpression when(QStringLiteral("(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d)"));
    const QRegularExpressionMatch match = when.match(text);
    if (!match.hasMatch())
        return {};
    const QDateTime local = QDateTime::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return text.endsWith(QLatin1String("UTC")) ? QDateTime(local.date(), local.time(), QTimeZone::UTC)
                                               : local.toUTC();
}

} // namespace strongroom::systemdtools
