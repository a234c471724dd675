#include "pgbackup/PgBackupCatalog.h"

#include "core/SafeFile.h"
#include "pgbackup/PgBackupManifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSet>
#include <algorithm>

namespace strongroom::pgbackup {

namespace {

QJsonObject drillJson(const PgDrillRecord &drill)
{
    return {{QStringLiteral("time"), drill.time.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("duration_ms"), drill.durationMs},
            {QStringLiteral("counts_equal"), drill.countsEqual},
            {QStringLiteral("server"), drill.server}};
}

PgDrillRecord drillFromJson(const QJsonObject &drill)
{
    return PgDrillRecord{QDateTime::fromString(drill.value(QStringLiteral("time")).toString(), Qt::ISODate),
                         drill.value(QStringLiteral("duration_ms")).toInteger(),
                         drill.value(QStringLiteral("counts_equal")).toBool(),
                         drill.value(QStringLiteral("server")).toString()};
}

Error catalogError(const QString &path, const QString &why)
{
    return Error(ExitCode::Failure,
                 QCoreApplication::translate("PgBackup", "%1: the backup catalog cannot be used (%2).")
                     .arg(path, why));
}

Result<QList<QJsonObject>> readObjects(const QString &path)
{
    QList<QJsonObject> objects;
    QFile file(path);
    if (!file.exists())
        return objects;
    if (!file.open(QIODevice::ReadOnly))
        return catalogError(path, file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return catalogError(path, parseError.errorString());
    for (const QJsonValue &value : document.object().value(QStringLiteral("backups")).toArray())
        objects.append(value.toObject());
    return objects;
}

} // namespace

QJsonObject PgCheckRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("level"), level},
                     {QStringLiteral("duration_ms"), durationMs},
                     {QStringLiteral("result"), result},
                     {QStringLiteral("checked"), QJsonArray::fromStringList(checked)}};
    if (!message.isEmpty())
        json.insert(QStringLiteral("message"), message);
    if (!server.isEmpty())
        json.insert(QStringLiteral("server"), server);
    return json;
}

PgCheckRecord PgCheckRecord::fromJson(const QJsonObject &json)
{
    PgCheckRecord check;
    check.time = QDateTime::fromString(json.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    check.level = json.value(QStringLiteral("level")).toInt(1);
    check.durationMs = json.value(QStringLiteral("duration_ms")).toInteger();
    check.result = json.value(QStringLiteral("result")).toString();
    for (const QJsonValue &what : json.value(QStringLiteral("checked")).toArray())
        check.checked.append(what.toString());
    check.message = json.value(QStringLiteral("message")).toString();
    check.server = json.value(QStringLiteral("server")).toString();
    return check;
}

QStringList PgCheckRecord::checksOfLevel(int level)
{
    QStringList checked{QStringLiteral("checksums"), QStringLiteral("manifest"),
                        QStringLiteral("age-header")};
    if (level >= 2)
        checked << QStringLiteral("chunks") << QStringLiteral("table-of-contents");
    if (level >= 3)
        checked << QStringLiteral("restore") << QStringLiteral("row-counts");
    return checked;
}

QJsonObject PgBackupEntry::toJson() const
{
    QJsonArray drillList;
    for (const PgDrillRecord &drill : drills)
        drillList.append(drillJson(drill));
    QJsonArray checkList;
    for (const PgCheckRecord &check : checks)
        checkList.append(check.toJson());
    return {{QStringLiteral("stem"), stem},
            {QStringLiteral("database"), database},
            {QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("size"), size},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("tables"), tables},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("key_ids"), QJsonArray::fromStringList(keyIds)},
            {QStringLiteral("passphrase"), passphrase},
            {QStringLiteral("globals"), globals},
            {QStringLiteral("drills"), drillList},
            {QStringLiteral("checks"), checkList},
            {QStringLiteral("catalogued"), catalogued}};
}

