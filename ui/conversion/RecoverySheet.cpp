#include "conversion/RecoverySheet.h"

#include "core/SafeFile.h"

#include <QFileInfo>
#include <QLocale>
#include <QPrinter>
#include <QTextDocument>

namespace strongroom::ui {

QString RecoverySheet::html() const
{
    const QLocale locale;
    // The key is written in a monospaced font, in groups, so it can be typed back from paper.
    const QString keyText = QString::fromUtf8(key.secret().toByteArray());
    QString grouped;
    if (key.kind() == KeyKind::Raw) {
        for (int i = 0; i < keyText.size(); i += 8)
            grouped += keyText.mid(i, 8).toHtmlEscaped() + QLatin1Char(' ');
    } else {
        grouped = keyText.toHtmlEscaped();
    }
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(tr("Strongroom Recovery Sheet"));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(
                tr("Keep this sheet somewhere safe and away from the computer. Whoever holds it can read the "
                   "database."));
    html += QStringLiteral("<table cellpadding=\"4\">");
    auto row = [&html](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(name, value);
    };
    row(tr("Database"), QFileInfo(path).fileName().toHtmlEscaped());
    row(tr("Location"), path.toHtmlEscaped());
    row(tr("Date"), locale.toString(created, QLocale::LongFormat).toHtmlEscaped());
    row(tr("Key type"),
        key.kind() == KeyKind::Raw
            ? tr("raw key: type it as written, with x'…', leaving out the spaces between the groups")
            : tr("passphrase (words separated by single spaces)"));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h2>%1</h2><p style=\"font-family: monospace; font-size: 16pt\">%2</p>")
                .arg(tr("Key"), grouped);
    html += QStringLiteral("<h2>%1</h2><table cellpadding=\"4\">").arg(tr("Cipher settings"));
    row(tr("Profile"), settings.profileName().toHtmlEscaped());
    row(QStringLiteral("cipher_page_size"), QString::number(settings.pageSize));
    row(QStringLiteral("kdf_iter"), QString::number(settings.kdfIter));
    row(QStringLiteral("cipher_hmac_algorithm"), settings.useHmac ? settings.hmacAlgorithm : tr("no HMAC"));
    row(QStringLiteral("cipher_kdf_algorithm"), settings.kdfAlgorithm);
    row(QStringLiteral("cipher_plaintext_header_size"), QString::number(settings.plaintextHeaderSize));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("To open the file with the sqlcipher shell: PRAGMA key = 'the key above'; then, "
                        "unless the "
                        "profile is sqlcipher-4, the PRAGMA statements above with these values.")
                         .toHtmlEscaped());
    return html;
}

void RecoverySheet::print(QPrinter *printer) const
{
    QTextDocument document;
    document.setHtml(html());
    document.print(printer);
    // QTextDocument keeps its own copies of the text; they go with it here.
}

bool RecoverySheet::writePdf(const QString &file) const
{
    // QTextDocument keeps its own copies of the text; they go with it here.
    QTextDocument document;
    document.setHtml(html());
    return writePrivatePdf(document, file, tr("Strongroom Recovery Sheet"));
}

bool RecoverySheet::writePrivatePdf(QTextDocument &document, const QString &file, const QString &docName)
{
    // The sheet holds the key: it is printed into a file created 0600 beside the target (QPrinter
    // truncates what it finds, keeping the mode) and then renamed over the target, which never
    // lends its own, perhaps wider, mode to it.
    const QString temp = safefile::tempPathFor(file, QStringLiteral("recovery-sheet"));
    safefile::TempGuard guard(temp);
    if (!safefile::createPrivateFile(temp))
        return false;
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(temp);
        printer.setDocName(docName);
        document.print(&printer);
    }
    if (QFileInfo(temp).size() <= 0 || !safefile::fsyncFile(temp) || !safefile::atomicReplace(temp, file))
        return false;
    guard.keep();
    return true;
}

} // namespace strongroom::ui
