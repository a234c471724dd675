#include "pgbackup/PgBackupManifest.h"

#include "age/AgeCrypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace strongroom::pgbackup {

namespace {

QString safeStem(const QString &database)
{
    QString stem = database;
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    if (stem.isEmpty() || stem.startsWith(QLatin1Char('.')))
        stem.prepend(QStringLiteral("db"));
    return stem;
}

QJsonObject digestJson(const PgFileDigest &digest)
{
    return {{QStringLiteral("file"), digest.file},
            {QStringLiteral("size"), digest.size},
            {QStringLiteral("sha256"), digest.sha256}};
}

std::optional<PgFileDigest> digestFrom(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    PgFileDigest digest{object.value(QStringLiteral("file")).toString(),
                        object.value(QStringLiteral("size")).toInteger(-1),
                        object.value(QStringLiteral("sha256")).toString()};
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (digest.file.isEmpty() || digest.file.contains(QLatin1Char('/')) || digest.size < 0 ||
        !hex.match(digest.sha256).hasMatch())
        return std::nullopt;
    return digest;
}

} // namespace

PgBackupFiles PgBackupFiles::fresh(const QString &folder, const QString &database, const QDateTime &utc)
{
    const QString base = safeStem(database) + QStringLiteral("-pgbackup-") +
                         utc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (int n = 1;; ++n) {
        PgBackupFiles files{folder, n == 1 ? base : base + QStringLiteral("-%1").arg(n)};
        if (!QFileInfo::exists(files.path(kDumpSuffix)) && !QFileInfo::exists(files.path(kZstdDumpSuffix)) &&
            !QFileInfo::exists(files.manifest()) && !QFileInfo::exists(files.checksums()) &&
            !QFileInfo::exists(files.globals()))
            return files;
    }
}

QString PgBackupFiles::dump() const
{
    if (!dumpSuffix.isEmpty())
        return path(dumpSuffix);
    const QString zstd = path(kZstdDumpSuffix);
    return !QFileInfo::exists(path(kDumpSuffix)) && QFileInfo::exists(zstd) ? zstd : path(kDumpSuffix);
}

bool PgBackupFiles::isStem(const QString &stem)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.-]+-pgbackup-\\d{8}-\\d{6}(-\\d+)?$"));
    return name.match(stem).hasMatch() && !stem.startsWith(QLatin1Char('.'));
}

bool PgBackupFiles::isDumpName(const QString &fileName)
{
    for (const QString &suffix : {kDumpSuffix, kZstdDumpSuffix})
        if (fileName.endsWith(suffix))
            return isStem(fileName.chopped(suffix.size()));
    return false;
}

std::optional<PgBackupFiles> PgBackupFiles::ofDump(const QString &dumpPath)
{
    const QFileInfo info(dumpPath);
    if (!isDumpName(info.fileName()))
        return std::nullopt;
    // A name ends in at most one of the two suffixes.
    const QString suffix = info.fileName().endsWith(kZstdDumpSuffix) ? kZstdDumpSuffix : kDumpSuffix;
    return PgBackupFiles{info.absolutePath(), info.fileName().chopped(suffix.size()), suffix};
}

PgDumpCompression PgDumpCompression::forPgDump(int pgDumpMajor)
{
    if (pgDumpMajor >= 16)
        return {kNone, QStringLiteral("zstd:1")};
    return {kZstd, kNone};
}

QString PgDumpCompression::pgDumpArgument() const
{
    return QStringLiteral("--compress=") + (inDump == kNone ? QStringLiteral("0") : inDump);
}

QString PgDumpCompression::dumpSuffix() const
{
    return outer == kZstd ? PgBackupFiles::kZstdDumpSuffix : PgBackupFiles::kDumpSuffix;
}

int PgDumpCompression::pgRestoreMajor() const
{
    // gzip inside custom-format dumps is read by every version; lz4 came with 16's pg_dump (and
    // 15's --compress=lz4 too, but only zstd is ever written here), zstd with 16.
    return inDump == kNone || inDump.startsWith(QLatin1String("gzip")) ? 0 : 16;
}

QJsonObject PgBackupManifest::toJson() const
{
    QJsonObject rows;
    for (auto it = rowCounts.cbegin(); it != rowCounts.cend(); ++it)
        rows.insert(it.key(), it.value());
    QJsonObject json{{QStringLiteral("format"), format},
                     {QStringLiteral("kind"), QStringLiteral("strongroom-pg-backup")},
                     {QStringLiteral("tool"), tool},
                     {QStringLiteral("pg_dump_version"), pgDumpVersion},
                     {QStringLiteral("server_version"), serverVersion},
                     {QStringLiteral("database"), database},
                     {QStringLiteral("connection"), connection},
                     {QStringLiteral("snapshot"), snapshot},
                     {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("finished"), finished.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("row_counts"), rows},
                     {QStringLiteral("dump_format"), dumpFormat},
                     {QStringLiteral("compression"), compression},
                     {QStringLiteral("dump_compression"), dumpCompression},
                     {QStringLiteral("recipients"), QJsonArray::fromStringList(recipientKeyIds)},
                     {QStringLiteral("passphrase"), passphrase},
                     {QStringLiteral("dump_bytes"), dumpBytes},
                     {QStringLiteral("payload"), digestJson(payload)}};
    if (globals)
        json.insert(QStringLiteral("globals"), digestJson(*globals));
    return json;
}

