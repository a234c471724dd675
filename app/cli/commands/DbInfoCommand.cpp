#include "cli/commands/DbInfoCommand.h"

#include "backup/BackupCatalog.h"
#include "cli/CliContext.h"
#include "cli/commands/DbOpenOptions.h"
#include "core/Age.h"
#include "core/ControlCharacters.h"
#include "sqlcipher/TableStatsJob.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace strongroom::cli {

namespace {

QString describeCipher(const FileFacts &facts)
{
    if (!facts.settings)
        return QStringLiteral("not encrypted");
    const CipherSettings &s = *facts.settings;
    return QStringLiteral("%1: page %2 bytes, %3 with %4 iterations, %5, %6 key")
               .arg(s.profileName())
               .arg(s.pageSize)
               .arg(s.kdfAlgorithm)
               .arg(s.kdfIter)
               .arg(s.useHmac ? s.hmacAlgorithm : QStringLiteral("no HMAC"),
                    facts.keyKind == KeyKind::Raw ? QStringLiteral("raw") : QStringLiteral("passphrase")) +
           (s.plaintextHeaderSize > 0
                ? QStringLiteral(", %1-byte plaintext header").arg(s.plaintextHeaderSize)
                : QString());
}

void printHuman(QTextStream &out, const FileFacts &f, const QList<TableStats> &tables)
{
    auto line = [&out](const char *label, const QString &value) {
        out << QString::fromLatin1(label).leftJustified(14) << value << '\n';
    };
    line("File", f.path);
    line("Size",
         formatUnits(f.sizeBytes(), ProgressUnit::Bytes) +
             (f.walBytes > 0
                  ? QStringLiteral(" (of which -wal %1)").arg(formatUnits(f.walBytes, ProgressUnit::Bytes))
                  : QString()));
    line("Encryption", describeCipher(f));
    line("Versions", QStringLiteral("SQLCipher %1, SQLite %2").arg(f.sqlcipherVersion, f.sqliteVersion));
    line("Pages",
         QStringLiteral("%1 of %2 bytes, %3 free").arg(f.pageCount).arg(f.pageSize).arg(f.freelistCount));
    line("Journal", f.journalMode);
    line("Created",
         f.created ? f.created->toLocalTime().toString(Qt::ISODate) : QStringLiteral("not recorded"));
    line("Last backup",
         f.lastBackup
             ? QStringLiteral("%1 (%2), %3")
                   .arg(f.lastBackup->toLocalTime().toString(Qt::ISODate),
                        Age::since(*f.lastBackup).englishText() + QStringLiteral(" ago"), f.lastBackupPath)
             : QStringLiteral("none in the history folder"));
    out << '\n';
    // Table names are whatever the file's author chose, escape sequences included.
    QStringList names;
    for (const TableStats &t : tables)
        names.append(escapeControlCharacters(t.name));
    int width = 5;
    for (const QString &name : names)
        width = std::max(width, int(name.size()));
    out << QStringLiteral("TABLE").leftJustified(width + 2) << QStringLiteral("ROWS").rightJustified(14)
        << QStringLiteral("SIZE").rightJustified(12) << QStringLiteral("INDEXES").rightJustified(12) << '\n';
    auto number = [](qint64 v, ProgressUnit unit) {
        return v < 0                         ? QStringLiteral("-")
               : unit == ProgressUnit::Bytes ? formatUnits(v, unit)
                                             : QString::number(v);
    };
    for (qsizetype i = 0; i < tables.size(); ++i)
        out << names[i].leftJustified(width + 2)
            << number(tables[i].rows, ProgressUnit::Rows).rightJustified(14)
            << number(tables[i].bytes, ProgressUnit::Bytes).rightJustified(12)
            << number(tables[i].indexBytes, ProgressUnit::Bytes).rightJustified(12) << '\n';
    out.flush();
}

} // namespace

void DbInfoCommand::declare(QCommandLineParser &parser) const
{
    dbopen::declare(parser);
}

int DbInfoCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    OpenDiagnosis diagnosis = dbopen::open(context, parser);
    if (!diagnosis.succeeded())
        return context.fail(diagnosis.error());
    if (diagnosis.what == OpenDiagnosis::Case::PlainSqlite || diagnosis.readOnly)
        context.warn(diagnosis.message);

    auto job = std::make_shared<TableStatsJob>(diagnosis.session);
    const JobReport report = context.runJob(job);
    if (report.outcome == JobOutcome::Cancelled)
        return context.fail(
            Error(ExitCode::Cancelled, QCoreApplication::translate("DbInfoCommand", "Cancelled.")));
    if (report.error)
        return context.fail(*report.error);

    if (!job->sizesAvailable())
        context.warn(QCoreApplication::translate(
            "DbInfoCommand", "Table sizes are unknown: this SQLCipher library is built without dbstat."));
    FileFacts facts = diagnosis.session->facts();
    if (const std::optional<LastBackup> last = lastBackupOf(facts.path)) {
        facts.lastBackup = last->time;
        facts.lastBackupPath = last->path;
    }
    if (context.json()) {
        QJsonObject info = facts.toJson();
        info.insert(QStringLiteral("tables"), TableStatsJob::toJson(job->tables()));
        context.printJson(info);
    } else {
        printHuman(context.out(), facts, job->tables());
    }
    diagnosis.session->close();
    return 0;
}

} // namespace strongroom::cli
