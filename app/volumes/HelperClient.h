#pragma once

#include "core/Result.h"
#include "keys/KeyMaterial.h"
#include "volumes/HelperProtocol.h"

#include <QJsonObject>
#include <QString>

namespace strongroom::helper {

// The strongroom-helper beside the running program (a build tree, an unpacked .tar.gz), else the
// packaged one.
QString helperProgram();

// The unprivileged side of the helper contract, shared by the CLI and the console: sends one request
// to `program` (directly when already root, else through pkexec, which asks for authorisation) and,
// for `open`, the key on the line after it; returns the helper's answer, or its error.
//
// A malformed request and a machine without device-mapper fail here, before anything is started,
// so nobody is asked to authorise a request that cannot work. Blocks until the helper ends (pkexec
// waits for the user): call it from a job, never from the GUI thread.
Result<QJsonObject> callHelper(const Request &request, const KeyMaterial *key,
                               const QString &program = helperProgram());

} // namespace strongroom::helper
