#pragma once

#include "core/Job.h"
#include "keys/KeyMaterial.h"
#include "volumes/KeySlots.h"
#include "volumes/PbkdfSettings.h"

#include <optional>

namespace strongroom {

// One key-slot action, on a worker thread (each costs at least one PBKDF run): the Volumes page and
// `volume add-key|change-key|remove-key|retune|test-key` run this job, which writes the audit line.
// Prove is the remove guard on its own: does `key` open a slot other than `slot`?
// A key derivation inside libcryptsetup cannot be interrupted, so those calls are declared
// unstoppable; a cancel that arrives during an add takes the new slot back once the call returns.
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
        int slot = -1; // Remove, Retune, Prove; Add: a chosen free slot or -1; Test: only this slot, or -1
        QString name;  // Add: the new slot's name
        std::optional<PbkdfSettings> pbkdf;
    };
    explicit KeySlotJob(Request request);

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    // Valid once finished: the slot acted on (or opened), and for Remove/Prove the guard's verdict.
    int resultSlot() const { return m_resultSlot; }
    keyslots::RemovalVerdict verdict() const { return m_verdict; }
    // "slot 1 (recovery)": the slot acted on, the one named in the request, the one that proved a removal.
    QString resultLabel() const { return m_resultLabel; }
    QString requestedLabel() const { return m_requestedLabel; }
    QString provenLabel() const { return m_provenLabel; }

    static QString actionName(Operation operation); // "volume.add-key", ...

private:
    void audit(const JobContext &context, const QString &outcome, QJsonObject details) const;
    qint64 derivationEstimateMs() const;

    Request m_request;
    int m_resultSlot = -1;
    keyslots::RemovalVerdict m_verdict;
    QString m_resultLabel;
    QString m_requestedLabel;
    QString m_provenLabel;
};

} // namespace strongroom
