#include "pgbackup/PgTarget.h"

#include <QCoreApplication>
#include <QList>
#include <libpq-fe.h>
#include <vector>

namespace strongroom::pgbackup {

namespace {

struct ConninfoOptions
{
    PQconninfoOption *options = nullptr;
    ~ConninfoOptions()
    {
        if (options)
            PQconninfoFree(options);
    }
};

Result<std::vector<std::pair<QByteArray, QByteArray>>> parsed(const QString &conninfo)
{
    char *message = nullptr;
    ConninfoOptions parsedOptions{PQconninfoParse(conninfo.toUtf8().constData(), &message)};
    if (!parsedOptions.options) {
        const QString reason = message ? QString::fromUtf8(message).trimmed() : QString();
        PQfreemem(message);
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("PgBackup", "The connection \"%1\" cannot be read: %2")
                         .arg(conninfo, reason));
    }
    std::vector<std::pair<QByteArray, QByteArray>> pairs;
    for (PQconninfoOption *option = parsedOptions.options; option->keyword; ++option)
        if (option->val && *option->val)
            pairs.emplace_back(QByteArray(option->keyword), QByteArray(option->val));
    return pairs;
}

QByteArray quoted(const QByteArray &value)
{
    QByteArray out = "'";
    for (const char c : value) {
        if (c == '\'' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '\'';
}

} // namespace

Result<QString> PgTarget::withoutPassword() const
{
    auto pairs = parsed(conninfo);
    if (!pairs)
        return pairs.error();
    QByteArray text;
    for (const auto &[keyword, value] : *pairs) {
        if (keyword == "password")
            continue;
        if (!text.isEmpty())
            text += ' ';
        text += keyword + '=' + quoted(value);
    }
    return QString::fromUtf8(text);
}

std::optional<KeyMaterial> PgTarget::effectivePassword() const
{
    if (password)
        return password;
    auto pairs = parsed(conninfo);
    if (!pairs)
        return std::nullopt;
    for (const auto &[keyword, value] : *pairs)
        if (keyword == "password")
            return KeyMaterial(QCA::SecureArray(value));
    return std::nullopt;
}

PgTarget PgTarget::withDatabase(const QString &database) const
{
    PgTarget other = *this;
    auto clean = withoutPassword();
    const QString base = clean ? *clean : conninfo;
    other.conninfo = base + QStringLiteral(" dbname=") + QString::fromUtf8(quoted(database.toUtf8()));
    other.password = effectivePassword();
    return other;
}

QString libpqMessage(const pg_conn *connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

Result<pg_conn *> connectTo(const PgTarget &target)
{
    auto clean = target.withoutPassword();
    if (!clean)
        return clean.error();
    const QByteArray conninfo = clean->toUtf8();
    const std::optional<KeyMaterial> password = target.effectivePassword();
    std::vector<const char *> keywords{"dbname"};
    std::vector<const char *> values{conninfo.constData()};
    QByteArray secret;
    if (password) {
        secret = QByteArray(password->secret().constData(), password->secret().size());
        keywords.push_back("password");
        values.push_back(secret.constData());
    }
    keywords.push_back("fallback_application_name");
    values.push_back("strongroom");
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    PGconn *connection = PQconnectdbParams(keywords.data(), values.data(), 1);
    secret.fill('\0');
    if (PQstatus(connection) == CONNECTION_OK)
        return connection;
    const QString reason = libpqMessage(connection);
    const bool passwordRefused = PQconnectionUsedPassword(connection) || PQconnectionNeedsPassword(connection);
    PQfinish(connection);
    return Error(passwordRefused && reason.contains(QLatin1String("password")) ? ExitCode::WrongKey
                                                                              : ExitCode::Failure,
                 QCoreApplication::translate("PgBackup", "Cannot connect to PostgreSQL (%1): %2")
                     .arg(*clean, reason),
                 QStringLiteral("connection"));
}

} // namespace strongroom::pgbackup