Result<PgBackupManifest> PgBackupManifest::fromJson(const QByteArray &bytes)
{
    const auto refuse = [](const QString &why) {
        return Error(
            ExitCode::Integrity,
            QCoreApplication::translate("PgBackup", "The backup's manifest is damaged: %1.").arg(why),
            QStringLiteral("damaged-manifest"));
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject())
        return refuse(parseError.errorString());
    const QJsonObject json = document.object();
    if (json.value(QStringLiteral("kind")).toString() != QLatin1String("strongroom-pg-backup"))
        return refuse(QCoreApplication::translate("PgBackup", "it is not a Strongroom PostgreSQL manifest"));
    PgBackupManifest manifest;
    manifest.format = json.value(QStringLiteral("format")).toInt();
    if (manifest.format != currentFormat)
        return Error(ExitCode::Unsupported,
                     QCoreApplication::translate("PgBackup", "The manifest has format %1; this "
                                                             "version reads format %2.")
                         .arg(manifest.format)
                         .arg(currentFormat));
    manifest.tool = json.value(QStringLiteral("tool")).toString();
    manifest.pgDumpVersion = json.value(QStringLiteral("pg_dump_version")).toString();
    manifest.serverVersion = json.value(QStringLiteral("server_version")).toString();
    manifest.database = json.value(QStringLiteral("database")).toString();
    manifest.connection = json.value(QStringLiteral("connection")).toString();
    manifest.snapshot = json.value(QStringLiteral("snapshot")).toString();
    manifest.created = QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODate);
    manifest.finished = QDateTime::fromString(json.value(QStringLiteral("finished")).toString(), Qt::ISODate);
    if (!manifest.created.isValid())
        return refuse(QCoreApplication::translate("PgBackup", "no valid creation time"));
    const QJsonObject rows = json.value(QStringLiteral("row_counts")).toObject();
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
        const qint64 count = it.value().toInteger(-1);
        if (count < 0)
            return refuse(
                QCoreApplication::translate("PgBackup", "the count of %1 is not a number").arg(it.key()));
        manifest.rowCounts.insert(it.key(), count);
    }
    manifest.dumpFormat = json.value(QStringLiteral("dump_format")).toString();
    manifest.compression = json.value(QStringLiteral("compression")).toString();
    // Manifests before pg_dump compressed its own data have no "dump_compression": -Z0.
    manifest.dumpCompression =
        json.value(QStringLiteral("dump_compression")).toString(PgDumpCompression::kNone);
    if (manifest.compression != PgDumpCompression::kNone && manifest.compression != PgDumpCompression::kZstd)
        return Error(ExitCode::Unsupported,
                     QCoreApplication::translate("PgDumpCompression",
                                                 "The backup's dump is compressed as \"%1\", "
                                                 "which this version does not read.")
                         .arg(manifest.compression),
                     QStringLiteral("unknown-format"));
    for (const QJsonValue &id : json.value(QStringLiteral("recipients")).toArray())
        manifest.recipientKeyIds.append(id.toString());
    manifest.passphrase = json.value(QStringLiteral("passphrase")).toBool();
    manifest.dumpBytes = json.value(QStringLiteral("dump_bytes")).toInteger();
    const auto payload = digestFrom(json.value(QStringLiteral("payload")));
    if (!payload)
        return refuse(QCoreApplication::translate("PgBackup", "no valid payload digest"));
    manifest.payload = *payload;
    if (json.contains(QStringLiteral("globals"))) {
        manifest.globals = digestFrom(json.value(QStringLiteral("globals")));
        if (!manifest.globals)
            return refuse(QCoreApplication::translate("PgBackup", "no valid digest of the globals"));
    }
    return manifest;
}

qint64 PgBackupManifest::totalRows() const
{
    qint64 total = 0;
    for (qint64 count : rowCounts)
        total += count;
    return total;
}

QByteArray sha256sumLines(const QList<PgFileDigest> &files)
{
    QByteArray text;
    for (const PgFileDigest &file : files)
        text += file.sha256.toLatin1() + "  " + file.file.toUtf8() + '\n';
    return text;
}

QMap<QString, QString> parseSha256sum(const QByteArray &text)
{
    QMap<QString, QString> sums;
    static const QRegularExpression line(QStringLiteral("^([0-9a-f]{64}) [ *](.+)$"));
    for (const QByteArray &raw : text.split('\n')) {
        if (raw.isEmpty())
            continue;
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(raw));
        if (!match.hasMatch())
            return {};
        sums.insert(match.captured(2), match.captured(1));
    }
    return sums;
}

QString sha256OfFile(const QString &path, const WorkProgress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const Result<QByteArray> hex = sha256HexOf(file, progress);
    return hex ? QString::fromLatin1(hex.value()) : QString();
}

} // namespace strongroom::pgbackup
