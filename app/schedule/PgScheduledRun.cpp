#include "schedule/PgScheduledRun.h"

#include "age/IdentityFile.h"
#include "core/JobContext.h"
#include "pgbackup/PgBackupCatalog.h"
#include "pgbackup/PgBackupHistoryJobs.h"
#include "pgbackup/PgBackupJob.h"
#include "pgbackup/PgBackupManifest.h"
#include "pgbackup/PgVerifyJob.h"
#include "schedule/ScheduledBackupStep.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace strongroom::pgschedule {

namespace {

// An age identity file's text opens the backups with its identities; anything else is the passphrase.
Result<age::DecryptKeys> decryptKeys(const KeyMaterial &key)
{
    age::DecryptKeys keys;
    const QByteArrayView text(key.secret().constData(), key.secret().size());
    if (!text.contains(QByteArrayView("AGE-SECRET-KEY-"))) {
        keys.passphrase = key;
        return keys;
    }
    Result<age::IdentitySet> set =
        age::parseIdentitySet(text, QCoreApplication::translate("ScheduledRunJob", "the schedule's key"));
    if (!set)
        return set.error();
    keys.identities = set->x25519;
    keys.hybridIdentities = set->hybrid;
    return keys;
}

} // namespace

bool isPgBackupFolder(const QString &folder)
{
    return QFile::exists(QDir(folder).filePath(pgbackup::PgBackupCatalog::fileName()));
}

bool looksLikeConnection(const QString &target)
{
    return target.contains(QLatin1Char('=')) || target.startsWith(QLatin1String("postgres://")) ||
           target.startsWith(QLatin1String("postgresql://"));
}

void runBackup(JobContext &context, const Schedule &schedule, const std::optional<KeyMaterial> &key,
               QJsonObject &report, std::optional<Error> &error)
{
    context.startStep(0);
    Result<postgres::PgConnection> connection = postgres::PgConnection::parse(schedule.target);
    if (!connection) {
        error = connection.error();
        return;
    }
    pgbackup::PgBackupRequest request;
    request.connection = *connection;
    request.folder = schedule.watchedFolder();
    if (!schedule.recipients.isEmpty()) {
        Result<age::RecipientSet> recipients = age::parseRecipientSet(
            schedule.recipients.join(QLatin1Char('\n')).toUtf8(),
            QCoreApplication::translate("ScheduledRunJob", "the schedule's recipients"));
        if (!recipients) {
            error = recipients.error();
            return;
        }
        request.age.recipients = recipients->x25519;
        request.age.hybridRecipients = recipients->hybrid;
    } else if (key) {
        request.age.passphrase = *key;
    } else {
        error = Error(ExitCode::Usage,
                      QCoreApplication::translate(
                          "ScheduledRunJob", "The backup of %1 needs its recipients or its passphrase: the "
                                             "service gives the passphrase with --key-file %d/%2.")
                          .arg(connection->displayName(), schedule.credentialName()));
        return;
    }
    pgbackup::PgBackupJob backup(request);
    const std::optional<JobReport> made = runScheduledBackup(context, backup, schedule, report, error);
    if (!made)
        return;
    pgbackup::PrunePgBackupsJob prune(request.folder, *schedule.keep, false);
    const JobReport pruned = context.runChild(prune);
    const QJsonArray removed = pruned.data.value(QStringLiteral("removed")).toArray();
    if (pruned.error)
        error = pruned.error;
    report.insert(QStringLiteral("policy"), schedule.keep->toString());
    report.insert(QStringLiteral("removed"), removed);
    report.insert(
        QStringLiteral("overview"),
        QString(made->overview + QLatin1Char(' ') +
                QCoreApplication::translate("ScheduledRunJob", "Retention (%1) removed %2 older backups.")
                    .arg(schedule.keep->toString())
                    .arg(removed.size())));
}

void runDrill(JobContext &context, const Schedule &schedule, const std::optional<KeyMaterial> &key,
              QJsonObject &report, std::optional<Error> &error)
{
    context.startStep(0);
    const QString folder = schedule.watchedFolder();
    Result<QList<pgbackup::PgBackupEntry>> entries = pgbackup::PgBackupCatalog(folder).entries();
    if (!entries) {
        error = entries.error();
        return;
    }
    const auto newest = std::find_if(entries->cbegin(), entries->cend(),
                                     [](const pgbackup::PgBackupEntry &e) { return e.catalogued; });
    if (newest == entries->cend()) {
        error = Error(ExitCode::Failure,
                      QCoreApplication::translate("ScheduledRunJob",
                                                  "There is no backup in %1 to drill a restore with.")
                          .arg(folder),
                      QStringLiteral("no-backup"));
        return;
    }
    if (!key) {
        error = Error(ExitCode::Usage,
                      QCoreApplication::translate(
                          "ScheduledRunJob", "The drill of %1 needs the backups' identity or passphrase: the "
                                             "service gives it with --key-file %d/%2.")
                          .arg(folder, schedule.credentialName()));
        return;
    }
    Result<age::DecryptKeys> keys = decryptKeys(*key);
    if (!keys) {
        error = keys.error();
        return;
    }
    pgbackup::PgVerifyRequest request;
    request.file = pgbackup::PgBackupFiles{folder, newest->stem}.dump();
    request.keys = *keys;
    // The highest level always: a restore drill, into a temporary cluster of Strongroom's own unless
    // the schedule names a server.
    request.level = 3;
    QString levelNote = QCoreApplication::translate(
        "ScheduledRunJob",
        "Level 3: restored into a temporary PostgreSQL cluster started for the drill, every "
        "count compared.");
    if (!schedule.drillServer.isEmpty()) {
        Result<postgres::PgConnection> server = postgres::PgConnection::parse(schedule.drillServer);
        if (!server) {
            error = server.error();
            return;
        }
        request.drillServer = *server;
        levelNote =
            QCoreApplication::translate(
                "ScheduledRunJob", "Level 3: restored into a scratch database on %1, every count compared.")
                .arg(server->displayName());
    }
    report.insert(QStringLiteral("drilled"), request.file);
    report.insert(QStringLiteral("drilled_created"), newest->created.toString(Qt::ISODate));
    context.startStep(1);
    pgbackup::PgVerifyJob verify(request);
    const JobReport checked = context.runChild(verify);
    report.insert(QStringLiteral("verification"), checked.data);
    report.insert(QStringLiteral("level"), request.level);
    report.insert(QStringLiteral("level_note"), levelNote);
    if (checked.error)
        error = checked.error;
    else if (checked.outcome == JobOutcome::Succeeded)
        report.insert(QStringLiteral("overview"), QString(checked.overview + QLatin1Char(' ') + levelNote));
}

} // namespace strongroom::pgschedule
