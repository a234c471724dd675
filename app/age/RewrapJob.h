#pragma once

#include "age/AgeFile.h"
#include "core/Job.h"

#include <QFile>
#include <QStringList>
#include <optional>

namespace strongroom::age {

// `key rewrap FILE... --identity OLD --recipient NEW...`: gives age files new recipients by rewriting
// only their headers. The file key is unwrapped with the old identities (header MAC checked), wrapped
// for the new recipients under a new MAC, and the payload is copied byte for byte (copy_file_range:
// in the kernel, a reflink where the file system has them) behind the new header in a temp beside
// the file. The temp is checked (its header parses, its MAC matches, the first and last chunks open
// with the file key) before it replaces the file; the original is kept as
// NAME.before-rewrap-DATE until the user removes it. An armored file stays armored: its payload bytes
// are carried over unchanged, but its armor lines are all rewritten (linear, no decryption) and the
// result is authenticated chunk by chunk before it replaces the file.
struct RewrapRequest
{
    QStringList files;
    DecryptKeys oldKeys;
    QList<X25519Recipient> newRecipients;
    QList<HybridRecipient> newHybridRecipients;
};

// Data: {"files": [{"file", "keptOriginal"}], "recipients"}.
class RewrapJob : public Job
{
public:
    explicit RewrapJob(RewrapRequest request) : m_request(std::move(request)) {}
    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    Result<QString> rewrap(const QString &file);
    // The file key from a header read from `source`, its MAC checked.
    Result<FileKey> openHeader(QIODevice &source, const QString &file) const;
    QByteArray newHeader(const FileKey &fileKey) const;
    // The new file into `temp`, checked as a reader would before it replaces anything.
    std::optional<Error> writeBinary(QFile &original, QFile &temp, const QString &file);
    std::optional<Error> writeArmored(QFile &original, QFile &temp, const QString &file);
    RewrapRequest m_request;
};

} // namespace strongroom::age
