#include "postgres/PgConnection.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <libpq-fe.h>

namespace strongroom::postgres {

namespace {

QString quoteValue(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@+-]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

bool looksLikeServiceName(const QString &text)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    return name.match(text).hasMatch();
}

} // namespace

Result<PgConnection> PgConnection::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("PgConnection", "No PostgreSQL connection given: "
                                                                 "name a conninfo, a URI or a service."));
    const bool uri =
        text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
    const QString conninfo = !uri && !text.contains(QLatin1Char('=')) && looksLikeServiceName(text)
                                 ? QStringLiteral("service=") + text
                                 : text;
    char *errorText = nullptr;
    PQconninfoOption *parsed = PQconninfoParse(conninfo.toUtf8().constData(), &errorText);
    if (!parsed) {
        const QString reason = errorText ? QString::fromUtf8(errorText).trimmed() : QString();
        PQfreemem(errorText);
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("PgConnection", "Not a PostgreSQL connection string: %1")
                         .arg(reason));
    }
    PgConnection connection;
    bool hasPassword = false;
    for (PQconninfoOption *o = parsed; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString keyword = QString::fromLatin1(o->keyword);
        if (keyword == QLatin1String("password")) {
            hasPassword = true;
            // libpq's copy is freed below; wipe it first.
            std::fill(o->val, o->val + strlen(o->val), '\0');
            continue;
        }
        connection.m_options.append({keyword, QString::fromUtf8(o->val)});
    }
    PQconninfoFree(parsed);
    if (hasPassword)
        return Error(ExitCode::Usage,
                     QCoreApplication::translate(
                         "PgConnection",
                         "The connection string contains a password, which other users can see in "
                         "the process list and which ends up in shell history. Remove it and use "
                         "~/.pgpass, --password-env, --password-file or --password-stdin."));
    return connection;
}

PgConnection PgConnection::fromOptions(const QList<Option> &options)
{
    PgConnection connection;
    for (const Option &o : options)
        connection.setOption(o.first, o.second);
    return connection;
}

QString PgConnection::option(const QString &keyword) const
{
    for (const Option &o : m_options) {
        if (o.first == keyword)
            return o.second;
    }
    return {};
}

void PgConnection::setOption(const QString &keyword, const QString &value)
{
    if (keyword == QLatin1String("password"))
        return;
    for (qsizetype i = 0; i < m_options.size(); ++i) {
        if (m_options[i].first == keyword) {
            if (value.isEmpty())
                m_options.removeAt(i);
            else
                m_options[i].second = value;
            return;
        }
    }
    if (!value.isEmpty())
        m_options.append({keyword, value});
}

QString PgConnection::conninfo() const
{
    QStringList parts;
    for (const Option &o : m_options)
        parts.append(o.first + QLatin1Char('=') + quoteValue(o.second));
    return parts.join(QLatin1Char(' '));
}

QString PgConnection::displayName() const
{
    const QString host = option(QStringLiteral("host"));
    const QString dbname = option(QStringLiteral("dbname"));
    if (host.isEmpty() && dbname.isEmpty() && !option(QStringLiteral("service")).isEmpty())
        return QStringLiteral("service ") + option(QStringLiteral("service"));
    QString name;
    if (const QString user = option(QStringLiteral("user")); !user.isEmpty())
        name += user + QLatin1Char('@');
    name += host.isEmpty() ? QStringLiteral("localhost") : host;
    if (const QString port = option(QStringLiteral("port")); !port.isEmpty())
        name += QLatin1Char(':') + port;
    name += QLatin1Char('/') + (dbname.isEmpty() ? option(QStringLiteral("user")) : dbname);
    return name;
}

bool PgConnection::namesLocalServer() const
{
    const QString host = option(QStringLiteral("host"));
    if (host.isEmpty())
        return option(QStringLiteral("hostaddr")).isEmpty() ||
               option(QStringLiteral("hostaddr")).startsWith(QLatin1String("127."));
    for (const QString &h : host.split(QLatin1Char(','))) {
        if (!(h.startsWith(QLatin1Char('/')) || h.startsWith(QLatin1Char('@')) ||
              h == QLatin1String("localhost") || h.startsWith(QLatin1String("127.")) ||
              h == QLatin1String("::1")))
            return false;
    }
    return true;
}

} // namespace strongroom::postgres
