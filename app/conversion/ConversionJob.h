#pragma once

#include "conversion/ConversionRequest.h"
#include "conversion/ConversionResult.h"
#include "conversion/SqlCipherExport.h"
#include "core/Job.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace strongroom {

class SourceLock;

// Encrypt, decrypt, rekey or migrate one database by the safety protocol: check, write a copy to a
// temp file in the same folder, fsync, verify, swap in by rename keeping the original. A failure or
// a cancel before the swap removes the temp file and leaves the original as it was; the swap step
// is irreversible. Writes one audit-log line (no secrets) however it ends.
class ConversionJob : public Job
{
public:
    struct Options
    {
        bool checkFreeSpace = true; // off only to test a disk that fills up while writing
        // Extra details for the success audit line: the old and new key ids of a rotation, which
        // the callers supply (keylist/KeyIdChange.h; conversion itself knows no key ids). Run in
        // the job's thread, after the swap.
        std::function<QJsonObject()> rotationKeyIds;
    };

    explicit ConversionJob(ConversionRequest request);
    ConversionJob(ConversionRequest request, Options options);

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    // Valid once run() has returned without failing (also in the report's data as JSON).
    const ConversionResult &result() const { return m_result; }

    enum Step
    {
        CheckStep,
        CopyStep,
        FlushStep,
        VerifyStep,
        SwapStep,
        RemoveOriginalStep
    };

private:
    // The protocol itself; an error ends it (the temp file is gone by then), nullopt on success or cancel.
    std::optional<Error> runProtocol(JobContext &context);
    // Steps 2 and 3 (write, flush, verify) of each path; nullopt also when cancelled.
    // The tail both ways of writing share: the copy's time and size recorded, its progress shown
    // (pages, or else its bytes), then the copy and its folder fsynced, with the crash points between.
    std::optional<Error> flushCopy(JobContext &context, const QString &path, const QElapsedTimer &timer,
                                   std::optional<qint64> pagesDone);
    std::optional<Error> writeByExport(JobContext &context, const SourceLock &lock,
                                       const ContentFingerprint &header, const DatabaseEndpoint &source,
                                       const DatabaseEndpoint &target);
    std::optional<Error> writeByPages(JobContext &context, const SourceLock &lock,
                                      const DatabaseEndpoint &source, const DatabaseEndpoint &target);
    void audit(const JobContext &context, const QString &outcome, const QJsonObject &details) const;

    ConversionRequest m_request;
    Options m_options;
    ConversionResult m_result;
};

} // namespace strongroom
