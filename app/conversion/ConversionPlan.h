#pragma once

#include "conversion/ConversionRequest.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace strongroom {

// What a conversion will do, found out before anything is written: the wizard's commit page and
// the CLI's --json "plan" show it, and the job re-checks it when it starts.
struct ConversionPlan
{
    ConversionKind kind = ConversionKind::Encrypt;
    QString path;
    QString folder;

    bool sourceEncrypted = false;
    CipherSettings sourceSettings; // meaningful when sourceEncrypted
    bool targetEncrypted = false;
    CipherSettings targetSettings; // meaningful when targetEncrypted
    bool keyChanges = false;

    qint64 sourceBytes = 0;
    qint64 walBytes = 0;      // the original's -wal, folded into the copy
    qint64 requiredBytes = 0; // free space needed in the folder: a full copy plus a margin
    qint64 freeBytes = 0;
    bool removeOriginal = false;
    QStringList staleTemps; // left in the folder by an interrupted run on this file

    // "NAME.before-encrypt-<UTC time of the swap>"
    QString keptOriginalPattern() const;
    // One sentence per step, for a person.
    QStringList whatWillHappen() const;
    QJsonObject toJson() const;
};

// The checks of step 1 of the safety protocol, with nothing written: the source is the right kind
// for the operation (else Unsupported, 6), opens with the key (else WrongKey, 3), no other program
// is writing to it (else Busy, 5), the folder is writable and has room for a full copy plus a margin.
Result<ConversionPlan> planConversion(const ConversionRequest &request, bool checkFreeSpace = true);

// Empty when the new file can be written page by page (rekeyPages, sqlcipher/PageRekey.h): a rekey, or
// a migrate that changes only the key or the KDF. Else why not, for the report and the log (the
// export runs): a plaintext header, no page HMAC (SQLCipher 1), a change of page size or HMAC.
QString whyNotByPages(const ConversionPlan &plan);

// Strongroom temp files of an interrupted run on `path` (and their -journal/-wal/-shm).
QStringList staleTempsFor(const QString &path);

} // namespace strongroom
