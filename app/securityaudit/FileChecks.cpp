#include "securityaudit/FileChecks.h"

#include "backup/BackupCatalog.h"
#include "core/AuditLog.h"
#include "pgbackup/PgBackupCatalog.h"
#include "pgbackup/PgBackupManifest.h"
#include "schedule/FolderDrill.h"
#include "schedule/ScheduleStore.h"
#include "schedule/WatchStatus.h"
#include "sqlcipher/DatabaseOpener.h"
#include "sqlcipher/FileMagic.h"
#include "volumes/VolumeInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>

namespace strongroom::filechecks {

namespace {

SecurityCheck check(const QString &id, const QString &area, const QString &subject,
                    SecurityCheck::Result result, const QString &evidence, const QString &why,
                    const QString &fix)
{
    return SecurityCheck{id, area, subject, result, evidence, why, fix};
}

QString modeText(mode_t mode)
{
    return QStringLiteral("%1").arg(mode & 0777, 4, 8, QLatin1Char('0'));
}

// PBKDF2-SHA256 iterations this machine computes per second (what an attacker's one core does).
double pbkdf2PerSecond()
{
    static const double rate = [] {
        unsigned char out[32];
        const int iterations = 200000;
        QElapsedTimer timer;
        timer.start();
        PKCS5_PBKDF2_HMAC("benchmark", 9, reinterpret_cast<const unsigned char *>("saltsalt"), 8, iterations,
                          EVP_sha256(), sizeof out, out);
        return iterations * 1000.0 / double(std::max<qint64>(1, timer.elapsed()));
    }();
    return rate;
}

// NAME=value or NAME: value where NAME says key, secret or password.
const QRegularExpression &keyAssignment()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.-]*(?:KEY|SECRET|PASS(?:WORD|PHRASE)?)[A-Za-z0-9_]*)"
            "\\s*[=:]\\s*['\"]?([^'\"\\s#]+)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

bool isConfigName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "^(\\.env(\\..*)?|.*\\.env|.*\\.(conf|cfg|ini|toml|ya?ml|properties)|config(\\.\\w+)?)$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

// The newest backup's age: older than a week (or none) warns; `fix` says how to schedule backups.
SecurityCheck lastBackupAge(const QString &folder, const QDateTime &newest, const QDateTime &now,
                            const QString &fix)
{
    const bool stale = !newest.isValid() || newest.daysTo(now) > 7;
    return check(
        QStringLiteral("backups.last-backup-age"), QStringLiteral("backups"), folder,
        stale ? SecurityCheck::Result::Warn : SecurityCheck::Result::Pass,
        newest.isValid()
            ? QCoreApplication::translate("SecurityAudit", "The newest backup is from %1 (%2 days ago).")
                  .arg(newest.toString(Qt::ISODate))
                  .arg(newest.daysTo(now))
            : QCoreApplication::translate("SecurityAudit", "There is no backup."),
        QCoreApplication::translate("SecurityAudit", "A backup older than a week loses a week of data."),
        stale ? fix : QString());
}

// The backup files of `folder` that others can read (`readable`, by name): any fails.
SecurityCheck readableByOthers(const QString &folder, const QStringList &readable)
{
    return check(QStringLiteral("backups.readable-by-others"), QStringLiteral("backups"), folder,
                 readable.isEmpty() ? SecurityCheck::Result::Pass : SecurityCheck::Result::Fail,
                 readable.isEmpty()
                     ? QCoreApplication::translate("SecurityAudit", "No backup is readable by others.")
                     : QCoreApplication::translate("SecurityAudit", "Readable by others: %1")
                           .arg(readable.join(QStringLiteral(", "))),
                 QCoreApplication::translate("SecurityAudit",
                                             "Other users can copy the backups and attack them offline."),
                 readable.isEmpty()
                     ? QString()
                     : QCoreApplication::translate("SecurityAudit", "chmod 600 the files and chmod 700 %1")
                           .arg(folder));
}

