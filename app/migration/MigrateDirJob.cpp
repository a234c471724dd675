#include "migration/MigrateDirJob.h"

#include "core/AuditLog.h"
#include "core/CrashPoint.h"
#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
#include "core/KernelFeatures.h"
#include "core/SafeFile.h"
#include "migration/MappedImageBuilder.h"
#include "migration/MigrationJournal.h"
#include "migration/MountConfig.h"
#include "migration/PlainImageBuilder.h"
#include "migration/PostgresAfterMoveJob.h"
#include "migration/RowCountComparison.h"
#include "migration/SourceTree.h"
#include "migration/TreeVerifier.h"
#include "uservolume/DecryptedImage.h"
#include "uservolume/ExtFileSystem.h"
#include "volumes/CryptDevice.h"
#include "volumes/KeySlots.h"
#include "volumes/RecoveryKey.h"
#include "volumes/SlotNames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace strongroom::migration {

namespace {

constexpr qint64 kMigrateMiB = 1024 * 1024;

enum Step
{
    Preflight,
    Build,
    Encrypt,
    Recovery,
    Verify,
    Switch,
    Postgres
};

bool isInside(const QString &path, const QString &folder)
{
    const QString f = QDir::cleanPath(folder);
    return path == f || path.startsWith(f + QLatin1Char('/'));
}

// Whether `folder` is a mount point: another file system than its parent's.
bool isMountPoint(const QString &folder)
{
    struct stat own{}, parent{};
    return ::stat(QFile::encodeName(folder).constData(), &own) == 0 &&
           ::stat(QFile::encodeName(QFileInfo(folder).absolutePath()).constData(), &parent) == 0 &&
           own.st_dev != parent.st_dev;
}

} // namespace

MigrateDirJob::MigrateDirJob(Request request) : m_request(std::move(request)) {}

QString MigrateDirJob::title() const
{
    return QCoreApplication::translate("MigrateDirJob", "Move %1 into an encrypted volume")
        .arg(QFileInfo(m_request.folder).fileName());
}

QList<JobStep> MigrateDirJob::steps() const
{
    return {{QCoreApplication::translate("MigrateDirJob", "Preflight")},
            {QCoreApplication::translate("MigrateDirJob", "Build the volume")},
            {QCoreApplication::translate("MigrateDirJob", "Encrypt in place"), true},
            {QCoreApplication::translate("MigrateDirJob", "Add the recovery key")},
            {QCoreApplication::translate("MigrateDirJob", "Verify every file")},
            {QCoreApplication::translate("MigrateDirJob", "Switch over"), true},
            {QCoreApplication::translate("MigrateDirJob", "PostgreSQL on the new location")}};
}

void MigrateDirJob::run(JobContext &context)
{
    migrate(context);
    const AuditLog &log = context.audit();
    const QString target = QFileInfo(m_request.folder).absoluteFilePath();
    const JobReport &report = context.reportSoFar();
    QJsonObject details{{QStringLiteral("image"), QFileInfo(m_request.image).absoluteFilePath()}};
    if (report.data.contains(QStringLiteral("stage")))
        details.insert(QStringLiteral("stage"), report.data.value(QStringLiteral("stage")));
    if (report.data.contains(QStringLiteral("kept_original")))
        details.insert(QStringLiteral("kept_original"), report.data.value(QStringLiteral("kept_original")));
    if (report.data.contains(QStringLiteral("build_path")))
        details.insert(QStringLiteral("build_path"), report.data.value(QStringLiteral("build_path")));
    if (report.data.contains(QStringLiteral("verified_backup")))
        details.insert(QStringLiteral("verified_backup"),
                       report.data.value(QStringLiteral("verified_backup")));
    if (report.error) {
        details.insert(QStringLiteral("reason"), report.error->kindName());
        if (report.data.contains(QStringLiteral("difference_count")))
            details.insert(QStringLiteral("difference_count"),
                           report.data.value(QStringLiteral("difference_count")));
        log.append(QStringLiteral("volume.migrate-dir"), target, QStringLiteral("failed"), details);
    } else if (context.sawCancel()) {
        log.append(QStringLiteral("volume.migrate-dir"), target, QStringLiteral("cancelled"), details);
    } else {
        details.insert(QStringLiteral("switched"), report.data.value(QStringLiteral("switched")));
        details.insert(QStringLiteral("files"), report.data.value(QStringLiteral("entries")));
        log.append(QStringLiteral("volume.migrate-dir"), target, QStringLiteral("succeeded"), details);
    }
    // The recovery key made in this run reaches the caller now (the run was not killed), so a later
    // run keeps it rather than replacing it.
    if (!m_recoveryKey.isEmpty()) {
        if (auto journal = MigrationJournal::load(m_request.image); journal && journal->has_value()) {
            (*journal)->set(QStringLiteral("recovery_delivered"), true);
            (*journal)->save();
        }
    }
}

