#pragma once

#include "keys/KeyMaterial.h"
#include "sqlcipher/CipherSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

class QPrinter;
class QTextDocument;

namespace strongroom::ui {

// The page an administrator prints and locks away: which file, the key, and the cipher settings
// that open it (an encrypted file does not say how it was encrypted, so without them a custom file
// is lost even with the right key). Printed through Qt's print system (to paper or PDF).
class RecoverySheet
{
    Q_DECLARE_TR_FUNCTIONS(RecoverySheet)
public:
    QString path;
    KeyMaterial key;
    CipherSettings settings;
    QDateTime created = QDateTime::currentDateTime();

    QString html() const;
    void print(QPrinter *printer) const;
    // Prints to a PDF file, 0600 (also when it replaces a file); false when it could not be written.
    bool writePdf(const QString &file) const;

    // The one way a sheet becomes a PDF: printed into a 0600 temp beside `file`, then renamed over
    // it. Shared with the Keys page's age-key sheet.
    static bool writePrivatePdf(QTextDocument &document, const QString &file, const QString &docName);
};

} // namespace strongroom::ui