// Retention: `appliedBy` says what applies a policy to the folder; empty when nothing does.
SecurityCheck retentionSet(const QString &folder, const QString &appliedBy, const QString &fix)
{
    return check(
        QStringLiteral("backups.retention"), QStringLiteral("backups"), folder,
        appliedBy.isEmpty() ? SecurityCheck::Result::Warn : SecurityCheck::Result::Pass,
        appliedBy.isEmpty() ? QCoreApplication::translate(
                                  "SecurityAudit", "No schedule applies a retention policy to this folder.")
                            : appliedBy,
        QCoreApplication::translate(
            "SecurityAudit", "Without retention the folder grows until the disk is full and backups stop."),
        appliedBy.isEmpty() ? fix : QString());
}

// The newest successful restore drill (drills::newestDrill, as `status` sees it): older than the
// drill age `status` and the console's watch use (30 days unless set), or none, warns.
SecurityCheck lastDrillAge(const QString &folder, const FolderDrill &drilled, const QDateTime &now)
{
    const bool oldDrill = !drilled.isValid() || drilled.time.daysTo(now) > watchsettings::drillMaxAgeDays();
    return check(
        QStringLiteral("backups.last-drill-age"), QStringLiteral("backups"), folder,
        oldDrill ? SecurityCheck::Result::Warn : SecurityCheck::Result::Pass,
        !drilled.isValid()
            ? QCoreApplication::translate("SecurityAudit", "No restore drill has succeeded for this folder.")
        : drilled.byHand()
            ? QCoreApplication::translate("SecurityAudit",
                                          "The last successful restore drill was run by hand at %1.")
                  .arg(drilled.time.toString(Qt::ISODate))
            : QCoreApplication::translate("SecurityAudit", "The last successful restore drill was at %1.")
                  .arg(drilled.time.toString(Qt::ISODate)),
        QCoreApplication::translate("SecurityAudit", "A backup nobody restores may not restore."),
        oldDrill ? QCoreApplication::translate("SecurityAudit",
                                               "strongroom-cli schedule add drill %1 --weekly Sun 04:00")
                       .arg(folder)
                 : QString());
}

} // namespace

QList<SecurityCheck> sqlcipherFile(const QString &path, const KeyMaterial *key,
                                   const std::optional<CipherSettings> &custom)
{
    QList<SecurityCheck> checks;
    const FileMagic magic = FileMagic::identifyFile(path);
    if (magic.kind == FileMagic::Kind::PlainSqlite) {
        checks.append(check(
            QStringLiteral("sqlcipher.encrypted"), QStringLiteral("sqlcipher"), path,
            SecurityCheck::Result::Fail,
            QCoreApplication::translate("SecurityAudit",
                                        "The file starts with \"SQLite format 3\": it is not encrypted."),
            QCoreApplication::translate("SecurityAudit",
                                        "Anyone who can read the file or a copy of it reads every row."),
            QCoreApplication::translate("SecurityAudit",
                                        "Encrypt it: strongroom-cli db encrypt %1 --new-key-env NAME")
                .arg(path)));
        return checks;
    }
    if (magic.kind != FileMagic::Kind::Unknown)
        return checks; // not a database
    checks.append(check(
        QStringLiteral("sqlcipher.encrypted"), QStringLiteral("sqlcipher"), path, SecurityCheck::Result::Pass,
        QCoreApplication::translate("SecurityAudit", "No plain header: the file is encrypted."),
        QCoreApplication::translate("SecurityAudit",
                                    "An encrypted file keeps its rows from whoever copies it."),
        QString()));
    if (!key) {
        checks.append(check(
            QStringLiteral("sqlcipher.settings"), QStringLiteral("sqlcipher"), path,
            SecurityCheck::Result::Manual,
            QCoreApplication::translate("SecurityAudit",
                                        "No key was given, so the KDF and HMAC settings were not read."),
            QCoreApplication::translate("SecurityAudit", "Weak settings make a stolen copy cheap to attack."),
            QCoreApplication::translate(
                "SecurityAudit",
                "Run the audit with --key-env, --key-file or --passphrase-stdin for this database.")));
        return checks;
    }
    OpenRequest request;
    request.path = path;
    request.key = *key;
    request.userSettings = custom;
    request.rememberSettings = false;
    const OpenDiagnosis diagnosis = DatabaseOpener::open(request);
    if (!diagnosis.opened() || !diagnosis.session->facts().settings) {
        checks.append(check(
            QStringLiteral("sqlcipher.settings"), QStringLiteral("sqlcipher"), path,
            SecurityCheck::Result::Warn, diagnosis.message,
            QCoreApplication::translate("SecurityAudit", "Weak settings make a stolen copy cheap to attack."),
            QCoreApplication::translate(
                "SecurityAudit", "Give the key of this database (and --kdf-iter N when it was made with "
                                 "its own) to check its settings.")));
        return checks;
    }
    const CipherSettings settings = *diagnosis.session->facts().settings;
    diagnosis.session->close();
    const bool rawKey = key->secret().size() > 0 && key->secret().constData()[0] == 'x';
    const bool weakKdf = settings.kdfIter < 256000 && !rawKey;
    checks.append(check(
        QStringLiteral("sqlcipher.kdf-iterations"), QStringLiteral("sqlcipher"), path,
        weakKdf ? SecurityCheck::Result::Fail : SecurityCheck::Result::Pass,
        rawKey ? QCoreApplication::translate("SecurityAudit",
                                             "kdf_iter = %1; the key is a raw key, which skips the KDF.")
                     .arg(settings.kdfIter)
               : QCoreApplication::translate("SecurityAudit", "kdf_iter = %1 (%2).")
                     .arg(settings.kdfIter)
                     .arg(settings.profileName()),
        QCoreApplication::translate(
            "SecurityAudit",
            "Each guess at a passphrase costs the attacker kdf_iter PBKDF2 rounds; below 256,000 "
            "guessing is cheap."),
        weakKdf ? QCoreApplication::translate("SecurityAudit",
                                              "Migrate to SQLCipher 4 settings: strongroom-cli db migrate %1")
                      .arg(path)
                : QString()));
    checks.append(check(
        QStringLiteral("sqlcipher.hmac"), QStringLiteral("sqlcipher"), path,
        settings.useHmac ? SecurityCheck::Result::Pass : SecurityCheck::Result::Fail,
        settings.useHmac
            ? QCoreApplication::translate("SecurityAudit", "Page HMAC on (%1).").arg(settings.hmacAlgorithm)
            : QCoreApplication::translate("SecurityAudit", "Page HMAC off (SQLCipher 1 settings)."),
        QCoreApplication::translate("SecurityAudit", "Without page HMACs a changed page is not detected."),
        settings.useHmac
            ? QString()
            : QCoreApplication::translate("SecurityAudit", "Migrate it: strongroom-cli db migrate %1")
                  .arg(path)));
    return checks;
}

