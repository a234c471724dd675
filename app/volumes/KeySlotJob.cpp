#include "volumes/KeySlotJob.h"

#include "core/AuditLog.h"
#include "core/CrashPoint.h"
#include "core/JobContext.h"
#include "volumes/CryptDevice.h"
#include "volumes/LuksSlotKeyId.h"
#include "volumes/SlotNames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace strongroom {

KeySlotJob::KeySlotJob(Request request) : m_request(std::move(request)) {}

QString KeySlotJob::actionName(Operation operation)
{
    switch (operation) {
    case Operation::Test:
        return QStringLiteral("volume.test-key");
    case Operation::Prove:
        return QStringLiteral("volume.prove-key");
    case Operation::Add:
        return QStringLiteral("volume.add-key");
    case Operation::Change:
        return QStringLiteral("volume.change-key");
    case Operation::Remove:
        return QStringLiteral("volume.remove-key");
    case Operation::Retune:
        return QStringLiteral("volume.retune");
    }
    return {};
}

QString KeySlotJob::title() const
{
    const QString file = QFileInfo(m_request.image).fileName();
    switch (m_request.operation) {
    case Operation::Test:
        return QCoreApplication::translate("KeySlotJob", "Test a key of %1").arg(file);
    case Operation::Prove:
        return QCoreApplication::translate("KeySlotJob", "Prove another key of %1").arg(file);
    case Operation::Add:
        return QCoreApplication::translate("KeySlotJob", "Add a key to %1").arg(file);
    case Operation::Change:
        return QCoreApplication::translate("KeySlotJob", "Change a key of %1").arg(file);
    case Operation::Remove:
        return QCoreApplication::translate("KeySlotJob", "Remove key slot %1 of %2")
            .arg(m_request.slot)
            .arg(file);
    case Operation::Retune:
        return QCoreApplication::translate("KeySlotJob", "Retune key slot %1 of %2")
            .arg(m_request.slot)
            .arg(file);
    }
    return {};
}

QList<JobStep> KeySlotJob::steps() const
{
    const bool changes = m_request.operation != Operation::Test && m_request.operation != Operation::Prove;
    QList<JobStep> steps{{QCoreApplication::translate("KeySlotJob", "Read the header")},
                         {QCoreApplication::translate("KeySlotJob", "Check the key")}};
    if (changes)
        steps << JobStep{QCoreApplication::translate("KeySlotJob", "Write the key slot"), true};
    return steps;
}

void KeySlotJob::audit(const JobContext &context, const QString &outcome, QJsonObject details) const
{
    if (m_request.operation == Operation::Test || m_request.operation == Operation::Prove)
        return; // reading changes nothing
    const AuditLog &log = context.audit();
    log.append(actionName(m_request.operation), QFileInfo(m_request.image).absoluteFilePath(), outcome,
               details);
}

qint64 KeySlotJob::derivationEstimateMs() const
{
    // Unlocking the existing slot and, for a write, the new slot's benchmark and derivation: each
    // costs about the unlock time the slots were made for (libcryptsetup's default is 2 s).
    const qint64 unlock = 2000;
    const bool writes = m_request.operation == Operation::Add || m_request.operation == Operation::Change ||
                        m_request.operation == Operation::Retune;
    if (!writes)
        return unlock;
    const qint64 target =
        m_request.pbkdf && m_request.pbkdf->iterations == 0 ? m_request.pbkdf->iterTimeMs : unlock;
    return unlock + 2 * target;
}

