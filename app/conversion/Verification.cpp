#include "conversion/Verification.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace strongroom {

VerificationReport compareFingerprints(const ContentFingerprint &source, const ContentFingerprint &copy)
{
    VerificationReport report;
    report.schemaEqual = source.schemaSha256 == copy.schemaSha256;
    report.sourceHeader = source.headerJson();
    report.copyHeader = copy.headerJson();
    for (const TableFingerprint &s : source.tables)
        report.tables.append({s.name, s.rows, -1, s.sha256, {}});
    for (const TableFingerprint &c : copy.tables) {
        auto it = std::find_if(report.tables.begin(), report.tables.end(),
                               [&](const TableComparison &t) { return t.name == c.name; });
        if (it == report.tables.end()) {
            report.tables.append({c.name, -1, c.rows, {}, c.sha256});
        } else {
            it->copyRows = c.rows;
            it->copySha256 = c.sha256;
        }
    }
    return report;
}

bool VerificationReport::passed() const
{
    return problems().isEmpty();
}

QStringList VerificationReport::problems() const
{
    QStringList found;
    if (!opensWithNewKey)
        found << QCoreApplication::translate("Verification", "the copy does not open with its key");
    // Written page by page, every page's plaintext was compared with the source's instead.
    const bool byPages = pagesCompared >= 0;
    if (!byPages && cipherIntegrity != QLatin1String("ok") &&
        cipherIntegrity != QLatin1String("not encrypted"))
        found
            << QCoreApplication::translate("Verification", "cipher_integrity_check: %1").arg(cipherIntegrity);
    if (!byPages && integrity != QLatin1String("ok"))
        found << QCoreApplication::translate("Verification", "integrity_check: %1").arg(integrity);
    if (!schemaEqual)
        found << QCoreApplication::translate("Verification", "the schema differs");
    if (!headerEqual())
        found << QCoreApplication::translate(
            "Verification", "header fields differ (user_version, application_id, journal_mode, auto_vacuum)");
    for (const TableComparison &t : tables) {
        if (t.equal())
            continue;
        if (t.sourceRows < 0 || t.copyRows < 0)
            found << QCoreApplication::translate("Verification", "table %1: missing in the %2")
                         .arg(t.name, t.sourceRows < 0 ? QStringLiteral("source") : QStringLiteral("copy"));
        else
            found << QCoreApplication::translate("Verification",
                                                 "table %1: %2 rows in the source, %3 in the copy%4")
                         .arg(t.name)
                         .arg(t.sourceRows)
                         .arg(t.copyRows)
                         .arg(t.sourceRows == t.copyRows
                                  ? QCoreApplication::translate("Verification", ", different content")
                                  : QString());
    }
    return found;
}

QJsonObject VerificationReport::toJson() const
{
    QJsonArray tableArray;
    for (const TableComparison &t : tables)
        tableArray.append(QJsonObject{{QStringLiteral("name"), t.name},
                                      {QStringLiteral("source_rows"), t.sourceRows},
                                      {QStringLiteral("copy_rows"), t.copyRows},
                                      {QStringLiteral("source_sha256"), t.sourceSha256},
                                      {QStringLiteral("copy_sha256"), t.copySha256},
                                      {QStringLiteral("equal"), t.equal()}});
    QJsonObject json{{QStringLiteral("passed"), passed()},
                     {QStringLiteral("opens_with_new_key"), opensWithNewKey},
                     {QStringLiteral("cipher_integrity_check"), cipherIntegrity},
                     {QStringLiteral("integrity_check"), integrity},
                     {QStringLiteral("schema_equal"), schemaEqual},
                     {QStringLiteral("header_equal"), headerEqual()},
                     {QStringLiteral("source_header"), sourceHeader},
                     {QStringLiteral("copy_header"), copyHeader},
                     {QStringLiteral("tables"), tableArray}};
    if (pagesCompared >= 0) {
        json.insert(QStringLiteral("pages_compared"), pagesCompared);
        json.insert(QStringLiteral("tables_read"), QJsonArray::fromStringList(tablesRead));
    }
    return json;
}

} // namespace strongroom
