#include "pgbackup/PgClientTool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace strongroom::pgbackup {

namespace {

QStringList candidates(const QString &name, int serverMajor)
{
    QStringList found;
    const QString root = PgClientTool::versionsFolder();
    const QString ours = QStringLiteral("%1/%2/bin/%3").arg(root).arg(serverMajor).arg(name);
    if (QFileInfo(ours).isExecutable())
        found.append(ours);
    QDir versions(root);
    QList<int> majors;
    for (const QString &entry : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (entry.toInt() > 0)
            majors.append(entry.toInt());
    std::sort(majors.begin(), majors.end(), std::greater<>());
    for (int major : majors) {
        const QString path = QStringLiteral("%1/%2/bin/%3").arg(root).arg(major).arg(name);
        if (QFileInfo(path).isExecutable() && !found.contains(path))
            found.append(path);
    }
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        found.append(onPath);
    return found;
}

} // namespace

QString PgClientTool::versionsFolder()
{
    return qEnvironmentVariable("STRONGROOM_PG_LIBDIR", QStringLiteral("/usr/lib/postgresql"));
}

Result<PgClientTool> PgClientTool::find(const QString &name, int serverMajor)
{
    const QString package = QStringLiteral("postgresql-client-%1").arg(serverMajor);
    std::optional<PgClientTool> newest;
    for (const QString &program : candidates(name, serverMajor)) {
        QProcess process;
        process.start(program, {QStringLiteral("--version")});
        if (!process.waitForFinished(10000))
            continue;
        // "pg_dump (PostgreSQL) 17.2 (Debian 17.2-1)"
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("\\(PostgreSQL\\) (\\d+)(\\.\\d+)?")).match(text);
        if (!match.hasMatch())
            continue;
        PgClientTool tool{program, match.captured(1).toInt(), match.captured(1) + match.captured(2)};
        if (tool.major >= serverMajor)
            return tool;
        if (!newest || tool.major > newest->major)
            newest = tool;
    }
    if (newest)
        return Error(ExitCode::Environment,
                     QCoreApplication::translate("PgBackup", "%1 is version %2, older than the server "
                                                             "(%3): it cannot read that server. Install "
                                                             "the package %4.")
                         .arg(newest->program, newest->version)
                         .arg(serverMajor)
                         .arg(package),
                     QStringLiteral("missing-tool"));
    return Error(ExitCode::Environment,
                 QCoreApplication::translate("PgBackup", "%1 is not installed. Install the package %2.")
                     .arg(name, package),
                 QStringLiteral("missing-tool"));
}

} // namespace strongroom::pgbackup
