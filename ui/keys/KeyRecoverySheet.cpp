#include "keys/KeyRecoverySheet.h"

#include "age/TextQrCode.h"
#include "conversion/RecoverySheet.h"

#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>

namespace strongroom::ui {

namespace {
const QUrl kQrImage(QStringLiteral("strongroom://identity-qr.png"));

// Dark modules as black squares with the four-module quiet zone, eight pixels a module.
QImage qrImage(const QList<QList<bool>> &modules)
{
    constexpr int scale = 8, quiet = 4;
    const int size = (int(modules.size()) + 2 * quiet) * scale;
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < modules.size(); ++y)
        for (int x = 0; x < modules.at(y).size(); ++x)
            if (modules.at(y).at(x))
                painter.fillRect((x + quiet) * scale, (y + quiet) * scale, scale, scale, Qt::black);
    return image;
}
} // namespace

QStringList KeyRecoverySheet::groups(const QString &identity)
{
    QStringList result;
    for (qsizetype i = 0; i < identity.size(); i += 5)
        result.append(identity.mid(i, 5));
    return result;
}

void KeyRecoverySheet::fill(QTextDocument &document) const
{
    const QLocale locale;
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(tr("Strongroom Recovery Sheet: age key"));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Keep this sheet offline, somewhere safe. Whoever holds it can decrypt every file "
                        "encrypted to this key."));
    html += QStringLiteral("<table cellpadding=\"4\">");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, value);
    };
    if (!name.isEmpty())
        row(tr("Name"), name.toHtmlEscaped());
    row(tr("Date"), locale.toString(created, QLocale::LongFormat).toHtmlEscaped());
    row(tr("Key id"), keyId.toHtmlEscaped());
    row(tr("Recipient"),
        QStringLiteral("<span style=\"font-family: monospace\">%1</span>").arg(recipient.toHtmlEscaped()));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(tr("Identity (secret)"),
                     tr("Type it back as one line, without the spaces, into a file of its own to use it with "
                        "strongroom-cli --identity or age -i."));
    html += QStringLiteral("<p style=\"font-family: monospace; font-size: 14pt\">%1</p>")
                .arg(groups(identity).join(QLatin1Char(' ')).toHtmlEscaped());
    const QList<QList<bool>> modules = age::qrCodeModules(identity.toLatin1());
    if (!modules.isEmpty()) {
        document.addResource(QTextDocument::ImageResource, kQrImage, qrImage(modules));
        html += QStringLiteral("<h2>%1</h2><p><img src=\"%2\" width=\"220\" height=\"220\"></p>")
                    .arg(tr("The identity as a QR code"), kQrImage.toString());
    }
    document.setHtml(html);
}

bool KeyRecoverySheet::writePdf(const QString &file) const
{
    QTextDocument document;
    fill(document);
    return RecoverySheet::writePrivatePdf(document, file, tr("Strongroom Recovery Sheet: age key"));
}

} // namespace strongroom::ui
