#include "dashboard/DashboardFacts.h"

#include "backups/BackupHistoryModel.h"
#include "dashboard/TableStatsModel.h"
#include "widgets/DataSize.h"

#include <QFileInfo>
#include <QLocale>

namespace strongroom::ui {

QList<DashboardFacts::Fact> DashboardFacts::all()
{
    return {Fact::File,    Fact::Size,       Fact::Encryption, Fact::Versions,
            Fact::Created, Fact::LastBackup, Fact::FreePages};
}

QString DashboardFacts::caption(Fact fact)
{
    switch (fact) {
    case Fact::File:
        return tr("File");
    case Fact::Size:
        return tr("Total size");
    case Fact::Encryption:
        return tr("Encryption");
    case Fact::Versions:
        return tr("SQLCipher / SQLite");
    case Fact::Created:
        return tr("Created");
    case Fact::LastBackup:
        return tr("Last backup");
    case Fact::FreePages:
        return tr("Free pages");
    }
    return {};
}

void DashboardFacts::setFile(const FileFacts &facts)
{
    m_file = facts;
}

void DashboardFacts::setLastBackupReading()
{
    m_backupRead = false;
    m_lastBackup.reset();
}

void DashboardFacts::setLastBackup(const std::optional<strongroom::LastBackup> &last)
{
    m_backupRead = true;
    m_lastBackup = last;
}

DashboardFacts::Text DashboardFacts::text(Fact fact) const
{
    if (fact == Fact::LastBackup) {
        if (!m_backupRead)
            return {tr("…"), tr("Reading the backup history…")};
        if (!m_lastBackup)
            return {tr("None"), tr("No backup in this database's history folder."), true};
        return {QLocale().toString(m_lastBackup->time.toLocalTime(), QLocale::ShortFormat),
                tr("age %1 · %2")
                    .arg(BackupHistoryModel::ageText(m_lastBackup->time),
                         QFileInfo(m_lastBackup->path).fileName()),
                m_lastBackup->time.daysTo(QDateTime::currentDateTimeUtc()) > 7};
    }
    if (!m_file)
        return {};
    const FileFacts &f = *m_file;
    const QLocale locale;
    switch (fact) {
    case Fact::File:
        return {QFileInfo(f.path).fileName(), f.folder + (f.readOnly ? tr(" (read-only)") : QString())};
    case Fact::Size:
        return {dataSizeText(f.sizeBytes()),
                f.walBytes > 0
                    ? tr("database %1 + WAL %2").arg(dataSizeText(f.fileBytes), dataSizeText(f.walBytes))
                    : tr("%1 pages of %2 bytes").arg(locale.toString(f.pageCount)).arg(f.pageSize)};
    case Fact::Encryption:
        if (f.encrypted && f.settings)
            return {f.profile(),
                    tr("%1, %2 iterations, %3, page %4 bytes, %5 key")
                        .arg(f.settings->kdfAlgorithm)
                        .arg(locale.toString(f.settings->kdfIter))
                        .arg(f.settings->useHmac ? f.settings->hmacAlgorithm : tr("no HMAC"))
                        .arg(f.settings->pageSize)
                        .arg(f.keyKind == KeyKind::Raw ? tr("raw") : tr("passphrase")),
                    f.profile() != QLatin1String("sqlcipher-4")};
        return {tr("Not encrypted"), tr("Anyone who can read the file can read the data."), true};
    case Fact::Versions:
        return {f.sqlcipherVersion.section(QLatin1Char(' '), 0, 0), tr("SQLite %1").arg(f.sqliteVersion)};
    case Fact::Created:
        return {f.created ? locale.toString(f.created->toLocalTime(), QLocale::ShortFormat) : tr("unknown"),
                f.created ? QString() : tr("The file system does not record birth times.")};
    case Fact::FreePages:
        return {locale.toString(f.freelistCount),
                tr("%1 reclaimable by VACUUM").arg(dataSizeText(f.freelistCount * f.pageSize))};
    case Fact::LastBackup:
        break;
    }
    return {};
}

QString DashboardFacts::summary(const QString &path, const TableStatsModel &tables) const
{
    QString out = path + QLatin1Char('\n');
    for (const Fact fact : all()) {
        if (fact == Fact::File)
            continue; // the path above says it
        const Text t = text(fact);
        QStringList parts{caption(fact)};
        for (const QString &part : {t.value, t.detail})
            if (!part.isEmpty())
                parts << part;
        out += parts.join(QStringLiteral(": ")) + QLatin1Char('\n');
    }
    return out + QLatin1Char('\n') + tables.toText();
}

} // namespace strongroom::ui
