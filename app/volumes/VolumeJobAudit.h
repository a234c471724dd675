#pragma once

#include <QString>

namespace strongroom {

class JobContext;

// The one audit line of a create, encrypt or decrypt job, written by the job after its work:
// "cancelled" also when it stopped early and can be resumed; details without secrets; the image by
// its absolute path; in the runner's audit log (JobContext::audit()).
void auditVolumeJob(const JobContext &context, const QString &action, const QString &image);

} // namespace strongroom
