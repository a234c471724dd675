#include "securityaudit/SecurityCheck.h"

#include <QDateTime>

namespace strongroom {

QString SecurityCheck::resultName(Result result)
{
    switch (result) {
    case Result::Pass:
        return QStringLiteral("pass");
    case Result::Warn:
        return QStringLiteral("warn");
    case Result::Fail:
        return QStringLiteral("fail");
    case Result::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("fail");
}

QJsonObject SecurityCheck::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("area"), area},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("result"), resultName(result)},
            {QStringLiteral("evidence"), evidence},
            {QStringLiteral("why"), why},
            {QStringLiteral("fix"), fix}};
}

QString securityAuditHtml(const QList<SecurityCheck> &checks, const QString &title)
{
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                       "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
                       "td,th{border:1px solid #999;padding:4px;vertical-align:top}"
                       ".fail{background:#f8d0d0}.warn{background:#fbeec0}.pass{background:#d8f0d8}"
                       ".manual{background:#e0e6f4}</style></head><body>\n<h1>%1</h1>\n<p>%2</p>\n"
                       "<table><tr><th>Result</th><th>Area</th><th>Check</th><th>Subject</th>"
                       "<th>Evidence</th><th>Why</th><th>Fix</th></tr>\n")
            .arg(title.toHtmlEscaped(),
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    for (const SecurityCheck &check : checks) {
        const QString result = SecurityCheck::resultName(check.result);
        html += QStringLiteral(
                    "<tr class=\"%1\"><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td>"
                    "<td>%7</td></tr>\n")
                    .arg(result, check.area.toHtmlEscaped(), check.id.toHtmlEscaped(),
                         check.subject.toHtmlEscaped(), check.evidence.toHtmlEscaped(),
                         check.why.toHtmlEscaped(), check.fix.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>\n</body></html>\n");
}

} // namespace strongroom
