#pragma once

#include "core/Result.h"
#include "migration/SourceTree.h"

#include <QString>
#include <optional>

namespace strongroom::migration {

// How the new volume is built, chosen by the job from what this machine allows and said in its
// report with the reason:
// - Mapped: the image is formatted (LUKS2), opened through device-mapper, given an ext4 and mounted,
//   and the folder is copied into it (TreeCopier): through udisks2 over D-Bus as a normal user
//   (polkit decides, as for `volume open`), or by libcryptsetup and mount(2) in this process as root
//   on a machine without udisks2 (the same VolumeMappingJob as `volume open|mount`). It needs
//   device-mapper, and, as a normal user, a folder whose every entry is ours (only root can give a
//   copy another owner).
// - UserSpace: mke2fs -d builds the file system from the folder in the plain image, which is then
//   encrypted in place; no device-mapper, no root, owners kept as they are.
enum class BuildPath
{
    Mapped,
    UserSpace
};
enum class BuildPathPreference
{
    Automatic,
    Mapped,
    UserSpace
};

QString buildPathName(BuildPath path); // "mapped", "user-space"
std::optional<BuildPath> buildPathFromName(const QString &name);
// "auto", "mapped", "user-space" (the CLI's --build); nullopt for anything else.
std::optional<BuildPathPreference> buildPathPreferenceFromName(const QString &name);

// What the choice depends on, probed by probeBuildPathFacts() (and set by hand in tests).
struct BuildPathFacts
{
    bool deviceMapper = false;
    bool udisks = false;
    QString udisksProblem; // why udisks2 cannot be asked ("" when it can)
    bool root = false;
    qint64 foreignEntries = 0; // entries owned by another user than ours
    QByteArray firstForeign;   // the first of them, relative to the folder
};
BuildPathFacts probeBuildPathFacts(const SourceScan &scan);

struct BuildPathChoice
{
    BuildPath path = BuildPath::UserSpace;
    QString reason; // one sentence for the report
};
// Automatic: mapped where the volume can be opened (device-mapper, and udisks2 or root) and the copy
// can keep every owner; else user-space. Mapped when it cannot be done: exit 7 with the reason.
Result<BuildPathChoice> chooseBuildPath(BuildPathPreference preference, const BuildPathFacts &facts);

} // namespace strongroom::migration
