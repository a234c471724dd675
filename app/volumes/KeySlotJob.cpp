#include "volumes/KeySlotJob.h"

#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "volumes/CryptDevice.h"
#include "volumes/SlotNames.h"

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
        return QStringLiteral("Test a key of %1").arg(file);
    case Operation::Prove:
        return QStringLiteral("Prove another key of %1").arg(file);
    case Operation::Add:
        return QStringLiteral("Add a key to %1").arg(file);
    case Operation::Change:
        return QStringLiteral("Change a key of %1").arg(file);
    case Operation::Remove:
        return QStringLiteral("Remove key slot %1 of %2").arg(m_request.slot).arg(file);
    case Operation::Retune:
        return QStringLiteral("Retune key slot %1 of %2").arg(m_request.slot).arg(file);
    }
    return {};
}

QList<JobStep> KeySlotJob::steps() const
{
    const bool changes = m_request.operation != Operation::Test && m_request.operation != Operation::Prove;
    QList<JobStep> steps{{QStringLiteral("Read the header")}, {QStringLiteral("Check the key")}};
    if (changes)
        steps << JobStep{QStringLiteral("Write the key slot"), true};
    return steps;
}

void KeySlotJob::audit(const QString &outcome, QJsonObject details) const
{
    if (m_request.operation == Operation::Test || m_request.operation == Operation::Prove)
        return; // reading changes nothing
    const AuditLog log = m_request.auditLogPath.isEmpty() ? AuditLog() : AuditLog(m_request.auditLogPath);
    log.append(actionName(m_request.operation), m_request.image, outcome, details);
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
    const auto failed = [&](const Error &error, QJsonObject details) {
        details.insert(QStringLiteral("reason"), error.kindName());
        audit(error.kind == QLatin1String("refused") ? QStringLiteral("refused") : QStringLiteral("failed"),
              details);
        context.fail(error);
    };

    context.startStep(1);
    switch (r.operation) {
    case Operation::Test: {
        auto opened = keyslots::testKey(d, r.key);
        if (!opened)
            return context.fail(opened.error());
        m_resultSlot = *opened;
        context.setOverview(QStringLiteral("The key opens %1.").arg(keyslots::slotLabel(d, m_resultSlot)));
        return;
    }
    case Operation::Prove:
    case Operation::Remove: {
        m_verdict = keyslots::checkRemoval(d, r.slot, r.key);
        const QJsonObject details{{QStringLiteral("slot"), r.slot}, {QStringLiteral("name"), slotName}};
        if (!m_verdict.allowed)
            return failed(m_verdict.refusal(), details);
        if (r.operation == Operation::Prove) {
            context.setOverview(
                QStringLiteral("The key opens %1, so %2 may go.")
                    .arg(keyslots::slotLabel(d, m_verdict.provenSlot), keyslots::slotLabel(d, r.slot)));
            return;
        }
        context.startStep(2);
        const QString label = keyslots::slotLabel(d, r.slot);
        if (auto s = keyslots::remove(d, r.slot, r.key); !s)
            return failed(s.error(), details);
        QJsonObject done = details;
        done.insert(QStringLiteral("proven_by_slot"), m_verdict.provenSlot);
        audit(QStringLiteral("succeeded"), done);
        m_resultSlot = r.slot;
        context.setOverview(QStringLiteral("Removed %1; %2 still opens the volume.")
                                .arg(label, keyslots::slotLabel(d, m_verdict.provenSlot)));
        return;
    }
    case Operation::Add: {
        context.startStep(2);
        auto added = keyslots::add(d, r.key, r.newKey, r.pbkdf, r.name, r.slot);
        if (!added)
            return failed(added.error(), {});
        m_resultSlot = *added;
        audit(QStringLiteral("succeeded"),
              {{QStringLiteral("slot"), m_resultSlot}, {QStringLiteral("name"), r.name}});
        context.setOverview(QStringLiteral("Added %1.").arg(keyslots::slotLabel(d, m_resultSlot)));
        return;
    }
    case Operation::Change: {
        context.startStep(2);
        auto changed = keyslots::change(d, r.key, r.newKey, r.pbkdf);
        if (!changed)
            return failed(changed.error(), {});
        m_resultSlot = *changed;
        audit(QStringLiteral("succeeded"), {{QStringLiteral("slot"), m_resultSlot},
                                            {QStringLiteral("name"), slotNames(d).value(m_resultSlot)}});
        context.setOverview(
            QStringLiteral("Changed the key of %1.").arg(keyslots::slotLabel(d, m_resultSlot)));
        return;
    }
    case Operation::Retune: {
        if (!r.pbkdf)
            return context.fail(
                Error(ExitCode::Usage, QStringLiteral("Retuning needs the new PBKDF costs.")));
        const QJsonObject details{{QStringLiteral("slot"), r.slot},
                                  {QStringLiteral("name"), slotName},
                                  {QStringLiteral("pbkdf"), r.pbkdf->toJson()}};
        context.startStep(2);
        if (auto s = keyslots::retune(d, r.slot, r.key, *r.pbkdf); !s)
            return failed(s.error(), details);
        m_resultSlot = r.slot;
        audit(QStringLiteral("succeeded"), details);
        context.setOverview(
            QStringLiteral("Rewrote %1 with the new PBKDF costs.").arg(keyslots::slotLabel(d, r.slot)));
        return;
    }
    }
}

} // namespace strongroom