void MigrateDirJob::migrate(JobContext &context)
{
    const Request &r = m_request;
    const QString folder = QDir::cleanPath(QFileInfo(r.folder).absoluteFilePath());
    const QString image = QFileInfo(r.image).absoluteFilePath();
    const WorkProgress cancel = workProgress(context).cancelOnly();
    QJsonObject data{{QStringLiteral("folder"), folder}, {QStringLiteral("image"), image}};
    auto fail = [&](const Error &error) {
        context.setData(data);
        context.fail(error);
    };
    // Each completed step that changed something leaves its own audit line; the run's line follows
    // at the end (run()).
    const AuditLog &audit = context.audit();
    auto auditStep = [&](const QString &step, QJsonObject details = {}) {
        details.insert(QStringLiteral("image"), image);
        audit.append(QStringLiteral("volume.migrate-dir.") + step, folder, QStringLiteral("succeeded"),
                     details);
    };

    // 1. Preflight.
    context.startStep(Preflight);
    if (isInside(image, folder)) {
        fail(Error(ExitCode::Usage,
                   QCoreApplication::translate(
                       "MigrateDirJob", "The image %1 would be inside %2, the folder it is to hold. Put it "
                                        "somewhere else.")
                       .arg(image, folder)));
        return;
    }
    auto loaded = MigrationJournal::load(image);
    if (!loaded) {
        fail(loaded.error());
        return;
    }
    MigrationJournal journal = loaded->has_value() ? **loaded : MigrationJournal::fresh(image, folder);
    const bool resumed = loaded->has_value();
    if (resumed && journal.folder() != folder) {
        fail(Error(ExitCode::Usage,
                   QCoreApplication::translate("MigrateDirJob",
                                               "The journal %1 belongs to the migration of %2, not %3.")
                       .arg(MigrationJournal::pathFor(image), journal.folder(), folder)));
        return;
    }
    if (journal.stage() == QLatin1String("rolled-back")) {
        fail(Error(ExitCode::Failure,
                   QCoreApplication::translate(
                       "MigrateDirJob",
                       "This migration was rolled back. To start again, move the image %1 and its journal "
                       "%2 away first.")
                       .arg(image, MigrationJournal::pathFor(image)),
                   QStringLiteral("refused")));
        return;
    }
    if (!resumed && QFileInfo::exists(image)) {
        fail(Error(
            ExitCode::Failure,
            QCoreApplication::translate(
                "MigrateDirJob", "%1 already exists; Strongroom never formats over a file. Pick a new name.")
                .arg(image),
            QStringLiteral("refused")));
        return;
    }
    if (journal.reached(QStringLiteral("switched")) &&
        !QFileInfo::exists(journal.text(QStringLiteral("kept_original")))) {
        fail(Error(ExitCode::Failure,
                   QCoreApplication::translate(
                       "MigrateDirJob",
                       "%1 was put back (rolled back) after the switch-over. To start again, move the image "
                       "%2 and its journal away first.")
                       .arg(folder, image),
                   QStringLiteral("refused")));
        return;
    }
    data.insert(QStringLiteral("resumed"), resumed);
    // Kept in the journal (saved with the next step) so that a resumed run still names it.
    if (!r.verifiedBackup.isEmpty())
        journal.set(QStringLiteral("verified_backup"), QFileInfo(r.verifiedBackup).absoluteFilePath());
    if (const QString backup = journal.text(QStringLiteral("verified_backup")); !backup.isEmpty()) {
        data.insert(QStringLiteral("verified_backup"), backup);
        context.addDetail(
            QCoreApplication::translate("MigrateDirJob", "Verified backup made before the move: %1")
                .arg(backup));
    }
    const bool switching = journal.reached(QStringLiteral("switching"));
    SourceScan scan;
    PostgresState pg;
    if (!switching) {
        auto scanned = scanSource(folder, cancel);
        if (scanned.cancelled())
            return;
        if (!scanned) {
            fail(scanned.error());
            return;
        }
        scan = *scanned;
        if (!scan.unreadable.isEmpty()) {
            data.insert(QStringLiteral("unreadable"), QJsonArray::fromStringList(scan.unreadable));
            fail(Error(ExitCode::Failure,
                       QCoreApplication::translate(
                           "MigrateDirJob",
                           "%1 cannot be read completely by this user (first: %2). Run as the folder's owner "
                           "or as root.")
                           .arg(folder, scan.unreadable.first()),
                       QStringLiteral("refused")));
            return;
        }
        pg = postgresState(folder);
        if (pg.isDataDirectory())
            journal.set(QStringLiteral("postgres_version"), pg.version);
        if (pg.livePid > 0) {
            if (r.rowCounts && !journal.data().contains(QStringLiteral("row_counts"))) {
                postgres::PgInfoJob::Request counting = *r.rowCounts;
                counting.exactCounts = true;
                postgres::PgInfoJob counter(counting);
                const JobReport counted = context.runChild(counter);
                if (counted.outcome == JobOutcome::Cancelled)
                    return;
                if (counted.error) {
                    fail(*counted.error);
                    return;
                }
                journal.set(QStringLiteral("row_counts"), rowCountsJson(counter.info()));
                if (auto s = resumed ? journal.save() : journal.advance(QStringLiteral("checked")); !s) {
                    fail(s.error());
                    return;
                }
                context.addDetail(
                    QCoreApplication::translate(
                        "MigrateDirJob", "Exact row counts recorded in %1 for the comparison after the move.")
                        .arg(MigrationJournal::pathFor(image)));
            }
            data.insert(QStringLiteral("postmaster_pid"), pg.livePid);
            fail(Error(ExitCode::Busy,
                       QCoreApplication::translate(
                           "MigrateDirJob",
                           "PostgreSQL %1 is running on %2 (postmaster PID %3). Stop it first (%4, as the "
                           "server's user for pg_ctl), then run this again.%5")
                           .arg(pg.version, folder)
                           .arg(pg.livePid)
                           .arg(pg.howToStop(folder),
                                r.rowCounts ? QString()
                                            : QCoreApplication::translate(
                                                  "MigrateDirJob",
                                                  " To record exact row counts for the comparison after the "
                                                  "move, give --dbname while the server still runs.")),
                       QStringLiteral("postgres-running")));
            return;
        }
        const struct stat &top = scan.entries.first().st;
        qint64 inodes = 0;
        const qint64 room = inplace::encryptionRoom(r.params);
        const qint64 minimumFs = fileSystemBytesFor(scan, 0, &inodes);
        qint64 fsBytes = fileSystemBytesFor(scan, r.headroomPercent, &inodes);
        qint64 imageBytes = fsBytes + room;
        if (journal.reached(QStringLiteral("building"))) {
            imageBytes = journal.number(QStringLiteral("image_bytes"));
            fsBytes = journal.number(QStringLiteral("fs_bytes"));
            inodes = journal.number(QStringLiteral("inodes"));
        } else if (r.sizeBytes > 0) {
            if (r.sizeBytes % kMigrateMiB != 0 || r.sizeBytes - room < minimumFs) {
                fail(Error(
                    ExitCode::Usage,
                    QCoreApplication::translate(
                        "MigrateDirJob",
                        "--size must be a whole number of MiB and at least %1 MiB for %2 (its files, the "
                        "file system's own room and %3 MiB for the LUKS2 header).")
                        .arg((minimumFs + room) / kMigrateMiB)
                        .arg(folder)
                        .arg(room / kMigrateMiB)));
                return;
            }
            imageBytes = r.sizeBytes;
            fsBytes = imageBytes - room;
        }
        if (!journal.reached(QStringLiteral("building"))) {
            if (auto s = safefile::requireFreeSpace(
                    QFileInfo(image).absolutePath(), imageBytes,
                    QCoreApplication::translate("MigrateDirJob", "the volume image"));
                !s) {
                fail(s.error());
                return;
            }
        }
        if (!journal.reached(QStringLiteral("building"))) {
            auto choice = chooseBuildPath(r.buildPath, probeBuildPathFacts(scan));
            if (!choice) {
                fail(choice.error());
                return;
            }
            journal.set(QStringLiteral("build_path"), buildPathName(choice->path));
            journal.set(QStringLiteral("build_reason"), choice->reason);
        }
        journal.set(QStringLiteral("owner"),
                    QJsonObject{{QStringLiteral("uid"), qint64(top.st_uid)},
                                {QStringLiteral("gid"), qint64(top.st_gid)},
                                {QStringLiteral("mode"), QString::number(top.st_mode & 07777, 8)}});
        journal.set(QStringLiteral("image_bytes"), imageBytes);
        journal.set(QStringLiteral("fs_bytes"), fsBytes);
        journal.set(QStringLiteral("inodes"), inodes);
        journal.set(QStringLiteral("entries"), qint64(scan.entries.size()));
        journal.set(QStringLiteral("file_bytes"), scan.fileBytes);
        const Status saved = resumed ? journal.save() : journal.advance(QStringLiteral("checked"));
        if (!saved) {
            fail(saved.error());
            return;
        }
        data.insert(QStringLiteral("file_bytes"), scan.fileBytes);
        data.insert(QStringLiteral("image_bytes"), imageBytes);
        context.addDetail(
            QCoreApplication::translate("MigrateDirJob",
                                        "%1: %2 entries, %3 MiB of files; image %4 MiB with %5 % headroom.")
                .arg(folder)
                .arg(scan.entries.size())
                .arg(scan.fileBytes / kMigrateMiB)
                .arg(imageBytes / kMigrateMiB)
                .arg(r.headroomPercent));
    }
    crashPointForTests("migrate-preflight");
    if (context.isCancelled())
        return;

    // 2. Build the volume: mapped (format, open, mkfs, mount, copy) or the plain file system from
    // the folder (mke2fs -d), as the preflight chose and the journal keeps.
    const BuildPath path =
        buildPathFromName(journal.text(QStringLiteral("build_path"))).value_or(BuildPath::UserSpace);
    if (path == BuildPath::Mapped)
        context.startStep(Build, scan.fileBytes, ProgressUnit::Bytes); // the copy's bytes
    else
        context.startStep(Build);
    data.insert(QStringLiteral("build_path"), buildPathName(path));
    if (journal.data().contains(QStringLiteral("build_reason"))) {
        data.insert(QStringLiteral("build_reason"), journal.text(QStringLiteral("build_reason")));
        context.addDetail(journal.text(QStringLiteral("build_reason")));
    }
    if (!journal.reached(QStringLiteral("built"))) {
        if (journal.stage() == QLatin1String("building")) {
            // Our own half-made image from a run that was stopped: closed if it is open, then remade.
            if (path == BuildPath::Mapped)
                releaseMappedImage(context.audit(), image);
            QFile::remove(image);
        }
        if (auto s = journal.advance(QStringLiteral("building")); !s) {
            fail(s.error());
            return;
        }
        if (path == BuildPath::Mapped) {
            MappedImageRequest build{image,
                                     folder,
                                     journal.number(QStringLiteral("image_bytes")),
                                     journal.number(QStringLiteral("inodes")),
                                     r.params,
                                     r.key};
            auto built = buildMappedImage(context, build, scan, [&journal](const QString &step) {
                journal.set(QStringLiteral("mapped_step"), step);
                const Status saved = journal.save();
                crashPointForTests(
                    QByteArray(QByteArrayLiteral("migrate-mapped-") + step.toLatin1()).constData());
                return saved;
            });
            if (built.cancelled())
                return; // the next run closes what is left and builds again
            if (!built) {
                QFile::remove(image);
                fail(built.error());
                return;
            }
            // The mapped volume is encrypted from the start: on to the recovery key.
            journal.set(QStringLiteral("operational_slot"), built->slot);
            journal.set(QStringLiteral("mapped_backend"), built->backend);
            if (auto s = journal.advance(QStringLiteral("encrypted")); !s) {
                fail(s.error());
                return;
            }
            data.insert(QStringLiteral("mapped_backend"), built->backend);
            data.insert(QStringLiteral("copied_files"), built->copy.files);
            data.insert(QStringLiteral("copied_bytes"), built->copy.bytes);
            auditStep(QStringLiteral("build"),
                      {{QStringLiteral("path"), buildPathName(path)},
                       {QStringLiteral("backend"), built->backend},
                       {QStringLiteral("image_bytes"), journal.number(QStringLiteral("image_bytes"))},
                       {QStringLiteral("files"), built->copy.files},
                       {QStringLiteral("bytes"), built->copy.bytes}});
        } else {
            PlainImageRequest build{image,
                                    folder,
                                    journal.number(QStringLiteral("fs_bytes")),
                                    journal.number(QStringLiteral("image_bytes")),
                                    journal.number(QStringLiteral("inodes")),
                                    r.params.label};
            const Status built = buildPlainImage(build, scan, cancel);
            crashPointForTests("migrate-build");
            if (!built) {
                QFile::remove(image);
                if (!built.cancelled())
                    fail(built.error());
                return;
            }
            if (auto s = journal.advance(QStringLiteral("built")); !s) {
                fail(s.error());
                return;
            }
            auditStep(QStringLiteral("build"),
                      {{QStringLiteral("path"), buildPathName(path)},
                       {QStringLiteral("image_bytes"), journal.number(QStringLiteral("image_bytes"))}});
        }
    }
    if (context.isCancelled())
        return;

    // 3. Encrypt in place (resumable by libcryptsetup itself).
    context.startStep(Encrypt, 0, ProgressUnit::Bytes);
    if (!journal.reached(QStringLiteral("encrypted"))) {
        if (auto s = journal.advance(QStringLiteral("encrypting")); !s) {
            fail(s.error());
            return;
        }
        crashPointForTests("migrate-encrypt");
        inplace::EncryptionParams params = r.params;
        params.growImage = false; // the file system left the room free
        auto outcome = inplace::encrypt(image, r.key, params, workProgress(context));
        if (!outcome) {
            fail(outcome.error());
            return;
        }
        if (!outcome->finished)
            return; // cancelled: the next run resumes the encryption
        journal.set(QStringLiteral("operational_slot"), outcome->slot);
        if (auto s = journal.advance(QStringLiteral("encrypted")); !s) {
            fail(s.error());
            return;
        }
        auditStep(QStringLiteral("encrypt"), {{QStringLiteral("slot"), outcome->slot}});
    }
    if (context.isCancelled())
        return;

    // 4. The recovery key: made again unless an earlier run handed it over, since a key that was
    // never shown (the run was killed) is a slot nobody can use.
    context.startStep(Recovery);
    if (!journal.reached(QStringLiteral("recovery-added")) ||
        !journal.flag(QStringLiteral("recovery_delivered"))) {
        auto device = CryptDevice::load(image);
        if (!device) {
            fail(device.error());
            return;
        }
        const QMap<int, QString> names = slotNames(**device);
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            if (it.value() == QLatin1String("recovery")) {
                if (auto s = keyslots::undoAdd(**device, it.key()); !s) {
                    fail(s.error());
                    return;
                }
            }
        }
        QCA::SecureArray recovery =
            r.chosenRecoveryKey.isEmpty() ? recoverykey::generate() : r.chosenRecoveryKey;
        // Two key derivations (the operational key proves itself, the recovery key is derived) that
        // cannot be stopped midway.
        context.beginUnstoppable(2 * qint64(r.params.pbkdf.iterTimeMs));
        auto added =
            keyslots::add(**device, r.key, KeyMaterial(recovery), r.params.pbkdf, QStringLiteral("recovery"));
        context.endUnstoppable();
        if (!added) {
            fail(added.error());
            return;
        }
        m_recoveryKey = recovery;
        data.insert(QStringLiteral("recovery_slot"), *added);
        journal.set(QStringLiteral("recovery_slot"), *added);
        journal.set(QStringLiteral("recovery_delivered"), false);
        const Status saved = journal.reached(QStringLiteral("recovery-added"))
                                 ? journal.save()
                                 : journal.advance(QStringLiteral("recovery-added"));
        if (!saved) {
            fail(saved.error());
            return;
        }
        auditStep(QStringLiteral("recovery-key"), {{QStringLiteral("slot"), *added}});
        crashPointForTests("migrate-recovery");
    }
    if (context.isCancelled())
        return;

    // 5. Verify every file without mounting; before the switch-over of a verified volume, a quick
    // re-check of the metadata proves the folder did not change since.
    context.startStep(Verify, scan.fileBytes, ProgressUnit::Bytes);
    if (!switching && (!journal.reached(QStringLiteral("verified")) || r.switchOver)) {
        const bool full = !journal.reached(QStringLiteral("verified"));
        context.beginUnstoppable(r.params.pbkdf.iterTimeMs); // the key derivation
        auto opened = DecryptedImage::open(image, QString(), r.key);
        context.endUnstoppable();
        if (!opened) {
            fail(opened.error());
            return;
        }
        auto fs = ExtFileSystem::open(std::move(*opened));
        if (!fs) {
            fail(fs.error());
            return;
        }
        VerifyOptions options;
        options.hashContents = full;
        options.progress = workProgress(context);
        auto verified = verifyTree(**fs, folder, scan, options);
        if (verified.cancelled())
            return;
        if (!verified) {
            fail(verified.error());
            return;
        }
        data.insert(QStringLiteral("entries"), verified->entries);
        data.insert(QStringLiteral("bytes_verified"), verified->bytesHashed);
        if (verified->differenceCount > 0) {
            data.insert(QStringLiteral("difference_count"), verified->differenceCount);
            data.insert(QStringLiteral("differences"), QJsonArray::fromStringList(verified->differences));
            for (const QString &d : std::as_const(verified->differences))
                context.addDetail(d);
            if (journal.reached(QStringLiteral("verified"))) {
                journal.set(QStringLiteral("stage"), QStringLiteral("recovery-added"));
                journal.save(); // the next run verifies everything again
            }
            fail(Error(ExitCode::Integrity,
                       full
                           ? QCoreApplication::translate(
                                 "MigrateDirJob",
                                 "The volume differs from %1 in %2 places (first: %3). Nothing was switched; "
                                 "the folder is untouched.")
                                 .arg(folder)
                                 .arg(verified->differenceCount)
                                 .arg(verified->differences.value(0))
                           : QCoreApplication::translate(
                                 "MigrateDirJob",
                                 "%1 changed since the volume was verified (%2 differences, first: %3). "
                                 "Nothing was switched; the volume must be built again: move %4 and its "
                                 "journal away and run this again.")
                                 .arg(folder)
                                 .arg(verified->differenceCount)
                                 .arg(verified->differences.value(0), image),
                       QStringLiteral("verification-failed")));
            return;
        }
        if (full) {
            journal.set(QStringLiteral("verified_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            journal.set(QStringLiteral("verified_entries"), verified->entries);
            if (auto s = journal.advance(QStringLiteral("verified")); !s) {
                fail(s.error());
                return;
            }
            auditStep(QStringLiteral("verify"), {{QStringLiteral("entries"), verified->entries},
                                                 {QStringLiteral("bytes"), verified->bytesHashed}});
        }
        crashPointForTests("migrate-verify");
    } else if (journal.reached(QStringLiteral("verified"))) {
        data.insert(QStringLiteral("entries"), journal.number(QStringLiteral("verified_entries")));
    }
    if (context.isCancelled())
        return;

    // 6. Switch over, only when asked.
    context.startStep(Switch);
    const MountConfig config = mountConfigFor(image, folder);
    data.insert(QStringLiteral("crypttab"), config.crypttabLine);
    data.insert(QStringLiteral("fstab"), config.fstabLine);
    data.insert(QStringLiteral("mount_unit_name"), config.unitName);
    data.insert(QStringLiteral("mount_unit"), config.unitText);
    if (!r.switchOver && !switching) {
        data.insert(QStringLiteral("switched"), false);
        data.insert(QStringLiteral("stage"), journal.stage());
        context.setData(data);
        context.setOverview(QCoreApplication::translate(
                                "MigrateDirJob",
                                "%1 is in %2 and every file is verified. Nothing was switched yet: run "
                                "again with --yes (or confirm in the wizard) to switch over.")
                                .arg(folder, image));
        return;
    }
    if (!journal.reached(QStringLiteral("switched"))) {
        const QJsonObject owner = journal.value(QStringLiteral("owner"));
        if (!switching) {
            if (const PostgresState now = postgresState(folder); now.livePid > 0) {
                fail(Error(ExitCode::Busy,
                           QCoreApplication::translate(
                               "MigrateDirJob",
                               "PostgreSQL was started on %1 again (PID %2); stop it before the switch-over.")
                               .arg(folder)
                               .arg(now.livePid),
                           QStringLiteral("postgres-running")));
                return;
            }
            journal.set(QStringLiteral("kept_original"),
                        safefile::keptOriginalPath(folder, QStringLiteral("migration")));
            if (auto s = journal.advance(QStringLiteral("switching")); !s) {
                fail(s.error());
                return;
            }
        }
        const QString kept = journal.text(QStringLiteral("kept_original"));
        crashPointForTests("migrate-switch");
        const QByteArray from = QFile::encodeName(folder), to = QFile::encodeName(kept);
        if (!QFileInfo::exists(kept)) {
            if (::rename(from.constData(), to.constData()) != 0) {
                fail(Error(ExitCode::Failure,
                           QCoreApplication::translate("MigrateDirJob", "Cannot rename %1 to %2: %3")
                               .arg(folder, kept, errnoText(errno))));
                return;
            }
            safefile::fsyncDirectory(QFileInfo(folder).absolutePath());
        }
        crashPointForTests("migrate-switch-renamed");
        if (!QFileInfo::exists(folder)) {
            // The mount point: empty, with the folder's owner and mode, so nothing starts on it unmounted.
            const mode_t mode = mode_t(owner.value(QStringLiteral("mode")).toString().toUInt(nullptr, 8));
            if (::mkdir(from.constData(), 0700) != 0) {
                fail(Error(ExitCode::Failure,
                           QCoreApplication::translate("MigrateDirJob", "Cannot make the mount point %1: %2")
                               .arg(folder, errnoText(errno))));
                return;
            }
            if (::geteuid() == 0)
                (void)::chown(from.constData(), uid_t(owner.value(QStringLiteral("uid")).toInteger()),
                              gid_t(owner.value(QStringLiteral("gid")).toInteger()));
            ::chmod(from.constData(), mode);
            safefile::fsyncDirectory(QFileInfo(folder).absolutePath());
        }
        if (auto s = journal.advance(QStringLiteral("switched")); !s) {
            fail(s.error());
            return;
        }
        auditStep(QStringLiteral("switch"),
                  {{QStringLiteral("kept_original"), journal.text(QStringLiteral("kept_original"))}});
    }
    data.insert(QStringLiteral("switched"), true);
    data.insert(QStringLiteral("kept_original"), journal.text(QStringLiteral("kept_original")));
    if (r.installMountConfig) {
        if (auto s = installMountConfig(config); !s) {
            fail(s.error());
            return;
        }
        data.insert(QStringLiteral("mount_config_written"), true);
    }

    // 7. PostgreSQL on the new location: started and compared where the volume is mounted at the
    // folder and the user gave the service command; otherwise the report says what is left and why.
    context.startStep(Postgres);
    const QString pgVersion = journal.text(QStringLiteral("postgres_version"));
    if (!pgVersion.isEmpty()) {
        QJsonObject pgData{{QStringLiteral("version"), pgVersion}};
        const bool deviceMapper = deviceMapperAvailable();
        const bool mounted =
            isMountPoint(folder) && QFileInfo::exists(folder + QStringLiteral("/PG_VERSION"));
        const bool counted = journal.data().contains(QStringLiteral("row_counts"));
        pgData.insert(QStringLiteral("device_mapper"), deviceMapper);
        pgData.insert(QStringLiteral("mounted"), mounted);
        pgData.insert(QStringLiteral("compared"), false);
        if (counted)
            pgData.insert(QStringLiteral("row_counts"), journal.value(QStringLiteral("row_counts")));
        if (mounted && counted && r.rowCounts && !r.pgStartCommand.isEmpty()) {
            PostgresAfterMoveJob::Request check{image, r.pgStartCommand, *r.rowCounts, r.pgWaitSeconds};
            PostgresAfterMoveJob checker(check);
            const JobReport checked = context.runChild(checker);
            if (checked.outcome == JobOutcome::Cancelled)
                return;
            pgData.insert(QStringLiteral("started"), true);
            pgData.insert(QStringLiteral("compared"), !checked.data.isEmpty());
            pgData.insert(QStringLiteral("differences"), checked.data.value(QStringLiteral("differences")));
            for (const QString &d : checked.details)
                context.addDetail(d);
            data.insert(QStringLiteral("postgres"), pgData);
            if (checked.error) {
                fail(*checked.error);
                return;
            }
            context.addDetail(checked.overview);
        } else {
            QString missing;
            if (!mounted)
                missing =
                    deviceMapper
                        ? QCoreApplication::translate(
                              "MigrateDirJob",
                              "the volume is not mounted at %1 yet (volume open and mount, or the "
                              "crypttab and fstab lines)")
                              .arg(folder)
                        : QCoreApplication::translate(
                              "MigrateDirJob", "the volume is not mounted at %1, and this machine has no "
                                               "device-mapper to mount it")
                              .arg(folder);
            else if (!counted)
                missing = QCoreApplication::translate(
                    "MigrateDirJob", "no row counts were recorded before the move (--dbname while it ran)");
            else
                missing = QCoreApplication::translate(
                    "MigrateDirJob",
                    "no service command and connection were given (--pg-start-command, --dbname)");
            pgData.insert(QStringLiteral("not_compared_because"), missing);
            data.insert(QStringLiteral("postgres"), pgData);
            context.addDetail(
                QCoreApplication::translate("MigrateDirJob",
                                            "PostgreSQL %1 was not started on the new location and its row "
                                            "counts were not compared: %2. Once it is mounted there, run "
                                            "volume migrate-dir --check-postgres.")
                    .arg(pgVersion, missing));
        }
    }
    data.insert(QStringLiteral("stage"), journal.stage());
    context.setData(data);
    context.setOverview(
        QCoreApplication::translate("MigrateDirJob",
                                    "%1 now lives in %2; the original is kept as %3. Mount the volume at %1 "
                                    "before starting what uses it.")
            .arg(folder, image, journal.text(QStringLiteral("kept_original"))));
}

} // namespace strongroom::migration
