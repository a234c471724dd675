#pragma once

#include "core/AuditLog.h"
#include "securityaudit/SecurityCheck.h"

#include <QList>

namespace strongroom::machinechecks {

// This machine: AES-NI (/proc/cpuinfo), swap encrypted or absent (/proc/swaps, a dm device whose
// uuid says CRYPT-, or zram), core dumps of this process off (prctl), and the audit log's chain
// intact and matching the journal (AuditLog::verify). `cpuinfo` and `swaps` are the files' texts.
SecurityCheck aesNi(const QByteArray &cpuinfo);
SecurityCheck swap(const QByteArray &swaps);
SecurityCheck coreDumps();
SecurityCheck auditChain(const AuditLog &log);
// Whether the system journal holds the lines the log holds (AuditLog sends each to it, where it
// cannot be rewritten by the user): manual, with the reason, where no journal can be read.
SecurityCheck auditJournal(const AuditLog &log);
// What cannot be checked from here, with guidance: the report doubles as the checklist.
QList<SecurityCheck> manualItems();

} // namespace strongroom::machinechecks