SecurityCheck keyFile(const QString &path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return check(
            QStringLiteral("files.key-file-mode"), QStringLiteral("files"), path, SecurityCheck::Result::Warn,
            QCoreApplication::translate("SecurityAudit", "Cannot read its mode."), QString(), QString());
    const bool open = (st.st_mode & 077) != 0;
    const bool foreign = st.st_uid != ::geteuid();
    return check(QStringLiteral("files.key-file-mode"), QStringLiteral("files"), path,
                 open || foreign ? SecurityCheck::Result::Fail : SecurityCheck::Result::Pass,
                 QCoreApplication::translate("SecurityAudit", "Mode %1, owner uid %2.")
                     .arg(modeText(st.st_mode))
                     .arg(st.st_uid),
                 QCoreApplication::translate("SecurityAudit",
                                             "A key file that others can read gives them the data it opens."),
                 open || foreign ? QCoreApplication::translate("SecurityAudit", "chmod 600 %1 && chown %2 %1")
                                       .arg(path)
                                       .arg(::geteuid())
                                 : QString());
}

QList<SecurityCheck> keysInConfigFiles(const QString &databasePath, QSet<QString> &seen)
{
    QList<SecurityCheck> checks;
    QDir folder = QFileInfo(databasePath).absoluteDir();
    bool found = false;
    for (int depth = 0; depth < 8; ++depth) {
        const QFileInfoList files = folder.entryInfoList(
            QDir::Files | QDir::Hidden | QDir::Readable | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &file : files) {
            if (!isConfigName(file.fileName()) || file.size() > 1024 * 1024 || file.isSymLink())
                continue;
            const QString path = file.absoluteFilePath();
            QFile text(path);
            if (!text.open(QIODevice::ReadOnly))
                continue;
            int lineNumber = 0;
            while (!text.atEnd()) {
                const QString line = QString::fromUtf8(text.readLine());
                ++lineNumber;
                const QRegularExpressionMatch match = keyAssignment().match(line);
                if (!match.hasMatch())
                    continue;
                found = true;
                if (seen.contains(path + QLatin1Char(':') + QString::number(lineNumber)))
                    continue;
                seen.insert(path + QLatin1Char(':') + QString::number(lineNumber));
                const bool othersRead = file.permissions() & QFileDevice::ReadOther;
                checks.append(
                    check(QStringLiteral("files.key-in-config"), QStringLiteral("files"), path,
                          SecurityCheck::Result::Fail,
                          QCoreApplication::translate(
                              "SecurityAudit",
                              "Line %1 assigns %2 (a value of %3 characters, not shown)%4; near %5.")
                              .arg(lineNumber)
                              .arg(match.captured(1))
                              .arg(match.captured(2).size())
                              .arg(othersRead ? QCoreApplication::translate(
                                                    "SecurityAudit", ", and the file is readable by others")
                                              : QString(),
                                   databasePath),
                          QCoreApplication::translate(
                              "SecurityAudit",
                              "A key beside the database is taken with it: whoever reads the folder or a "
                              "backup of it "
                              "has both."),
                          QCoreApplication::translate(
                              "SecurityAudit",
                              "Move the key out of %1 into a systemd credential or the desktop keyring, "
                              "give it to the "
                              "application at start (LoadCredential=, --key-file with mode 0600 "
                              "elsewhere), and rekey the "
                              "database, since the old key must be taken as known.")
                              .arg(path)));
            }
        }
        if (!folder.cdUp())
            break;
    }
    if (!found)
        checks.append(
            check(QStringLiteral("files.key-in-config"), QStringLiteral("files"), databasePath,
                  SecurityCheck::Result::Pass,
                  QCoreApplication::translate(
                      "SecurityAudit",
                      "No .env or config file in its folder or its parents assigns a key, secret or "
                      "password."),
                  QCoreApplication::translate("SecurityAudit", "A key beside the database is taken with it."),
                  QString()));
    return checks;
}

