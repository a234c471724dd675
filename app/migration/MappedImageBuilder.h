#pragma once

#include "core/Result.h"
#include "keys/KeyMaterial.h"
#include "migration/SourceTree.h"
#include "migration/TreeCopier.h"
#include "volumes/InPlaceEncryption.h"

#include <QString>
#include <functional>

namespace strongroom {
class AuditLog;
class JobContext;
} // namespace strongroom

namespace strongroom::migration {

// The mapped build of a migration (BuildPath::Mapped), where the new volume can be opened: each step
// is a job or call Strongroom already has, run as a child of the migration so its audit line and
// progress land there:
//   create  VolumeCreateJob: a LUKS2 image of `imageBytes`, the operational key in a named slot;
//   open    VolumeMappingJob (open): udisks2 sets up a loop device and unlocks it, or, as root
//           without udisks2, libcryptsetup activates it;
//   mkfs    ext4 on the opened volume: udisks2's Block.Format (the root folder handed to this user),
//           or mke2fs on /dev/mapper/NAME as root;
//   mount   VolumeMappingJob (mount): where udisks2 chooses, or as root on mappedMountFolder(image);
//   copy    TreeCopier from the folder into the mounted root;
//   close   VolumeMappingJob (unmount, close).
// `reached(step)` is called before each step so the migration journals it. Any failure or cancel
// after `open` unmounts and closes again before returning; the half-made image is the caller's to
// remove. Cannot be tested without device-mapper (the copy step is TestTreeCopier's).
struct MappedImageRequest
{
    QString image;
    QString folder;
    qint64 imageBytes = 0;
    qint64 inodes = 0;
    inplace::EncryptionParams params;
    KeyMaterial key;
};

struct MappedImageResult
{
    int slot = -1;
    QString backend; // "udisks2" or "in-process"
    CopyResult copy;
};

Result<MappedImageResult> buildMappedImage(JobContext &context, const MappedImageRequest &request,
                                           const SourceScan &scan,
                                           const std::function<Status(const QString &step)> &reached);

// Unmounts and closes whatever a stopped build left open of `image` (nothing open is fine) and
// removes the root mount folder when it is empty.
// Runs even after a cancel (the volume must not stay open); `audit` gets the jobs' lines.
void releaseMappedImage(const AuditLog &audit, const QString &image);

// Where root mounts the new volume for the copy: IMAGE.mount, a private folder beside the image.
QString mappedMountFolder(const QString &image);

} // namespace strongroom::migration
