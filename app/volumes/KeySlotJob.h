#pragma once

#include "core/Job.h"
#include "keys/KeyMaterial.h"
#include "volumes/KeySlots.h"
#include "volumes/PbkdfSettings.h"

#include <optional>

namespace strongroom {

// One key-slot action of the Volumes page, on a worker thread (each costs at least one PBKDF run),
// with the same guards and audit lines as `volume add-key|change-key|remove-key|retune|test-key`.
// Prove is the remove guard on its own: does `key` open a slot other than `slot`?
class KeySlotJob : public Job
{
public:
    enum class Operation
    {
        Test,
        Prove,
        Add,
        Change,
        Remove,
        Retune
    };
    struct Request
    {
        Operation operation = Operation::Test;
        QString image;
        QString header;     // a detached header, or empty
        KeyMaterial key;    // the key that opens a slot (for Remove and Prove: one of another slot)
        KeyMaterial newKey; // Add, Change
        int slot = -1;      // Remove, Retune, Prove; Add: a chosen free slot or -1
        QString name;       // Add: the new slot's name
        std::optional<PbkdfSettings> pbkdf;
        QString auditLogPath; // empty: the user's audit log
    };
    explicit KeySlotJob(Request request);

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    // Valid once finished: the slot acted on (or opened), and for Remove/Prove the guard's verdict.
    int resultSlot() const { return m_resultSlot; }
    keyslots::RemovalVerdict verdict() const { return m_verdict; }

    static QString actionName(Operation operation); // "volume.add-key", ...

private:
    void audit(const QString &outcome, QJsonObject details) const;

    Request m_request;
    int m_resultSlot = -1;
    keyslots::RemovalVerdict m_verdict;
};

} // namespace strongroom