std::optional<PgBackupEntry> PgBackupEntry::fromJson(const QJsonObject &json)
{
    PgBackupEntry entry;
    entry.stem = json.value(QStringLiteral("stem")).toString();
    entry.created = QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODate);
    // Only a name this folder's backups could have is used: never a path.
    if (!PgBackupFiles::isStem(entry.stem) || !entry.created.isValid())
        return std::nullopt;
    entry.database = json.value(QStringLiteral("database")).toString();
    entry.size = json.value(QStringLiteral("size")).toInteger();
    entry.sha256 = json.value(QStringLiteral("sha256")).toString();
    entry.tables = json.value(QStringLiteral("tables")).toInt();
    entry.rows = json.value(QStringLiteral("rows")).toInteger();
    for (const QJsonValue &id : json.value(QStringLiteral("key_ids")).toArray())
        entry.keyIds.append(id.toString());
    entry.passphrase = json.value(QStringLiteral("passphrase")).toBool();
    entry.globals = json.value(QStringLiteral("globals")).toBool();
    for (const QJsonValue &value : json.value(QStringLiteral("drills")).toArray())
        entry.drills.append(drillFromJson(value.toObject()));
    for (const QJsonValue &value : json.value(QStringLiteral("checks")).toArray()) {
        PgCheckRecord check = PgCheckRecord::fromJson(value.toObject());
        if (check.time.isValid())
            entry.checks.append(check);
    }
    // A drill without its check: written before checks were kept, or by such a version since.
    for (const PgDrillRecord &drill : std::as_const(entry.drills)) {
        const bool known =
            std::any_of(entry.checks.cbegin(), entry.checks.cend(), [&](const PgCheckRecord &c) {
                return c.level >= 3 && c.time.toSecsSinceEpoch() == drill.time.toSecsSinceEpoch();
            });
        if (known || !drill.time.isValid())
            continue;
        PgCheckRecord check;
        check.time = drill.time;
        check.level = 3;
        check.durationMs = drill.durationMs;
        check.result = drill.countsEqual ? QStringLiteral("passed") : QStringLiteral("counts-differ");
        check.checked = PgCheckRecord::checksOfLevel(3);
        check.server = drill.server;
        entry.checks.append(check);
    }
    std::stable_sort(entry.checks.begin(), entry.checks.end(),
                     [](const PgCheckRecord &a, const PgCheckRecord &b) { return a.time < b.time; });
    return entry;
}

QString PgBackupCatalog::path() const
{
    return m_folder + QLatin1Char('/') + fileName();
}

Result<QList<PgBackupEntry>> PgBackupCatalog::entries() const
{
    auto objects = readObjects(path());
    if (!objects)
        return objects.error();
    QList<PgBackupEntry> entries;
    QSet<QString> known;
    for (const QJsonObject &object : *objects)
        if (auto entry = PgBackupEntry::fromJson(object)) {
            entries.append(*entry);
            known.insert(entry->stem);
        }
    const QStringList dumps = QDir(m_folder).entryList(
        {QLatin1Char('*') + PgBackupFiles::kDumpSuffix, QLatin1Char('*') + PgBackupFiles::kZstdDumpSuffix},
        QDir::Files);
    for (const QString &name : dumps) {
        const auto set = PgBackupFiles::ofDump(QDir(m_folder).filePath(name));
        if (!set || known.contains(set->stem))
            continue;
        known.insert(set->stem);
        PgBackupEntry found;
        found.stem = set->stem;
        found.catalogued = false;
        found.size = QFileInfo(QDir(m_folder).filePath(name)).size();
        // The time is the one in the name: "...-pgbackup-YYYYMMDD-HHMMSS[-N]".
        const qsizetype at = found.stem.lastIndexOf(QStringLiteral("-pgbackup-"));
        found.created = QDateTime::fromString(found.stem.mid(at + 10, 15), QStringLiteral("yyyyMMdd-HHmmss"));
        found.created.setTimeZone(QTimeZone::UTC);
        found.database = found.stem.left(at);
        entries.append(found);
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const PgBackupEntry &a, const PgBackupEntry &b) { return a.created > b.created; });
    return entries;
}

