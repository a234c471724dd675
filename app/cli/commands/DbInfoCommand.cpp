#include "cli/commands/DbInfoCommand.h"

#include "backup/BackupCatalog.h"
#include "cli/AgeText.h"
#include "cli/CliContext.h"
#include "cli/TextTable.h"
#include "cli/commands/DbOpenOptions.h"
#include "core/Age.h"
#include "core/ControlCharacters.h"
#include "core/LabelledLines.h"
#include "sqlcipher/TableStatsJob.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace strongroom::cli {

namespace {

QString describeCipher(const FileFacts &facts)
{
    if (!facts.settings)
        return QCoreApplication::translate("cli::DbInfoCommand", "not encrypted");
    const CipherSettings &s = *facts.settings;
    return QCoreApplication::translate("cli::DbInfoCommand",
                                       "%1: page %2 bytes, %3 with %4 iterations, %5, %6 key")
               .arg(s.profileName())
               .arg(s.pageSize)
               .arg(s.kdfAlgorithm)
               .arg(s.kdfIter)
               .arg(s.useHmac ? s.hmacAlgorithm
                              : QCoreApplication::translate("cli::DbInfoCommand", "no HMAC"),
                    facts.keyKind == KeyKind::Raw
                        ? QCoreApplication::translate("cli::DbInfoCommand", "raw")
                        : QCoreApplication::translate("cli::DbInfoCommand", "passphrase")) +
           (s.plaintextHeaderSize > 0
                ? QCoreApplication::translate("cli::DbInfoCommand", ", %1-byte plaintext header")
                      .arg(s.plaintextHeaderSize)
                : QString());
}

void printHuman(QTextStream &out, const FileFacts &f, const QList<TableStats> &tables)
{
    const QString size =
        formatUnits(f.sizeBytes(), ProgressUnit::Bytes) +
        (f.walBytes > 0 ? QCoreApplication::translate("cli::DbInfoCommand", " (of which -wal %1)")
                              .arg(formatUnits(f.walBytes, ProgressUnit::Bytes))
                        : QString());
    const QString lastBackup =
        f.lastBackup ? QCoreApplication::translate("cli::DbInfoCommand", "%1 (%2 ago), %3")
                           .arg(f.lastBackup->toLocalTime().toString(Qt::ISODate),
                                ageText(Age::since(*f.lastBackup)), f.lastBackupPath)
                     : QCoreApplication::translate("cli::DbInfoCommand", "none in the history folder");
    out << labelledLines({
        {QCoreApplication::translate("cli::DbInfoCommand", "File"), f.path},
        {QCoreApplication::translate("cli::DbInfoCommand", "Size"), size},
        {QCoreApplication::translate("cli::DbInfoCommand", "Encryption"), describeCipher(f)},
        {QCoreApplication::translate("cli::DbInfoCommand", "Versions"),
         QStringLiteral("SQLCipher %1, SQLite %2").arg(f.sqlcipherVersion, f.sqliteVersion)},
        {QCoreApplication::translate("cli::DbInfoCommand", "Pages"),
         QCoreApplication::translate("cli::DbInfoCommand", "%1 of %2 bytes, %3 free")
             .arg(f.pageCount)
             .arg(f.pageSize)
             .arg(f.freelistCount)},
        {QCoreApplication::translate("cli::DbInfoCommand", "Journal"), f.journalMode},
        {QCoreApplication::translate("cli::DbInfoCommand", "Created"),
         f.created ? f.created->toLocalTime().toString(Qt::ISODate)
                   : QCoreApplication::translate("cli::DbInfoCommand", "not recorded")},
        {QCoreApplication::translate("cli::DbInfoCommand", "Last backup"), lastBackup},
    });
    out << '\n';
    auto number = [](qint64 v, ProgressUnit unit) {
        return v < 0                         ? QStringLiteral("-")
               : unit == ProgressUnit::Bytes ? formatUnits(v, unit)
                                             : QString::number(v);
    };
    using Align = TextTable::Align;
    TextTable table({{QCoreApplication::translate("cli::DbInfoCommand", "TABLE"), Align::Left},
                     {QCoreApplication::translate("cli::DbInfoCommand", "ROWS"), Align::Right},
                     {QCoreApplication::translate("cli::DbInfoCommand", "SIZE"), Align::Right},
                     {QCoreApplication::translate("cli::DbInfoCommand", "INDEXES"), Align::Right}});
    for (const TableStats &t : tables)
        // Table names are whatever the file's author chose, escape sequences included.
        table.addRow({escapeControlCharacters(t.name), number(t.rows, ProgressUnit::Rows),
                      number(t.bytes, ProgressUnit::Bytes), number(t.indexBytes, ProgressUnit::Bytes)});
    out << table.render();
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
    if (const std::optional<int> failed = context.failedExit(report))
        return *failed;

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
