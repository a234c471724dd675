#include "pgbackup/TemporaryCluster.h"

#include "pgbackup/PgClientTool.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <csignal>
#include <grp.h>
#include <libpq-fe.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace strongroom::pgbackup {

namespace {

const QString kPrefix = QStringLiteral("strongroom-pgdrill-");
constexpr int kPort = 5432; // only names the socket file, in a folder of our own

QString quotedSetting(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

// The server binaries of `major`, else the oldest newer major installed (Debian's layout, or
// $STRONGROOM_PG_LIBDIR's).
QString serverBinDir(int major)
{
    QList<int> majors;
    const QString root = PgClientTool::versionsFolder();
    for (const QString &entry : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (entry.toInt() >= major)
            majors.append(entry.toInt());
    std::sort(majors.begin(), majors.end());
    for (int candidate : std::as_const(majors)) {
        const QString dir = QStringLiteral("%1/%2/bin").arg(root).arg(candidate);
        if (QFileInfo(dir + QStringLiteral("/initdb")).isExecutable() &&
            QFileInfo(dir + QStringLiteral("/postgres")).isExecutable())
            return dir;
    }
    return {};
}

Error environment(const QString &message)
{
    return Error(ExitCode::Environment, message, QStringLiteral("temporary-cluster"));
}

// A zombie (a postmaster whose new parent has not reaped it yet) does not run.
// Whether `uid` (in group `gid`) may pass through every folder above `path`: the server runs as
// that user and must reach its data folder.
bool reachableBy(const QString &path, uid_t uid, gid_t gid)
{
    QDir dir(QFileInfo(path).absoluteFilePath());
    while (true) {
        struct stat info{};
        if (::stat(QFile::encodeName(dir.path()).constData(), &info) != 0)
            return false;
        const bool passes = info.st_uid == uid   ? (info.st_mode & S_IXUSR)
                            : info.st_gid == gid ? (info.st_mode & S_IXGRP)
                                                 : (info.st_mode & S_IXOTH);
        if (!passes)
            return false;
        if (dir.isRoot() || !dir.cdUp())
            return true;
    }
}

bool processRuns(pid_t pid)
{
    if (pid <= 0 || (::kill(pid, 0) != 0 && errno != EPERM))
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype end = line.lastIndexOf(')'); // "PID (comm) STATE ..."
    return end < 0 || line.mid(end + 2, 1) != "Z";
}

} // namespace

QString TemporaryCluster::folderPrefix()
{
    return kPrefix;
}

TemporaryCluster::~TemporaryCluster()
{
    stop();
}

void TemporaryCluster::setServerUserFor(QProcess &process) const
{
    const int uid = m_uid;
    const int gid = m_gid;
    // In the child between fork and exec (async-signal-safe calls only). The parent-death signal
    // comes after the change of user, which would clear it: a drill that crashes takes its server.
    process.setChildProcessModifier([uid, gid] {
        if (uid >= 0) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid_t(gid)) != 0 || ::setuid(uid_t(uid)) != 0)
                ::_exit(127);
        }
        ::prctl(PR_SET_PDEATHSIG, SIGQUIT);
    });
}