QList<SecurityCheck> backupFolder(const QString &folder, const QString &scheduleFolder, const QDateTime &now)
{
    QList<SecurityCheck> checks;
    const BackupCatalog catalog(folder);
    const Result<QList<BackupRecord>> records = catalog.list();
    if (!records)
        return checks;
    QStringList readable, plain;
    for (const BackupRecord &record : records.value()) {
        const QString path = catalog.pathOf(record);
        if (QFileInfo(path).permissions() & QFileDevice::ReadOther)
            readable.append(record.fileName);
        if (FileMagic::identifyFile(path).kind == FileMagic::Kind::PlainSqlite)
            plain.append(record.fileName);
    }
    checks.append(check(
        QStringLiteral("backups.encrypted"), QStringLiteral("backups"), folder,
        plain.isEmpty() ? SecurityCheck::Result::Pass : SecurityCheck::Result::Fail,
        plain.isEmpty()
            ? QCoreApplication::translate("SecurityAudit", "%1 backups, none plain.").arg(records->size())
            : QCoreApplication::translate("SecurityAudit", "Not encrypted: %1")
                  .arg(plain.join(QStringLiteral(", "))),
        QCoreApplication::translate("SecurityAudit", "A plain backup undoes the database's encryption."),
        plain.isEmpty()
            ? QString()
            : QCoreApplication::translate("SecurityAudit", "Remove them after taking encrypted backups.")));
    checks.append(readableByOthers(folder, readable));
    checks.append(lastBackupAge(
        folder, records->isEmpty() ? QDateTime() : records->first().created, now,
        QCoreApplication::translate(
            "SecurityAudit", "Schedule one: strongroom-cli schedule add backup DB --daily 02:30 --dir %1")
            .arg(folder)));
    bool retention = false;
    const ScheduleStore store = ScheduleStore::at(scheduleFolder);
    for (const Schedule &schedule : store.list())
        if (schedule.watchedFolder() == QDir(folder).absolutePath() &&
            schedule.kind == Schedule::Kind::Backup && schedule.keep)
            retention = true;
    checks.append(retentionSet(
        folder,
        retention
            ? QCoreApplication::translate("SecurityAudit", "A backup schedule applies a retention policy.")
            : QString(),
        QCoreApplication::translate("SecurityAudit",
                                    "Add --keep-daily 7 --keep-weekly 4 to the backup schedule.")));
    checks.append(lastDrillAge(folder, drills::newestDrill(folder, store), now));
    return checks;
}

