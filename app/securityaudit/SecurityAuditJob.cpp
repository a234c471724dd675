#include "securityaudit/SecurityAuditJob.h"

#include "backup/BackupCatalog.h"
#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "keylist/ListKeysJob.h"
#include "pgbackup/PgBackupCatalog.h"
#include "postgres/PgInfoJob.h"
#include "schedule/ScheduleStore.h"
#include "securityaudit/FileChecks.h"
#include "securityaudit/MachineChecks.h"
#include "securityaudit/PgChecks.h"
#include "sqlcipher/DatabaseOpener.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

namespace strongroom {

namespace {

QByteArray readSmall(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(4 * 1024 * 1024) : QByteArray();
}

struct Found
{
    QStringList databases, keyFiles, historyFolders, pgHistoryFolders, images;

    // A folder named as a backup folder: the catalog it holds says which kind.
    void addBackupFolder(const QString &folder)
    {
        const QDir dir(folder);
        if (QFile::exists(dir.filePath(BackupCatalog::catalogFileName())))
            historyFolders.append(dir.absolutePath());
        if (QFile::exists(dir.filePath(pgbackup::PgBackupCatalog::fileName())))
            pgHistoryFolders.append(dir.absolutePath());
    }
};

bool isDatabaseName(const QString &name)
{
    static const QStringList suffixes{QStringLiteral(".db"), QStringLiteral(".sqlite"),
                                      QStringLiteral(".sqlite3"), QStringLiteral(".db3"),
                                      QStringLiteral(".sqlcipher")};
    return std::any_of(suffixes.cbegin(), suffixes.cend(),
                       [&](const QString &s) { return name.endsWith(s, Qt::CaseInsensitive); });
}

void classify(const QFileInfo &file, Found &found)
{
    const QString path = file.absoluteFilePath();
    const QString name = file.fileName();
    if (name == BackupCatalog::catalogFileName()) {
        if (!found.historyFolders.contains(file.absolutePath()))
            found.historyFolders.append(file.absolutePath());
    } else if (name == pgbackup::PgBackupCatalog::fileName()) {
        found.pgHistoryFolders.append(file.absolutePath());
    } else if (name.endsWith(QLatin1String(".key"), Qt::CaseInsensitive) ||
               name.endsWith(QLatin1String(".keyfile"), Qt::CaseInsensitive))
        found.keyFiles.append(path);
    else if (isDatabaseName(name) && !isBackupFileName(name))
        found.databases.append(path);
    else if (file.size() >= 4096 && filechecks::isLuksImage(path))
        found.images.append(path);
}

} // namespace

QString SecurityAuditJob::title() const
{
    return QCoreApplication::translate("SecurityAudit", "Security audit");
}

QList<JobStep> SecurityAuditJob::steps() const
{
    return {JobStep{QCoreApplication::translate("SecurityAudit", "Find databases, keys, backups and volumes"),
                    false},
            JobStep{QCoreApplication::translate("SecurityAudit", "Check what was found"), false},
            JobStep{QCoreApplication::translate("SecurityAudit", "Check the PostgreSQL connections"), false},
            JobStep{QCoreApplication::translate("SecurityAudit", "Check the keys"), false},
            JobStep{QCoreApplication::translate("SecurityAudit", "Check this machine"), false}};
}

void SecurityAuditJob::run(JobContext &context)
{
    context.startStep(0);
    Found found;
    for (const QString &folder : std::as_const(m_request.knownHistoryFolders))
        found.addBackupFolder(folder);
    QSet<QString> consoleRetention;
    for (const keylistsettings::PgBackupFolderSetting &setting :
         std::as_const(m_request.knownPgBackupFolders)) {
        found.addBackupFolder(setting.folder);
        if (setting.retention)
            consoleRetention.insert(QDir(setting.folder).absolutePath());
    }
    for (const Schedule &schedule : ScheduleStore::at(m_request.scheduleFolder).list())
        found.addBackupFolder(schedule.watchedFolder());
    for (const QString &image : std::as_const(m_request.knownVolumeImages))
        if (filechecks::isLuksImage(image))
            found.images.append(QFileInfo(image).absoluteFilePath());
    int seen = 0;
    for (const QString &path : std::as_const(m_request.paths)) {
        const QFileInfo info(path);
        if (info.isFile()) {
            classify(info, found);
            continue;
        }
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext() && seen < 100000) {
            it.next();
            classify(it.fileInfo(), found);
            if (++seen % 256 == 0 && context.isCancelled())
                return;
        }
    }
    for (QStringList *list :
         {&found.databases, &found.keyFiles, &found.historyFolders, &found.pgHistoryFolders, &found.images})
        list->removeDuplicates();