void KeySlotJob::run(JobContext &context)
{
    const Request &r = m_request;
    context.startStep(0);
    auto device = CryptDevice::load(r.image, r.header);
    if (!device) {
        context.fail(device.error());
        return;
    }
    CryptDevice &d = **device;
    const QString slotName = slotNames(d).value(r.slot);
    if (r.slot >= 0)
        m_requestedLabel = keyslots::slotLabel(d, r.slot);
    const auto failed = [&](const Error &error, QJsonObject details) {
        details.insert(QStringLiteral("reason"), error.kindName());
        audit(context,
              error.kind == QLatin1String("refused") ? QStringLiteral("refused") : QStringLiteral("failed"),
              details);
        context.fail(error);
    };
    // Key derivations cannot be interrupted: the displays say so, and the job looks at the cancel
    // request again as soon as the call returns.
    const auto unstoppable = [&](auto call) {
        context.beginUnstoppable(derivationEstimateMs());
        auto result = call();
        context.endUnstoppable();
        return result;
    };
    if (context.isCancelled())
        return;

    context.startStep(1);
    switch (r.operation) {
    case Operation::Test: {
        auto opened = unstoppable([&] { return keyslots::testKey(d, r.key, r.slot); });
        if (!opened)
            return context.fail(opened.error());
        m_resultSlot = *opened;
        m_resultLabel = keyslots::slotLabel(d, m_resultSlot);
        context.setData({{QStringLiteral("path"), r.image},
                         {QStringLiteral("slot"), m_resultSlot},
                         {QStringLiteral("name"), slotNames(d).value(m_resultSlot)}});
        context.setOverview(
            QCoreApplication::translate("KeySlotJob", "The key opens %1.").arg(m_resultLabel));
        return;
    }
    case Operation::Prove:
    case Operation::Remove: {
        m_verdict = unstoppable([&] { return keyslots::checkRemoval(d, r.slot, r.key); });
        const QJsonObject details{{QStringLiteral("slot"), r.slot}, {QStringLiteral("name"), slotName}};
        if (!m_verdict.allowed)
            return failed(m_verdict.refusal(), details);
        m_provenLabel = keyslots::slotLabel(d, m_verdict.provenSlot);
        if (r.operation == Operation::Prove) {
            context.setOverview(QCoreApplication::translate("KeySlotJob", "The key opens %1, so %2 may go.")
                                    .arg(m_provenLabel, m_requestedLabel));
            return;
        }
        if (context.isCancelled())
            return;
        context.startStep(2);
        // remove() proves the other key once more (a second derivation) before it destroys the slot.
        if (auto s = unstoppable([&] { return keyslots::remove(d, r.slot, r.key); }); !s)
            return failed(s.error(), details);
        QJsonObject done = details;
        done.insert(QStringLiteral("proven_by_slot"), m_verdict.provenSlot);
        audit(context, QStringLiteral("succeeded"), done);
        m_resultSlot = r.slot;
        m_resultLabel = m_requestedLabel;
        context.setData({{QStringLiteral("path"), r.image},
                         {QStringLiteral("removed_slot"), r.slot},
                         {QStringLiteral("name"), slotName},
                         {QStringLiteral("proven_by_slot"), m_verdict.provenSlot}});
        context.setOverview(
            QCoreApplication::translate("KeySlotJob", "Removed %1; %2 still opens the volume.")
                .arg(m_requestedLabel, m_provenLabel));
        return;
    }
    case Operation::Add: {
        context.startStep(2);
        pausePointForTests("key-slot-add");
        auto added = unstoppable([&] { return keyslots::add(d, r.key, r.newKey, r.pbkdf, r.name, r.slot); });
        if (!added)
            return failed(added.error(), {});
        if (context.isCancelled()) {
            // The user asked to stop while the slot was being written: leave the slots as they were.
            if (auto s = keyslots::undoAdd(d, *added); !s)
                return failed(s.error(), {{QStringLiteral("slot"), *added}});
            audit(context, QStringLiteral("cancelled"),
                  {{QStringLiteral("slot"), *added}, {QStringLiteral("removed_again"), true}});
            context.setOverview(QCoreApplication::translate(
                "KeySlotJob",
                "Cancelled; the key slot written meanwhile was removed again, so the slots are as before."));
            return;
        }
        m_resultSlot = *added;
        m_resultLabel = keyslots::slotLabel(d, m_resultSlot);
        audit(context, QStringLiteral("succeeded"),
              {{QStringLiteral("slot"), m_resultSlot}, {QStringLiteral("name"), r.name}});
        context.setData({{QStringLiteral("path"), r.image},
                         {QStringLiteral("slot"), m_resultSlot},
                         {QStringLiteral("name"), r.name}});
        context.setOverview(QCoreApplication::translate("KeySlotJob", "Added %1.").arg(m_resultLabel));
        return;
    }
    case Operation::Change: {
        context.startStep(2);
        auto changed = unstoppable([&] { return keyslots::change(d, r.key, r.newKey, r.pbkdf); });
        if (!changed)
            return failed(changed.error(), {});
        // Once the slot holds the new key, a late cancel changes nothing: the change stands.
        m_resultSlot = *changed;
        m_resultLabel = keyslots::slotLabel(d, m_resultSlot);
        const QString name = slotNames(d).value(m_resultSlot);
        // The key list's ids (LuksSlotKeyId.h): the slot's key until now, from the audit log, and a
        // new one stamped with this change, so the list shows the old key replaced by the new.
        const QString uuid = QString::fromLatin1(crypt_get_uuid(d.handle()));
        auto entries = context.audit().entries();
        const QString oldKeyId =
            luksslotkeyid::currentKeyId(entries ? luksslotkeyid::slotHistory(*entries, r.image, m_resultSlot)
                                                : QList<luksslotkeyid::SlotEvent>(),
                                        uuid, m_resultSlot);
        const QString newKeyId =
            luksslotkeyid::changedKeyId(uuid, m_resultSlot, QDateTime::currentDateTimeUtc());
        audit(context, QStringLiteral("succeeded"),
              {{QStringLiteral("slot"), m_resultSlot},
               {QStringLiteral("name"), name},
               {QStringLiteral("old_key_id"), oldKeyId},
               {QStringLiteral("new_key_id"), newKeyId}});
        context.setData({{QStringLiteral("path"), r.image},
                         {QStringLiteral("slot"), m_resultSlot},
                         {QStringLiteral("name"), name},
                         {QStringLiteral("old_key_id"), oldKeyId},
                         {QStringLiteral("new_key_id"), newKeyId}});
        context.setOverview(
            QCoreApplication::translate("KeySlotJob", "Changed the key of %1.").arg(m_resultLabel));
        return;
    }
    case Operation::Retune: {
        if (!r.pbkdf)
            return context.fail(
                Error(ExitCode::Usage,
                      QCoreApplication::translate("KeySlotJob", "Retuning needs the new PBKDF costs.")));
        const QJsonObject details{{QStringLiteral("slot"), r.slot},
                                  {QStringLiteral("name"), slotName},
                                  {QStringLiteral("pbkdf"), r.pbkdf->toJson()}};
        context.startStep(2);
        if (auto s = unstoppable([&] { return keyslots::retune(d, r.slot, r.key, *r.pbkdf); }); !s)
            return failed(s.error(), details);
        m_resultSlot = r.slot;
        m_resultLabel = m_requestedLabel;
        audit(context, QStringLiteral("succeeded"), details);
        context.setData(details);
        context.setOverview(QCoreApplication::translate("KeySlotJob", "Rewrote %1 with the new PBKDF costs.")
                                .arg(m_resultLabel));
        return;
    }
    }
}

} // namespace strongroom