namespace {

bool startsAsAge(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(40);
    return head.startsWith("age-encryption.org/") || head.startsWith("-----BEGIN AGE ENCRYPTED FILE-----");
}

// A pg_dump or pg_dumpall output left unencrypted beside the backups: a custom-format dump starts
// with "PGDMP"; plain SQL and compressed copies are known by their names.
bool isPlainDump(const QFileInfo &file)
{
    static const QStringList suffixes{QStringLiteral(".dump"),    QStringLiteral(".sql"),
                                      QStringLiteral(".sql.gz"),  QStringLiteral(".sql.zst"),
                                      QStringLiteral(".sql.xz"),  QStringLiteral(".dump.zst"),
                                      QStringLiteral(".dump.gz"), QStringLiteral(".backup"),
                                      QStringLiteral(".pgdump"),  QStringLiteral(".tar")};
    const QString name = file.fileName();
    if (std::any_of(suffixes.cbegin(), suffixes.cend(),
                    [&](const QString &suffix) { return name.endsWith(suffix, Qt::CaseInsensitive); }))
        return true;
    QFile content(file.absoluteFilePath());
    return content.open(QIODevice::ReadOnly) && content.read(5) == QByteArray("PGDMP");
}

} // namespace

QList<SecurityCheck> pgBackupFolder(const QString &folder, const QString &scheduleFolder,
                                    bool consoleRetention, const QDateTime &now)
{
    QList<SecurityCheck> checks;
    const QString absolute = QDir(folder).absolutePath();
    const Result<QList<pgbackup::PgBackupEntry>> entries = pgbackup::PgBackupCatalog(absolute).entries();
    if (!entries) {
        checks.append(check(QStringLiteral("backups.encrypted"), QStringLiteral("backups"), absolute,
                            SecurityCheck::Result::Warn, entries.error().message,
                            QCoreApplication::translate("SecurityAudit",
                                                        "A catalog that cannot be read hides what the folder "
                                                        "holds from pruning, drills and this audit."),
                            QCoreApplication::translate(
                                "SecurityAudit", "Check the file with strongroom-cli pg backup list %1")
                                .arg(absolute)));
        return checks;
    }
    QStringList plain, readable;
    int encrypted = 0;
    const QFileInfoList files = QDir(absolute).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &file : files) {
        const QString name = file.fileName();
        bool backupFile = false;
        if (name.endsWith(QLatin1String(".age"))) {
            backupFile = true;
            if (startsAsAge(file.absoluteFilePath()))
                ++encrypted;
            else
                plain.append(name);
        } else if (isPlainDump(file)) {
            backupFile = true;
            plain.append(name);
        }
        if (backupFile && (file.permissions() & QFileDevice::ReadOther))
            readable.append(name);
    }
    checks.append(check(
        QStringLiteral("backups.encrypted"), QStringLiteral("backups"), absolute,
        plain.isEmpty() ? SecurityCheck::Result::Pass : SecurityCheck::Result::Fail,
        plain.isEmpty()
            ? QCoreApplication::translate("SecurityAudit",
                                          "%1 PostgreSQL backups; all %2 files age-encrypted, no plain dump.")
                  .arg(entries->size())
                  .arg(encrypted)
            : QCoreApplication::translate("SecurityAudit", "Not encrypted: %1")
                  .arg(plain.join(QStringLiteral(", "))),
        QCoreApplication::translate("SecurityAudit",
                                    "A plain dump holds every row of the database for whoever reads it."),
        plain.isEmpty() ? QString()
                        : QCoreApplication::translate(
                              "SecurityAudit", "Delete the plain dumps (after strongroom-cli pg backup made "
                                               "encrypted ones) and check where else copies went.")));
    checks.append(readableByOthers(absolute, readable));
    checks.append(lastBackupAge(
        absolute, entries->isEmpty() ? QDateTime() : entries->first().created, now,
        QCoreApplication::translate("SecurityAudit",
                                    "Schedule one: strongroom-cli schedule add backup \"dbname=DB\" --dir %1 "
                                    "--daily 02:30 --recipient age1... --keep-daily 7")
            .arg(absolute)));

    QStringList appliedBy;
    for (const Schedule &schedule : ScheduleStore::at(scheduleFolder).list())
        if (schedule.kind == Schedule::Kind::Backup && schedule.engine == Schedule::Engine::Postgres &&
            schedule.keep && QDir(schedule.watchedFolder()).absolutePath() == absolute)
            appliedBy.append(QCoreApplication::translate("SecurityAudit", "schedule %1 (%2)")
                                 .arg(schedule.name, schedule.keep->toString()));
    if (consoleRetention)
        appliedBy.append(QCoreApplication::translate("SecurityAudit", "the console's Back Up Now"));
    checks.append(retentionSet(
        absolute,
        appliedBy.isEmpty() ? QString()
                            : QCoreApplication::translate("SecurityAudit", "Retention is applied by %1.")
                                  .arg(appliedBy.join(QStringLiteral(", "))),
        QCoreApplication::translate(
            "SecurityAudit", "Add --keep-daily 7 --keep-weekly 4 --keep-monthly 12 to the backup schedule, "
                             "or run strongroom-cli pg backup prune %1 --keep-daily 7 after each backup.")
            .arg(absolute)));

    // The catalog keeps each level-3 drill with the backup it restored (pg verify records it);
    // lower levels never restore, so they are not drills. The newest one whose counts differed
    // fails; otherwise the age of the newest successful drill counts, as for `status`.
    QDateTime newestDrill;
    QString failedStem;
    for (const pgbackup::PgBackupEntry &entry : entries.value())
        for (const pgbackup::PgDrillRecord &drill : entry.drills) {
            if (!newestDrill.isValid() || drill.time > newestDrill) {
                newestDrill = drill.time;
                failedStem = drill.countsEqual ? QString() : entry.stem;
            }
        }
    if (!failedStem.isEmpty())
        checks.append(check(
            QStringLiteral("backups.last-drill-age"), QStringLiteral("backups"), absolute,
            SecurityCheck::Result::Fail,
            QCoreApplication::translate("SecurityAudit",
                                        "The newest restore drill (%1, of %2) found row counts that differ "
                                        "from the backup's manifest.")
                .arg(newestDrill.toUTC().toString(Qt::ISODate), failedStem),
            QCoreApplication::translate("SecurityAudit", "A backup nobody restores may not restore."),
            QCoreApplication::translate("SecurityAudit",
                                        "Find out why with strongroom-cli pg verify --level 3 on that "
                                        "backup, and take a new backup.")));
    else
        checks.append(
            lastDrillAge(absolute, drills::newestDrill(absolute, ScheduleStore::at(scheduleFolder)), now));
    return checks;
}