    context.startStep(1, found.databases.size() + found.keyFiles.size() + found.historyFolders.size() +
                             found.pgHistoryFolders.size() + found.images.size());
    const KeyMaterial *key = m_request.key ? &*m_request.key : nullptr;
    QSet<QString> configLines;
    const std::optional<CipherSettings> custom =
        m_request.kdfIter ? std::optional(DatabaseOpener::customSettings(std::nullopt, m_request.kdfIter,
                                                                         QString(), QString(), std::nullopt))
                          : std::nullopt;
    for (const QString &database : std::as_const(found.databases)) {
        m_checks.append(filechecks::sqlcipherFile(database, key, custom));
        m_checks.append(filechecks::keysInConfigFiles(database, configLines));
        context.addProgress(1);
        if (context.isCancelled())
            return;
    }
    for (const QString &file : std::as_const(found.keyFiles)) {
        m_checks.append(filechecks::keyFile(file));
        context.addProgress(1);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &folder : std::as_const(found.historyFolders)) {
        m_checks.append(filechecks::backupFolder(folder, m_request.scheduleFolder, now));
        context.addProgress(1);
    }
    for (const QString &folder : std::as_const(found.pgHistoryFolders)) {
        m_checks.append(filechecks::pgBackupFolder(folder, m_request.scheduleFolder,
                                                   consoleRetention.contains(folder), now));
        context.addProgress(1);
    }
    for (const QString &image : std::as_const(found.images)) {
        m_checks.append(filechecks::luksImage(image));
        m_checks.append(filechecks::luksHeaderBackup(image, context.audit()));
        context.addProgress(1);
        if (context.isCancelled())
            return;
    }

    context.startStep(2, m_request.pgConnections.size());
    for (const QString &conninfo : std::as_const(m_request.pgConnections)) {
        Result<postgres::PgConnection> connection = postgres::PgConnection::parse(conninfo);
        if (!connection) {
            m_checks.append(pgchecks::notReached(conninfo, connection.error().message));
            continue;
        }
        const QString subject = connection->displayName();
        postgres::PgInfoJob info(postgres::PgInfoJob::Request{*connection, {}, false, 1});
        const JobReport report = context.runChild(info);
        if (report.outcome == JobOutcome::Cancelled)
            return;
        if (report.outcome == JobOutcome::Succeeded)
            m_checks.append(pgchecks::fromInfo(subject, info.info()));
        else
            m_checks.append(
                pgchecks::notReached(subject, report.error ? report.error->message : report.overview));
        context.addProgress(1);
    }

    context.startStep(3);
    KeyListRequest keys;
    keys.historyFolders = found.historyFolders;
    keys.volumeImages = found.images;
    keys.rotationDays = m_request.rotationDays;
    ListKeysJob list(keys);
    if (context.runChild(list).outcome == JobOutcome::Cancelled)
        return;
    for (const KnownKey &known : list.keys()) {
        const bool due = known.isDue(now, m_request.rotationDays);
        m_checks.append({QStringLiteral("keys.rotation"), QStringLiteral("keys"), known.keyId,
                         due ? SecurityCheck::Result::Warn : SecurityCheck::Result::Pass,
                         QCoreApplication::translate("SecurityAudit",
                                                     "%1: %2 days old, due on %3 (rotation every %4 days).")
                             .arg(known.label)
                             .arg(known.ageDays(now))
                             .arg(known.dueDate(m_request.rotationDays).toString(Qt::ISODate))
                             .arg(known.rotationDays(m_request.rotationDays)),
                         QCoreApplication::translate(
                             "SecurityAudit", "A key that never changes has had the longest time to leak."),
                         due ? QCoreApplication::translate(
                                   "SecurityAudit",
                                   "Rotate it: db rekey, key rewrap or volume change-key, as its kind needs.")
                             : QString()});
        if (const std::optional<SecurityCheck> recovery = filechecks::recoveryKey(known))
            m_checks.append(*recovery);
    }

    context.startStep(4);
    m_checks.append(machinechecks::aesNi(readSmall(QStringLiteral("/proc/cpuinfo"))));
    m_checks.append(machinechecks::swap(readSmall(QStringLiteral("/proc/swaps"))));
    m_checks.append(machinechecks::coreDumps());
    m_checks.append(machinechecks::auditChain(context.audit()));
    m_checks.append(machinechecks::auditJournal(context.audit()));
    m_checks.append(machinechecks::manualItems());

    QJsonArray checks;
    int counts[4] = {0, 0, 0, 0};
    for (const SecurityCheck &c : std::as_const(m_checks)) {
        checks.append(c.toJson());
        ++counts[int(c.result)];
    }
    const QJsonObject countsJson{{QStringLiteral("pass"), counts[0]},
                                 {QStringLiteral("warn"), counts[1]},
                                 {QStringLiteral("fail"), counts[2]},
                                 {QStringLiteral("manual"), counts[3]}};
    context.setData({{QStringLiteral("checks"), checks},
                     {QStringLiteral("counts"), countsJson},
                     {QStringLiteral("paths"), QJsonArray::fromStringList(m_request.paths)}});
    context.setOverview(
        QCoreApplication::translate("SecurityAudit", "%1 checks: %2 pass, %3 warn, %4 fail, %5 manual.")
            .arg(m_checks.size())
            .arg(counts[0])
            .arg(counts[1])
            .arg(counts[2])
            .arg(counts[3]));
    const AuditLog &log = context.audit();
    log.append(QStringLiteral("audit.run"), m_request.paths.join(QLatin1Char(' ')),
               QStringLiteral("succeeded"), {{QStringLiteral("counts"), countsJson}});
}

} // namespace strongroom
