#include "migration/MigrationRollbackJob.h"

#include "core/AuditLog.h"
#include "core/CrashPoint.h"
#include "core/JobContext.h"
#include "core/SafeFile.h"
#include "migration/MigrationJournal.h"
#include "migration/SourceTree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace strongroom::migration {

namespace {

// The newest FOLDER.before-migration-* beside the folder ("" when there is none).
QString newestKeptOriginal(const QString &folder)
{
    const QFileInfo info(folder);
    QStringList kept = info.dir().entryList({info.fileName() + QStringLiteral(".before-migration-*")},
                                            QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    return kept.isEmpty() ? QString() : info.dir().filePath(kept.last());
}

} // namespace

MigrationRollbackJob::MigrationRollbackJob(QString folder, QString image)
    : m_folder(std::move(folder)), m_image(std::move(image))
{
}

QString MigrationRollbackJob::title() const
{
    return QCoreApplication::translate("MigrationRollbackJob", "Roll back the migration of %1")
        .arg(QFileInfo(m_folder).fileName());
}

QList<JobStep> MigrationRollbackJob::steps() const
{
    return {{QCoreApplication::translate("MigrationRollbackJob", "Find the kept original")},
            {QCoreApplication::translate("MigrationRollbackJob", "Put it back"), true}};
}

void MigrationRollbackJob::run(JobContext &context)
{
    rollback(context);
    const AuditLog &log = context.audit();
    const JobReport &report = context.reportSoFar();
    QJsonObject details = report.data;
    details.remove(QStringLiteral("folder"));
    if (report.error)
        details.insert(QStringLiteral("reason"), report.error->kindName());
    log.append(QStringLiteral("volume.migrate-dir.rollback"), QFileInfo(m_folder).absoluteFilePath(),
               report.error ? QStringLiteral("failed") : QStringLiteral("succeeded"), details);
}

void MigrationRollbackJob::rollback(JobContext &context)
{
    const QString folder = QDir::cleanPath(QFileInfo(m_folder).absoluteFilePath());
    QJsonObject data{{QStringLiteral("folder"), folder}};
    auto fail = [&](const Error &error) {
        context.setData(data);
        context.fail(error);
    };
    context.startStep(0);
    std::optional<MigrationJournal> journal;
    if (!m_image.isEmpty()) {
        auto loaded = MigrationJournal::load(m_image);
        if (!loaded) {
            fail(loaded.error());
            return;
        }
        if (!loaded->has_value()) {
            fail(
                Error(ExitCode::Failure,
                      QCoreApplication::translate("MigrationRollbackJob", "%1 has no migration journal (%2).")
                          .arg(m_image, MigrationJournal::pathFor(m_image)),
                      QStringLiteral("not-found")));
            return;
        }
        journal = **loaded;
        data.insert(QStringLiteral("image"), journal->image());
        if (journal->folder() != folder) {
            fail(Error(ExitCode::Usage, QCoreApplication::translate(
                                            "MigrationRollbackJob",
                                            "The journal of %1 belongs to the migration of %2, not %3.")
                                            .arg(m_image, journal->folder(), folder)));
            return;
        }
        if (!journal->reached(QStringLiteral("switching"))) {
            // Nothing was renamed: the folder is where it was; the image stays for the user to remove.
            if (auto s = journal->advance(QStringLiteral("rolled-back")); !s) {
                fail(s.error());
                return;
            }
            data.insert(QStringLiteral("restored"), false);
            context.setData(data);
            context.setOverview(
                QCoreApplication::translate("MigrationRollbackJob",
                                            "%1 was never switched over, so it is where it was. The image %2 "
                                            "is left as it is; remove it yourself when it is not wanted.")
                    .arg(folder, journal->image()));
            return;
        }
    }
    const QString kept = journal && journal->reached(QStringLiteral("switching")) &&
                                 journal->stage() != QLatin1String("rolled-back")
                             ? journal->text(QStringLiteral("kept_original"))
                             : newestKeptOriginal(folder);
    if (kept.isEmpty() || !QFileInfo(kept).isDir()) {
        // Renamed back by a run that was stopped before it updated the journal: the folder is there
        // with its files and the kept name is gone.
        const bool done =
            journal &&
            (journal->stage() == QLatin1String("rolled-back") ||
             !QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
        if (done && QFileInfo(folder).isDir()) {
            if (journal->stage() != QLatin1String("rolled-back")) {
                if (auto s = journal->advance(QStringLiteral("rolled-back")); !s) {
                    fail(s.error());
                    return;
                }
            }
            data.insert(QStringLiteral("restored"), true);
            context.setData(data);
            context.setOverview(
                QCoreApplication::translate("MigrationRollbackJob", "%1 was already put back.").arg(folder));
            return;
        }
        fail(Error(ExitCode::Failure,
                   QCoreApplication::translate("MigrationRollbackJob",
                                               "There is no %1.before-migration-* to put back.")
                       .arg(folder),
                   QStringLiteral("not-found")));
        return;
    }
    data.insert(QStringLiteral("kept_original"), kept);

    context.startStep(1);
    const QByteArray target = QFile::encodeName(folder), source = QFile::encodeName(kept);
    struct stat st{}, parent{};
    if (::lstat(target.constData(), &st) == 0) {
        if (!S_ISDIR(st.st_mode)) {
            fail(Error(ExitCode::Failure,
                       QCoreApplication::translate("MigrationRollbackJob",
                                                   "%1 is not a folder; nothing was changed.")
                           .arg(folder),
                       QStringLiteral("refused")));
            return;
        }
        if (::stat(QFile::encodeName(QFileInfo(folder).absolutePath()).constData(), &parent) == 0 &&
            parent.st_dev != st.st_dev) {
            fail(Error(ExitCode::Busy,
                       QCoreApplication::translate(
                           "MigrationRollbackJob",
                           "The volume is mounted at %1; stop what uses it and unmount it first.")
                           .arg(folder),
                       QStringLiteral("mounted")));
            return;
        }
        if (!QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
            fail(Error(ExitCode::Failure,
                       QCoreApplication::translate(
                           "MigrationRollbackJob",
                           "%1 is not empty: something was written there after the switch-over. Move "
                           "those files away first; Strongroom deletes nothing.")
                           .arg(folder),
                       QStringLiteral("refused")));
            return;
        }
        if (::rmdir(target.constData()) != 0) {
            fail(Error(ExitCode::Failure, QCoreApplication::translate("MigrationRollbackJob",
                                                                      "Cannot remove the mount point %1: %2")
                                              .arg(folder, errnoText(errno))));
            return;
        }
    }
    crashPointForTests("migrate-rollback");
    if (::rename(source.constData(), target.constData()) != 0) {
        fail(Error(ExitCode::Failure,
                   QCoreApplication::translate("MigrationRollbackJob", "Cannot rename %1 back to %2: %3")
                       .arg(kept, folder, errnoText(errno))));
        return;
    }
    safefile::fsyncDirectory(QFileInfo(folder).absolutePath());
    if (journal) {
        if (auto s = journal->advance(QStringLiteral("rolled-back")); !s) {
            fail(s.error());
            return;
        }
    }
    data.insert(QStringLiteral("restored"), true);
    context.setData(data);
    context.setOverview(
        QCoreApplication::translate("MigrationRollbackJob", "%1 is back in place (it was kept as %2).")
            .arg(folder, kept));
}

} // namespace strongroom::migration
