#include "migration/BuildPath.h"

#include "core/KernelFeatures.h"
#include "volumes/UdisksClient.h"

#include <QCoreApplication>
#include <QFile>
#include <unistd.h>

namespace strongroom::migration {

QString buildPathName(BuildPath path)
{
    return path == BuildPath::Mapped ? QStringLiteral("mapped") : QStringLiteral("user-space");
}

std::optional<BuildPath> buildPathFromName(const QString &name)
{
    if (name == QLatin1String("mapped"))
        return BuildPath::Mapped;
    if (name == QLatin1String("user-space"))
        return BuildPath::UserSpace;
    return std::nullopt;
}

std::optional<BuildPathPreference> buildPathPreferenceFromName(const QString &name)
{
    if (name == QLatin1String("auto"))
        return BuildPathPreference::Automatic;
    if (name == QLatin1String("mapped"))
        return BuildPathPreference::Mapped;
    if (name == QLatin1String("user-space"))
        return BuildPathPreference::UserSpace;
    return std::nullopt;
}

BuildPathFacts probeBuildPathFacts(const SourceScan &scan)
{
    BuildPathFacts facts;
    facts.deviceMapper = deviceMapperAvailable();
    facts.root = ::geteuid() == 0;
    // udisks2 is only asked when it could map anything at all.
    if (facts.deviceMapper) {
        const Status udisks = UdisksClient().available();
        facts.udisks = udisks.ok();
        if (!udisks)
            facts.udisksProblem = udisks.error().message;
    }
    const uid_t me = ::geteuid();
    for (const SourceEntry &entry : scan.entries) {
        if (entry.st.st_uid != me) {
            if (facts.foreignEntries++ == 0)
                facts.firstForeign = entry.path;
        }
    }
    return facts;
}

Result<BuildPathChoice> chooseBuildPath(BuildPathPreference preference, const BuildPathFacts &facts)
{
    if (preference == BuildPathPreference::UserSpace)
        return BuildPathChoice{
            BuildPath::UserSpace,
            QCoreApplication::translate("MigrationBuildPath",
                                        "The user-space build was asked for (--build "
                                        "user-space): mke2fs -d, then encryption in place.")};
    // Why the volume cannot be opened and filled here, or "" when it can.
    QString obstacle;
    if (!facts.deviceMapper)
        obstacle = QCoreApplication::translate(
            "MigrationBuildPath",
            "This machine has no device-mapper (/dev/mapper/control or the dm_crypt driver is missing), so "
            "the new volume cannot be opened and mounted here.");
    else if (!facts.root && !facts.udisks)
        obstacle = QCoreApplication::translate("MigrationBuildPath",
                                               "The volume could only be opened by udisks2 or by root, and "
                                               "udisks2 cannot be asked: %1")
                       .arg(facts.udisksProblem);
    else if (!facts.root && facts.foreignEntries > 0)
        obstacle = QCoreApplication::translate("MigrationBuildPath",
                                               "%1 entries of the folder (first: %2) belong to other users, "
                                               "and only root can give a copy another owner.")
                       .arg(facts.foreignEntries)
                       .arg(facts.firstForeign.isEmpty() ? QStringLiteral("/")
                                                         : QFile::decodeName(facts.firstForeign));
    if (obstacle.isEmpty())
        return BuildPathChoice{
            BuildPath::Mapped,
            facts.udisks
                ? QCoreApplication::translate("MigrationBuildPath",
                                              "device-mapper and udisks2 are here: the volume is "
                                              "formatted, opened, given an ext4, mounted and filled "
                                              "with a copy of the folder.")
                : QCoreApplication::translate("MigrationBuildPath",
                                              "device-mapper is here and this runs as root: the volume "
                                              "is formatted, opened with libcryptsetup, given an "
                                              "ext4, mounted and filled with a copy of the folder.")};
    if (preference == BuildPathPreference::Mapped)
        return Error(ExitCode::Environment,
                     QCoreApplication::translate("MigrationBuildPath",
                                                 "The mapped build (--build mapped) cannot run here. %1 "
                                                 "--build user-space (or auto) needs none of it.")
                         .arg(obstacle),
                     facts.deviceMapper ? QStringLiteral("refused") : QStringLiteral("no-device-mapper"));
    return BuildPathChoice{
        BuildPath::UserSpace,
        obstacle + QLatin1Char(' ') +
            QCoreApplication::translate("MigrationBuildPath",
                                        "The file system is built from the folder in user space (mke2fs -d) "
                                        "and encrypted in place instead.")};
}

} // namespace strongroom::migration
