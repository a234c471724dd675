#pragma once

#include "conversion/ContentFingerprint.h"

#include <QJsonObject>
#include <QStringList>

namespace strongroom {

// Source and copy side by side, as the report shows them.
struct TableComparison
{
    QString name;
    qint64 sourceRows = -1; // -1: the table is missing on that side
    qint64 copyRows = -1;
    QString sourceSha256;
    QString copySha256;

    bool equal() const { return sourceRows == copyRows && sourceSha256 == copySha256 && sourceRows >= 0; }
};

// Step 3 of the safety protocol: the copy opens with its key, passes SQLCipher's and SQLite's
// integrity checks and holds exactly the source's schema, header fields and rows. A copy written page
// by page (PageRekey) is instead compared page for page as it is written (pagesCompared), then
// opened with its key and a row at each end of every table read (tablesRead).
struct VerificationReport
{
    bool opensWithNewKey = false;
    QString cipherIntegrity; // "ok", "not encrypted", or the problems found
    QString integrity;       // "ok" or the problems found
    bool schemaEqual = false;
    QJsonObject sourceHeader;
    QJsonObject copyHeader;
    QList<TableComparison> tables;
    qint64 pagesCompared = -1; // -1: verified by fingerprints, not page by page
    QStringList tablesRead;

    bool headerEqual() const { return sourceHeader == copyHeader; }
    bool passed() const;
    // The first few differences, for an error message.
    QStringList problems() const;
    QJsonObject toJson() const;
};

VerificationReport compareFingerprints(const ContentFingerprint &source, const ContentFingerprint &copy);

} // namespace strongroom