bool isLuksImage(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(6) == QByteArray("LUKS\xba\xbe", 6);
}

QList<SecurityCheck> luksImage(const QString &image)
{
    QList<SecurityCheck> checks;
    const Result<VolumeInfo> info = readVolumeInfo(image);
    if (!info)
        return checks;
    bool recovery = false;
    int unnamed = 0, active = 0;
    for (const KeySlotInfo &slot : info->keySlots) {
        if (!slot.state.startsWith(QLatin1String("active")))
            continue;
        ++active;
        recovery = recovery || slot.name == QLatin1String("recovery");
        if (slot.name.isEmpty())
            ++unnamed;
        const QString subject =
            QCoreApplication::translate("SecurityAudit", "%1 slot %2").arg(image).arg(slot.slot);
        if (slot.pbkdf == QLatin1String("pbkdf2")) {
            const double seconds = slot.iterations / pbkdf2PerSecond();
            checks.append(check(
                QStringLiteral("luks.pbkdf"), QStringLiteral("luks"), subject,
                seconds < 1.0 ? SecurityCheck::Result::Fail : SecurityCheck::Result::Warn,
                QCoreApplication::translate(
                    "SecurityAudit", "PBKDF2 with %1 iterations: about %2 s per guess on this machine.")
                    .arg(slot.iterations)
                    .arg(seconds, 0, 'f', 2),
                QCoreApplication::translate(
                    "SecurityAudit",
                    "PBKDF2 is cheap on GPUs; below a second per guess here, a passphrase falls fast."),
                QCoreApplication::translate(
                    "SecurityAudit", "strongroom-cli volume retune %1 --slot %2 (argon2id, at least 256 MiB)")
                    .arg(image)
                    .arg(slot.slot)));
        } else {
            const bool weak = slot.memoryKib < 256 * 1024;
            checks.append(
                check(QStringLiteral("luks.pbkdf"), QStringLiteral("luks"), subject,
                      weak ? SecurityCheck::Result::Fail : SecurityCheck::Result::Pass,
                      QCoreApplication::translate("SecurityAudit", "%1 with %2 MiB and %3 iterations.")
                          .arg(slot.pbkdf)
                          .arg(slot.memoryKib / 1024)
                          .arg(slot.iterations),
                      QCoreApplication::translate(
                          "SecurityAudit",
                          "Memory is what makes argon2 costly on GPUs; below 256 MiB that cost is small."),
                      weak ? QCoreApplication::translate("SecurityAudit",
                                                         "strongroom-cli volume retune %1 --slot %2")
                                 .arg(image)
                                 .arg(slot.slot)
                           : QString()));
        }
    }
    checks.append(check(
        QStringLiteral("luks.recovery-slot"), QStringLiteral("luks"), image,
        recovery ? SecurityCheck::Result::Pass : SecurityCheck::Result::Warn,
        recovery ? QCoreApplication::translate("SecurityAudit", "A slot is named recovery.")
                 : QCoreApplication::translate("SecurityAudit", "No slot is named recovery."),
        QCoreApplication::translate("SecurityAudit",
                                    "Without a recovery key, a forgotten passphrase loses the volume."),
        recovery ? QString()
                 : QCoreApplication::translate(
                       "SecurityAudit", "Add one with the Volumes page's key-slot dialog (Recovery key).")));
    checks.append(
        check(QStringLiteral("luks.unknown-slots"), QStringLiteral("luks"), image,
              unnamed > 1 ? SecurityCheck::Result::Warn : SecurityCheck::Result::Pass,
              QCoreApplication::translate("SecurityAudit", "%1 active slots, %2 without a name.")
                  .arg(active)
                  .arg(unnamed),
              QCoreApplication::translate("SecurityAudit",
                                          "A slot nobody can account for may be a key someone kept."),
              unnamed > 1 ? QCoreApplication::translate(
                                "SecurityAudit",
                                "Prove each slot with strongroom-cli volume test-key and remove the ones "
                                "nobody holds.")
                          : QString()));
    return checks;
}

