#include "migration/MigrationJournal.h"

#include "core/SafeFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStringList>

namespace strongroom::migration {

namespace {
const QStringList &stages()
{
    static const QStringList order{QStringLiteral("checked"),   QStringLiteral("building"),
                                   QStringLiteral("built"),     QStringLiteral("encrypting"),
                                   QStringLiteral("encrypted"), QStringLiteral("recovery-added"),
                                   QStringLiteral("verified"),  QStringLiteral("switching"),
                                   QStringLiteral("switched"),  QStringLiteral("rolled-back")};
    return order;
}
} // namespace

QString MigrationJournal::pathFor(const QString &image)
{
    return QFileInfo(image).absoluteFilePath() + QStringLiteral(".migration.json");
}

Result<std::optional<MigrationJournal>> MigrationJournal::load(const QString &image)
{
    QFile file(pathFor(image));
    if (!file.exists())
        return std::optional<MigrationJournal>();
    if (!file.open(QIODevice::ReadOnly))
        return Error(ExitCode::Failure, QCoreApplication::translate("MigrationJournal", "Cannot read %1: %2")
                                            .arg(file.fileName(), file.errorString()));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject() || rank(document.object().value(QStringLiteral("stage")).toString()) < 0)
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate("MigrationJournal",
                                                 "%1 is not a migration journal Strongroom can read (%2).")
                         .arg(file.fileName(), parseError.errorString()));
    MigrationJournal journal;
    journal.m_image = QFileInfo(image).absoluteFilePath();
    journal.m_data = document.object();
    return std::optional<MigrationJournal>(journal);
}

MigrationJournal MigrationJournal::fresh(const QString &image, const QString &folder)
{
    MigrationJournal journal;
    journal.m_image = QFileInfo(image).absoluteFilePath();
    journal.m_data.insert(QStringLiteral("format"), 1);
    journal.m_data.insert(QStringLiteral("image"), journal.m_image);
    journal.m_data.insert(QStringLiteral("folder"), QFileInfo(folder).absoluteFilePath());
    journal.m_data.insert(QStringLiteral("started"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return journal;
}

int MigrationJournal::rank(const QString &stage)
{
    return int(stages().indexOf(stage));
}

bool MigrationJournal::reached(const QString &other) const
{
    return rank(stage()) >= rank(other);
}

Status MigrationJournal::advance(const QString &stage)
{
    m_data.insert(QStringLiteral("stage"), stage);
    m_data.insert(QStringLiteral("updated"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return save();
}

Status MigrationJournal::save() const
{
    return safefile::writeFileAtomically(
        pathFor(m_image), QJsonDocument(m_data).toJson(), QStringLiteral("migration-journal"),
        QCoreApplication::translate("MigrationJournal", "migration journal"));
}

} // namespace strongroom::migration
