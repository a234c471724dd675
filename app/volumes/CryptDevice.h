#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>
#include <memory>

struct crypt_device;

namespace strongroom {

// One libcryptsetup context (crypt_device) for an image file and, optionally, a detached header.
// Owns the handle, collects libcryptsetup's own error lines so our messages can quote them, and
// turns negative errno results into Errors with the CLI's exit codes.
class CryptDevice
{
public:
    ~CryptDevice();
    CryptDevice(const CryptDevice &) = delete;
    CryptDevice &operator=(const CryptDevice &) = delete;

    // A context on `image` (and `header` when the header is detached), nothing loaded yet.
    static Result<std::unique_ptr<CryptDevice>> init(const QString &image, const QString &header = {});
    // init() and crypt_load() of any LUKS version; a file that is not LUKS gives exit 6.
    static Result<std::unique_ptr<CryptDevice>> load(const QString &image, const QString &header = {});

    crypt_device *handle() const { return m_cd; }
    QString image() const { return m_image; }
    QString header() const { return m_header; }
    // The file holding the LUKS header (the detached header, or the image itself).
    QString headerFile() const { return m_header.isEmpty() ? m_image : m_header; }
    bool isLuks2() const;
    QString type() const;

    // An Error for a failed libcryptsetup call: `what` says what we tried ("adding a key slot").
    Error error(int rc, const QString &what, ExitCode code = ExitCode::Failure) const;
    // libcryptsetup's error lines since the last call to clearLog().
    QStringList log() const { return m_log; }
    void clearLog() { m_log.clear(); }

private:
    CryptDevice() = default;
    static void logCallback(int level, const char *msg, void *self);

    crypt_device *m_cd = nullptr;
    QString m_image;
    QString m_header;
    QStringList m_log;
};

// errno text for a libcryptsetup return code (-EPERM -> "Operation not permitted").
QString errnoText(int rc);

} // namespace strongroom
