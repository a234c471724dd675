#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QTextDocument;

namespace strongroom::ui {

// The page an administrator prints and locks away for an age key: the identity (in groups of five,
// to type back from paper), its recipient, key id, date and a QR code of the identity. Written as
// a private PDF the way the database sheet is (RecoverySheet::writePrivatePdf).
class KeyRecoverySheet
{
    Q_DECLARE_TR_FUNCTIONS(KeyRecoverySheet)
public:
    QString name;
    QString identity; // AGE-SECRET-KEY-1...; the caller clears it once the sheet is written
    QString recipient;
    QString keyId;
    QDateTime created = QDateTime::currentDateTime();

    // The identity in groups of five characters, as the sheet prints them.
    static QStringList groups(const QString &identity);
    // Fills `document` with the sheet (the QR code as an image resource).
    void fill(QTextDocument &document) const;
    bool writePdf(const QString &file) const;
};

} // namespace strongroom::ui