Status PgBackupCatalog::update(const std::function<bool(QList<QJsonObject> &)> &change)
{
    QLockFile lock(path() + QStringLiteral(".lock"));
    if (!lock.tryLock(10000))
        return Error(ExitCode::Busy, QCoreApplication::translate("PgBackup", "%1: the backup catalog is "
                                                                             "locked by another process.")
                                         .arg(path()));
    auto objects = readObjects(path());
    if (!objects)
        return objects.error();
    if (!change(*objects))
        return {};
    QJsonArray backups;
    for (const QJsonObject &object : *objects)
        backups.append(object);
    const QJsonObject document{{QStringLiteral("format"), 1}, {QStringLiteral("backups"), backups}};
    return safefile::writeFileAtomically(path(), QJsonDocument(document).toJson(),
                                         QStringLiteral("pg-catalog"),
                                         QCoreApplication::translate("PgBackup", "backup catalog"));
}

Status PgBackupCatalog::add(const PgBackupEntry &entry)
{
    return update([&](QList<QJsonObject> &objects) {
        QJsonObject json = entry.toJson();
        json.remove(QStringLiteral("catalogued"));
        objects.append(json);
        return true;
    });
}

Status PgBackupCatalog::remove(const QStringList &stems)
{
    return update([&](QList<QJsonObject> &objects) {
        return objects.removeIf([&](const QJsonObject &object) {
            return stems.contains(object.value(QStringLiteral("stem")).toString());
        }) > 0;
    });
}

Status PgBackupCatalog::recordCheck(const QString &stem, const PgCheckRecord &check,
                                    const std::optional<PgDrillRecord> &drill)
{
    return update([&](QList<QJsonObject> &objects) {
        bool found = false;
        for (QJsonObject &object : objects) {
            if (object.value(QStringLiteral("stem")).toString() != stem)
                continue;
            QJsonArray checks = object.value(QStringLiteral("checks")).toArray();
            checks.append(check.toJson());
            object.insert(QStringLiteral("checks"), checks);
            // Drills stay where earlier versions read them.
            if (drill) {
                QJsonArray drills = object.value(QStringLiteral("drills")).toArray();
                drills.append(drillJson(*drill));
                object.insert(QStringLiteral("drills"), drills);
            }
            found = true;
        }
        return found;
    });
}

RetentionPolicy defaultPgRetention()
{
    RetentionPolicy policy;
    policy.daily = 7;
    policy.weekly = 4;
    policy.monthly = 12;
    return policy;
}

QList<PgRetentionDecision> applyPgRetention(const RetentionPolicy &policy,
                                            const QList<PgBackupEntry> &entries)
{
    // RetentionPolicy decides over BackupRecords and lets only sealed ones take part. A PostgreSQL
    // catalog entry has no key-held seal (a backup host holds only public keys); every catalogued
    // entry takes part, and the file name (the stem) carries the decision back.
    QList<BackupRecord> records;
    for (const PgBackupEntry &entry : entries) {
        BackupRecord record;
        record.fileName = entry.stem;
        record.created = entry.created;
        record.catalogued = entry.catalogued;
        if (entry.catalogued) {
            record.seal = entry.sha256;
            record.sealVersion = BackupRecord::currentSealVersion;
        }
        records.append(record);
    }
    QList<PgRetentionDecision> decisions;
    for (const RetentionDecision &decision : applyRetention(policy, records)) {
        for (const PgBackupEntry &entry : entries)
            if (entry.stem == decision.backup.fileName) {
                QStringList reasons = decision.reasons;
                if (!entry.catalogued)
                    reasons = {QCoreApplication::translate("PgBackup", "not in the catalog")};
                decisions.append({entry, decision.keep, reasons});
                break;
            }
    }
    return decisions;
}

} // namespace strongroom::pgbackup
