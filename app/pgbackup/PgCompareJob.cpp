#include "pgbackup/PgCompareJob.h"

#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
#include "pgbackup/BackupSnapshot.h"
#include "pgbackup/PgBackupCheck.h"
#include "postgres/PgSnapshot.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace strongroom::pgbackup {

using namespace strongroom::postgres;

QString PgCompareJob::title() const
{
    return QCoreApplication::translate("PgBackup", "Compare PostgreSQL backup %1 with the live database")
        .arg(QFileInfo(m_request.file).fileName());
}

QList<JobStep> PgCompareJob::steps() const
{
    return {JobStep{QCoreApplication::translate("PgBackup", "Check checksums, manifest and key"), false},
            JobStep{QCoreApplication::translate("PgBackup", "Count the live database's rows"), false}};
}

void PgCompareJob::run(JobContext &context)
{
    auto checked = checkPgBackup(m_request.file, m_request.keys, context, 0);
    if (!checked) {
        if (!checked.cancelled())
            context.fail(checked.error());
        return;
    }
    const WorkProgress cancelled = workProgress(context).cancelOnly();
    auto session = PgSession::open(m_request.live, m_request.password, cancelled);
    if (!session) {
        if (!session.cancelled())
            context.fail(session.error());
        return;
    }
    // One snapshot for every count, so the live side describes one moment too.
    if (auto started = snapshot::exportFrom(**session, cancelled); !started) {
        if (!started.cancelled())
            context.fail(started.error());
        return;
    }
    auto tables = listTables(**session, cancelled);
    if (!tables) {
        if (!tables.cancelled())
            context.fail(tables.error());
        return;
    }
    context.startStep(1, tables->size());
    QMap<QString, qint64> live;
    for (const PgTable &table : *tables) {
        auto counted = (*session)->exec(
            QStringLiteral("SELECT count(*) FROM ONLY %1.%2")
                .arg((*session)->quoteIdentifier(table.schema), (*session)->quoteIdentifier(table.name)),
            {}, cancelled);
        if (!counted) {
            if (!counted.cancelled())
                context.fail(counted.error());
            return;
        }
        live.insert(table.qualified(), counted->value().toLongLong());
        context.addProgress(1);
    }
    const QMap<QString, qint64> &backup = checked->manifest.rowCounts;
    QStringList names = backup.keys();
    for (const QString &name : live.keys())
        if (!names.contains(name))
            names.append(name);
    names.sort();
    QJsonArray comparison;
    int differing = 0;
    for (const QString &name : std::as_const(names)) {
        const qint64 inBackup = backup.value(name, -1);
        const qint64 inLive = live.value(name, -1);
        const bool equal = inBackup == inLive;
        differing += equal ? 0 : 1;
        comparison.append(
            QJsonObject{{QStringLiteral("table"), name},
                        {QStringLiteral("backup"), inBackup},
                        {QStringLiteral("live"), inLive},
                        {QStringLiteral("difference"),
                         inBackup >= 0 && inLive >= 0 ? QJsonValue(inBackup - inLive) : QJsonValue()}});
        context.addDetail(QStringLiteral("%1  %2  %3  %4")
                              .arg(name)
                              .arg(inBackup < 0 ? QStringLiteral("-") : QString::number(inBackup))
                              .arg(inLive < 0 ? QStringLiteral("-") : QString::number(inLive))
                              .arg(equal ? QStringLiteral("=")
                                   : inBackup >= 0 && inLive >= 0
                                       ? QString::number(inBackup - inLive)
                                       : QCoreApplication::translate("PgBackup", "only one side")));
    }
    context.setData({{QStringLiteral("file"), QFileInfo(m_request.file).absoluteFilePath()},
                     {QStringLiteral("live"), m_request.live.conninfo()},
                     {QStringLiteral("backupCreated"), checked->manifest.created.toString(Qt::ISODate)},
                     {QStringLiteral("comparison"), comparison},
                     {QStringLiteral("differing"), differing}});
    context.setOverview(QCoreApplication::translate("PgBackup",
                                                    "%1 tables compared, %2 differ (backup of %3 against "
                                                    "the live database now).")
                            .arg(names.size())
                            .arg(differing)
                            .arg(checked->manifest.created.toString(Qt::ISODate)));
}

} // namespace strongroom::pgbackup
