#include "pages/PlannedPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace strongroom::ui {

PlannedPage::PlannedPage(const QString &title, const QString &willHold, const QStringList &availableNow,
                         QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()));
    layout->addWidget(heading);
    auto *body = new QLabel(willHold);
    body->setWordWrap(true);
    body->setTextFormat(Qt::PlainText);
    layout->addWidget(body);
    if (!availableNow.isEmpty()) {
        QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Available now from the command line:"));
        for (const QString &line : availableNow)
            html += QStringLiteral("<li><code>%1</code></li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        auto *now = new QLabel(html);
        now->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(now);
    }
    layout->addStretch();
}

} // namespace strongroom::ui
