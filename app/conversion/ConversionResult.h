#pragma once

#include "conversion/ConversionPlan.h"
#include "conversion/Verification.h"

#include <QJsonObject>

namespace strongroom {

// How the new file was written: every page re-encrypted and compared in one pass (a change of key or
// KDF only, see PageRekey), or a copy through sqlcipher_export verified by fingerprints.
enum class ConversionMethod
{
    Export,
    Pages
};

// "export", "pages": the report's "method".
QString conversionMethodName(ConversionMethod method);

// What a finished conversion did: the plan it followed, the verification report and where the
// original is kept (empty when --remove-original deleted it after verification).
struct ConversionResult
{
    ConversionPlan plan;
    VerificationReport verification;
    QString keptOriginal;
    QString keptOriginalWal;
    bool originalRemoved = false;
    qint64 copyBytes = 0;
    qint64 copyMs = 0;
    qint64 verifyMs = 0;
    ConversionMethod method = ConversionMethod::Export;
    QString whyExport; // a rekey or migrate that could not go page by page: why not

    // After a key change: the old key still opens the kept original and every older backup, so
    // changing a leaked key protects only the live file until those are deleted. Empty otherwise.
    QString oldKeyNote() const;

    QJsonObject toJson() const;
};

} // namespace strongroom