SecurityCheck luksHeaderBackup(const QString &image, const AuditLog &log)
{
    static const QStringList slotChanges{
        QStringLiteral("volume.add-key"),        QStringLiteral("volume.change-key"),
        QStringLiteral("volume.remove-key"),     QStringLiteral("volume.retune"),
        QStringLiteral("volume.header-restore"), QStringLiteral("volume.create")};
    const QString path = QFileInfo(image).absoluteFilePath();
    QDateTime backedUp, changed;
    QString backupFile, change;
    if (auto entries = log.entries()) {
        for (const QJsonObject &entry : *entries) {
            if (entry.value(QStringLiteral("outcome")).toString() != QLatin1String("succeeded") ||
                QFileInfo(entry.value(QStringLiteral("target")).toString()).absoluteFilePath() != path)
                continue;
            const QString action = entry.value(QStringLiteral("action")).toString();
            const QDateTime time =
                QDateTime::fromString(entry.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
            if (action == QLatin1String("volume.header-backup")) {
                backedUp = time;
                backupFile = entry.value(QStringLiteral("details"))
                                 .toObject()
                                 .value(QStringLiteral("file"))
                                 .toString();
            } else if (slotChanges.contains(action)) {
                changed = time;
                change = action;
            }
        }
    }
    SecurityCheck result{
        QStringLiteral("luks.header-backup"),
        QStringLiteral("luks"),
        path,
        SecurityCheck::Result::Pass,
        QString(),
        QCoreApplication::translate(
            "SecurityAudit", "A damaged LUKS header loses the whole volume; only a header backup brings it "
                             "back, and an old one brings back the key slots of its time."),
        QCoreApplication::translate("SecurityAudit",
                                    "strongroom-cli volume header-backup %1 FILE (keep FILE off this disk)")
            .arg(path)};
    if (!backedUp.isValid()) {
        result.result = SecurityCheck::Result::Fail;
        result.evidence = QCoreApplication::translate(
            "SecurityAudit", "The audit log records no header backup of this image.");
    } else if (!backupFile.isEmpty() && !QFileInfo::exists(backupFile)) {
        result.result = SecurityCheck::Result::Warn;
        result.evidence = QCoreApplication::translate(
                              "SecurityAudit",
                              "The header backup of %1 (%2) is not there any more (or lies on another disk).")
                              .arg(backedUp.toUTC().toString(Qt::ISODate), backupFile);
    } else if (changed.isValid() && changed > backedUp) {
        result.result = SecurityCheck::Result::Fail;
        result.evidence =
            QCoreApplication::translate(
                "SecurityAudit",
                "The newest header backup (%1) is older than the last key slot change (%2 at %3).")
                .arg(backedUp.toUTC().toString(Qt::ISODate), change, changed.toUTC().toString(Qt::ISODate));
        result.fix +=
            QLatin1Char(' ') +
            QCoreApplication::translate(
                "SecurityAudit", "and destroy the older header backups: they still hold the old slots.");
    } else {
        result.evidence = QCoreApplication::translate(
                              "SecurityAudit", "Header backup %1 at %2, after the last key slot change.")
                              .arg(backupFile, backedUp.toUTC().toString(Qt::ISODate));
        result.fix.clear();
    }
    return result;
}

std::optional<SecurityCheck> recoveryKey(const KnownKey &key)
{
    const QString why = QCoreApplication::translate(
        "SecurityAudit",
        "A backup whose only key is lost, or sits on the machine that failed, cannot be restored.");
    const QString name = key.label.isEmpty() ? key.keyId : key.label;
    const QString recorded =
        key.recoveryWhere.isEmpty()
            ? QString()
            : QCoreApplication::translate(
                  "SecurityAudit", "%1: its recovery copy is recorded as kept at \"%2\" (recorded %3).")
                  .arg(name, key.recoveryWhere, key.recoveryRecorded.toUTC().toString(Qt::ISODate));
    const QString recordFix =
        QCoreApplication::translate("SecurityAudit",
                                    "Keep a copy offline, apart from the backups, then record where: "
                                    "strongroom-cli key record-recovery %1 --where \"...\" (or the Keys "
                                    "page's Record Recovery Copy).")
            .arg(key.keyId);
    if (key.kind == KnownKey::kindAgeIdentity()) {
        const QString sheet = key.source + QStringLiteral(".recovery.txt");
        const bool hasSheet = QFileInfo::exists(sheet);
        const bool pass = hasSheet || !recorded.isEmpty();
        return SecurityCheck{
            QStringLiteral("keys.recovery"),
            QStringLiteral("keys"),
            key.source,
            pass ? SecurityCheck::Result::Pass : SecurityCheck::Result::Warn,
            hasSheet ? QCoreApplication::translate(
                           "SecurityAudit",
                           "Recovery sheet %1 exists; print it and keep it apart from this machine.")
                           .arg(sheet)
            : pass
                ? recorded
                : QCoreApplication::translate("SecurityAudit", "No recovery sheet beside the identity (%1).")
                      .arg(sheet),
            why,
            pass ? QString()
                 : QCoreApplication::translate(
                       "SecurityAudit",
                       "Write one and keep it offline: strongroom-cli key generate makes it with new keys; "
                       "for this one, print the identity file itself and store it like a key.") +
                       QLatin1Char(' ') + recordFix};
    }
    if (key.kind == KnownKey::kindSqlcipher())
        return SecurityCheck{
            QStringLiteral("keys.recovery"),
            QStringLiteral("keys"),
            key.keyId,
            recorded.isEmpty() ? SecurityCheck::Result::Warn : SecurityCheck::Result::Pass,
            recorded.isEmpty()
                ? QCoreApplication::translate("SecurityAudit",
                                              "%1: no recovery copy of this database key is recorded.")
                      .arg(name)
                : recorded,
            why,
            recorded.isEmpty() ? recordFix : QString()};
    return std::nullopt;
}

} // namespace strongroom::filechecks
