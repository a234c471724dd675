#include "conversion/ConversionResult.h"

#include <QCoreApplication>

namespace strongroom {

QString ConversionResult::oldKeyNote() const
{
    if (!plan.keyChanges)
        return {};
    return keptOriginal.isEmpty()
               ? QCoreApplication::translate(
                     "ConversionResult",
                     "Older backups of %1 still open with the old key: if the old key leaked, delete "
                     "them or keep them out of reach.")
                     .arg(plan.path)
               : QCoreApplication::translate(
                     "ConversionResult",
                     "The kept original %1 and older backups of %2 still open with the old key: if the "
                     "old key leaked, delete them or keep them out of reach.")
                     .arg(keptOriginal, plan.path);
}

QString conversionMethodName(ConversionMethod method)
{
    return method == ConversionMethod::Pages ? QStringLiteral("pages") : QStringLiteral("export");
}

QJsonObject ConversionResult::toJson() const
{
    QJsonObject json{
        {QStringLiteral("operation"), conversionKindName(plan.kind)},
        {QStringLiteral("path"), plan.path},
        {QStringLiteral("kept_original"), keptOriginal.isEmpty() ? QJsonValue() : QJsonValue(keptOriginal)},
        {QStringLiteral("original_removed"), originalRemoved},
        {QStringLiteral("source_encrypted"), plan.sourceEncrypted},
        {QStringLiteral("target_encrypted"), plan.targetEncrypted},
        {QStringLiteral("key_changed"), plan.keyChanges},
        {QStringLiteral("source_bytes"), plan.sourceBytes},
        {QStringLiteral("wal_bytes"), plan.walBytes},
        {QStringLiteral("copy_bytes"), copyBytes},
        {QStringLiteral("copy_ms"), copyMs},
        {QStringLiteral("verify_ms"), verifyMs},
        {QStringLiteral("method"), conversionMethodName(method)},
        {QStringLiteral("verification"), verification.toJson()}};
    if (plan.keyChanges)
        json.insert(QStringLiteral("old_key_note"), oldKeyNote());
    if (!whyExport.isEmpty())
        json.insert(QStringLiteral("why_export"), whyExport);
    if (!keptOriginalWal.isEmpty())
        json.insert(QStringLiteral("kept_original_wal"), keptOriginalWal);
    if (plan.sourceEncrypted)
        json.insert(QStringLiteral("source_settings"), plan.sourceSettings.toJson());
    if (plan.targetEncrypted)
        json.insert(QStringLiteral("target_settings"), plan.targetSettings.toJson());
    return json;
}

} // namespace strongroom