Status TemporaryCluster::run(const QStringList &command, const WorkProgress &progress)
{
    QProcess process;
    process.setWorkingDirectory(m_root);
    process.setProcessChannelMode(QProcess::MergedChannels);
    setServerUserFor(process);
    process.start(command.first(), command.mid(1));
    if (!process.waitForStarted(30000))
        return environment(QStringLiteral("%1: %2").arg(command.first(), process.errorString()));
    while (!process.waitForFinished(25)) {
        if (process.state() == QProcess::NotRunning)
            break;
        if (progress.cancelled()) {
            process.kill();
            process.waitForFinished(5000);
            return Cancelled{};
        }
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return environment(QCoreApplication::translate("PgDrill", "%1 failed: %2")
                               .arg(QFileInfo(command.first()).fileName(),
                                    QString::fromLocal8Bit(process.readAll()).trimmed()));
    return {};
}

Status TemporaryCluster::writeConfig()
{
    QFile conf(m_dataDir + QStringLiteral("/postgresql.auto.conf"));
    if (!conf.open(QIODevice::Append))
        return environment(QCoreApplication::translate("PgDrill", "Cannot write %1.").arg(conf.fileName()));
    const QStringList lines{
        QStringLiteral("listen_addresses = ''"),
        QStringLiteral("unix_socket_directories = %1").arg(quotedSetting(m_socketDir)),
        QStringLiteral("unix_socket_permissions = 0700"),
        QStringLiteral("port = %1").arg(kPort),
        // A scratch server, removed after the drill: nothing needs to survive a power cut.
        QStringLiteral("fsync = off"),
        QStringLiteral("full_page_writes = off"),
        QStringLiteral("synchronous_commit = off"),
        QStringLiteral("max_connections = 30"),
        QStringLiteral("logging_collector = off"),
        QStringLiteral("lc_messages = 'C'"),
    };
    conf.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    conf.close();
    // Only the superuser, only through the socket in our 0700 folder.
    QFile hba(m_dataDir + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return environment(QCoreApplication::translate("PgDrill", "Cannot write %1.").arg(hba.fileName()));
    hba.write("local all postgres trust\n");
    return {};
}

Result<std::unique_ptr<TemporaryCluster>> TemporaryCluster::start(int major, const WorkProgress &progress)
{
    std::unique_ptr<TemporaryCluster> cluster(new TemporaryCluster);
    cluster->m_binDir = serverBinDir(major);
    if (cluster->m_binDir.isEmpty())
        return environment(QCoreApplication::translate("PgDrill",
                                                       "A restore drill in a temporary cluster needs the "
                                                       "PostgreSQL %1 server programs (initdb, postgres), "
                                                       "which are not installed. Install the package "
                                                       "postgresql-%1, or name a server for the scratch "
                                                       "database with --dbname.")
                               .arg(major));
    cluster->m_major = cluster->m_binDir.section(QLatin1Char('/'), -2, -2).toInt();
    removeStale(QDir::tempPath());

    QTemporaryDir root(QDir::tempPath() + QLatin1Char('/') + kPrefix +
                       QStringLiteral("%1-XXXXXX").arg(::getpid()));
    if (!root.isValid())
        return environment(QCoreApplication::translate("PgDrill", "Cannot make a temporary folder: %1")
                               .arg(root.errorString()));
    root.setAutoRemove(false);
    cluster->m_root = root.path(); // from here on the destructor removes it
    cluster->m_dataDir = root.filePath(QStringLiteral("data"));
    cluster->m_socketDir = root.filePath(QStringLiteral("socket"));
    const QFileDevice::Permissions privateFolder =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QFile::setPermissions(cluster->m_root, privateFolder) || !QDir().mkdir(cluster->m_socketDir) ||
        !QFile::setPermissions(cluster->m_socketDir, privateFolder))
        return environment(
            QCoreApplication::translate("PgDrill", "Cannot prepare the folder %1.").arg(cluster->m_root));

    if (::geteuid() == 0) {
        const passwd *user = ::getpwnam("postgres");
        if (!user)
            user = ::getpwnam("nobody");
        if (!user)
            return environment(QCoreApplication::translate("PgDrill",
                                                           "Running as root, and there is no user "
                                                           "(postgres, nobody) to run the temporary "
                                                           "cluster as."));
        cluster->m_uid = int(user->pw_uid);
        cluster->m_gid = int(user->pw_gid);
        if (!reachableBy(QDir::tempPath(), user->pw_uid, user->pw_gid))
            return environment(QCoreApplication::translate("PgDrill",
                                                           "The temporary cluster runs as the user %1, who "
                                                           "cannot reach the temporary folder %2. Set TMPDIR "
                                                           "to a folder it can reach (such as /var/tmp), or "
                                                           "name a server with --dbname.")
                                   .arg(QString::fromLocal8Bit(user->pw_name), QDir::tempPath()));
        for (const QString &path : {cluster->m_root, cluster->m_socketDir})
            if (::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) != 0)
                return environment(QCoreApplication::translate("PgDrill", "Cannot hand %1 to the user %2.")
                                       .arg(path, QString::fromLocal8Bit(user->pw_name)));
    }

    if (Status made = cluster->run({cluster->m_binDir + QStringLiteral("/initdb"),
                                    QStringLiteral("--pgdata=") + cluster->m_dataDir,
                                    QStringLiteral("--username=postgres"), QStringLiteral("--auth=trust"),
                                    QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C"),
                                    QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")},
                                   progress);
        !made)
        return made.error();
    if (Status configured = cluster->writeConfig(); !configured)
        return configured.error();

    const QString logPath = root.filePath(QStringLiteral("server.log"));
    cluster->m_postmaster = std::make_unique<QProcess>();
    cluster->m_postmaster->setWorkingDirectory(cluster->m_root);
    cluster->m_postmaster->setStandardOutputFile(logPath);
    cluster->m_postmaster->setStandardErrorFile(logPath, QIODevice::Append);
    cluster->setServerUserFor(*cluster->m_postmaster);
    cluster->m_postmaster->start(cluster->m_binDir + QStringLiteral("/postgres"),
                                 {QStringLiteral("-D"), cluster->m_dataDir});
    if (!cluster->m_postmaster->waitForStarted(30000))
        return environment(QStringLiteral("postgres: %1").arg(cluster->m_postmaster->errorString()));

    const QByteArray ping = cluster->connection().conninfo().toUtf8();
    QDeadlineTimer deadline(120000);
    while (PQping(ping.constData()) != PQPING_OK) {
        const auto lastWords = [&] {
            QFile log(logPath);
            log.open(QIODevice::ReadOnly);
            return QString::fromLocal8Bit(log.readAll()).trimmed().right(2000);
        };
        if (cluster->m_postmaster->state() == QProcess::NotRunning)
            return environment(
                QCoreApplication::translate("PgDrill", "The temporary PostgreSQL server ended: %1")
                    .arg(lastWords()));
        if (deadline.hasExpired())
            return environment(QCoreApplication::translate("PgDrill", "The temporary PostgreSQL server did "
                                                                      "not accept connections within 2 "
                                                                      "minutes: %1")
                                   .arg(lastWords()));
        if (progress.cancelled())
            return Cancelled{};
        QThread::msleep(25);
    }
    return cluster;
}

postgres::PgConnection TemporaryCluster::connection(const QString &dbname) const
{
    return postgres::PgConnection::fromOptions({{QStringLiteral("host"), m_socketDir},
                                                {QStringLiteral("port"), QString::number(kPort)},
                                                {QStringLiteral("dbname"), dbname},
                                                {QStringLiteral("user"), QStringLiteral("postgres")}});
}

QString TemporaryCluster::description() const
{
    return QCoreApplication::translate("PgDrill", "temporary cluster (PostgreSQL %1)").arg(m_major);
}

qint64 TemporaryCluster::postmasterPid() const
{
    return m_postmaster ? m_postmaster->processId() : 0;
}

void TemporaryCluster::stop()
{
    if (m_postmaster && m_postmaster->state() != QProcess::NotRunning) {
        const pid_t pid = pid_t(m_postmaster->processId());
        // Fast shutdown: the drill's sessions are ended, nothing is kept.
        ::kill(pid, SIGINT);
        if (!m_postmaster->waitForFinished(15000)) {
            ::kill(pid, SIGKILL);
            m_postmaster->waitForFinished(5000);
        }
    }
    m_postmaster.reset();
    if (!m_root.isEmpty())
        QDir(m_root).removeRecursively();
    m_root.clear();
}

QStringList TemporaryCluster::removeStale(const QString &parent)
{
    static const QRegularExpression pattern(QStringLiteral("^strongroom-pgdrill-(\\d+)-"));
    QStringList removed;
    for (const QString &name : QDir(parent).entryList({kPrefix + QLatin1Char('*')},
                                                      QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const auto match = pattern.match(name);
        if (!match.hasMatch() || processRuns(pid_t(match.captured(1).toInt())))
            continue;
        const QString folder = QDir(parent).filePath(name);
        // A postmaster that outlived its drill (no parent-death signal delivered) is stopped first.
        QFile pidFile(folder + QStringLiteral("/data/postmaster.pid"));
        if (pidFile.open(QIODevice::ReadOnly)) {
            const pid_t postmaster = pid_t(pidFile.readLine().trimmed().toInt());
            QFile comm(QStringLiteral("/proc/%1/comm").arg(postmaster));
            if (processRuns(postmaster) && comm.open(QIODevice::ReadOnly) &&
                comm.readAll().trimmed() == "postgres") {
                ::kill(postmaster, SIGQUIT);
                for (int i = 0; i < 200 && processRuns(postmaster); ++i)
                    QThread::msleep(25);
            }
        }
        if (QDir(folder).removeRecursively())
            removed.append(folder);
    }
    return removed;
}

} // namespace strongroom::pgbackup
