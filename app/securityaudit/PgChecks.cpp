#include "securityaudit/PgChecks.h"

#include <QCoreApplication>

namespace strongroom::pgchecks {

namespace {

// TLSv1 < TLSv1.1 < TLSv1.2 < TLSv1.3; -1 for an empty or unknown name.
int protocolRank(const QString &name)
{
    static const QStringList order{QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1"),
                                   QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")};
    return int(order.indexOf(name));
}

// A check of area "postgres" that passes until it finds otherwise.
SecurityCheck postgresCheck(const QString &id, const QString &subject, const QString &why,
                            const QString &evidence = QString())
{
    return {id, QStringLiteral("postgres"), subject, SecurityCheck::Result::Pass, evidence, why, QString()};
}

SecurityCheck tls(const QString &subject, const postgres::PgServerInfo &info)
{
    const postgres::PgTlsStatus &t = info.tls;
    const QString serverSsl =
        info.ssl.isEmpty() ? QCoreApplication::translate("SecurityAudit", "not readable") : info.ssl;
    SecurityCheck check = postgresCheck(
        QStringLiteral("postgres.tls"), subject,
        QCoreApplication::translate(
            "SecurityAudit", "Without TLS, passwords and rows cross the network readable and changeable; "
                             "without verify-full, a machine in the middle can pose as the server."));
    if (t.socket) {
        const bool serverTls = info.ssl == QLatin1String("on");
        check.result = serverTls ? SecurityCheck::Result::Pass : SecurityCheck::Result::Warn;
        check.evidence = QCoreApplication::translate(
                             "SecurityAudit",
                             "This connection uses a Unix socket, where TLS does not apply; the server has "
                             "ssl = %1.")
                             .arg(serverSsl);
        if (!serverTls)
            check.fix = QCoreApplication::translate(
                "SecurityAudit",
                "Clients that connect over TCP talk to this server unencrypted: set ssl = on with "
                "ssl_cert_file and ssl_key_file, and use hostssl lines in pg_hba.conf.");
        return check;
    }
    if (!t.inUse) {
        check.result = SecurityCheck::Result::Fail;
        check.evidence =
            QCoreApplication::translate("SecurityAudit",
                                        "No TLS on this connection (sslmode=%1); the server has ssl = %2.")
                .arg(t.sslmode.isEmpty() ? QStringLiteral("prefer") : t.sslmode, serverSsl);
        check.fix = QCoreApplication::translate(
            "SecurityAudit", "Turn TLS on at the server (ssl = on, hostssl in pg_hba.conf) and connect with "
                             "sslmode=verify-full sslrootcert=CA-FILE.");
        return check;
    }
    if (!t.hostnameVerified()) {
        check.result = SecurityCheck::Result::Warn;
        check.evidence = QCoreApplication::translate(
                             "SecurityAudit",
                             "TLS (%1, %2) with sslmode=%3: the server's certificate name is not verified.")
                             .arg(t.protocol, t.cipher, t.sslmode);
        check.fix = QCoreApplication::translate(
            "SecurityAudit", "Connect with sslmode=verify-full and sslrootcert set to the CA that signed the "
                             "server's certificate.");
        return check;
    }
    check.evidence = QCoreApplication::translate("SecurityAudit", "TLS (%1, %2) with sslmode=verify-full.")
                         .arg(t.protocol, t.cipher);
    return check;
}

// A server setting checked one way: unreadable by this role is Manual (with how to read it), a
// value other than the safe ones is Fail (with how to set it), anything else passes; the evidence
// names the value.
struct ServerSetting
{
    QString id;
    QString value; // empty when the role may not read it
    bool safe = false;
    QString why;
    QString evidence; // "name = %1."
    QString unreadable;
    QString unreadableFix;
    QString fix;
};

SecurityCheck settingCheck(const QString &subject, const ServerSetting &setting)
{
    SecurityCheck check = postgresCheck(setting.id, subject, setting.why);
    if (setting.value.isEmpty()) {
        check.result = SecurityCheck::Result::Manual;
        check.evidence = setting.unreadable;
        check.fix = setting.unreadableFix;
        return check;
    }
    check.evidence = setting.evidence.arg(setting.value);
    if (!setting.safe) {
        check.result = SecurityCheck::Result::Fail;
        check.fix = setting.fix;
    }
    return check;
}

// The settings that decide how safe the server's TLS and stored passwords are.
QList<ServerSetting> serverSettings(const postgres::PgServerInfo &info)
{
    return {
        {QStringLiteral("postgres.ssl-min-protocol"), info.sslMinProtocol,
         protocolRank(info.sslMinProtocol) >= protocolRank(QStringLiteral("TLSv1.2")),
         QCoreApplication::translate(
             "SecurityAudit", "TLS 1.0 and 1.1 have known weaknesses; a server that accepts them lets a "
                              "client be talked down to them."),
         QCoreApplication::translate("SecurityAudit", "ssl_min_protocol_version = %1."),
         QCoreApplication::translate("SecurityAudit", "This role may not read ssl_min_protocol_version."),
         QCoreApplication::translate("SecurityAudit",
                                     "Check it as a superuser or a member of pg_read_all_settings: SHOW "
                                     "ssl_min_protocol_version;"),
         QCoreApplication::translate(
             "SecurityAudit",
             "ALTER SYSTEM SET ssl_min_protocol_version = 'TLSv1.2'; SELECT pg_reload_conf();")},
        {QStringLiteral("postgres.password-encryption"), info.passwordEncryption,
         info.passwordEncryption == QLatin1String("scram-sha-256"),
         QCoreApplication::translate(
             "SecurityAudit", "An md5 hash is enough to log in and cheap to crack; SCRAM-SHA-256 stores "
                              "neither a password nor a replayable hash."),
         QCoreApplication::translate("SecurityAudit", "password_encryption = %1."),
         QCoreApplication::translate("SecurityAudit", "password_encryption could not be read."),
         QCoreApplication::translate("SecurityAudit", "Check it on the server: SHOW password_encryption;"),
         QCoreApplication::translate(
             "SecurityAudit",
             "ALTER SYSTEM SET password_encryption = 'scram-sha-256'; SELECT pg_reload_conf(); then "
             "set every role's password again (ALTER ROLE ... PASSWORD) and use scram-sha-256 in "
             "pg_hba.conf.")},
    };
}

SecurityCheck dataDirectory(const QString &subject, const postgres::PgServerInfo &info)
{
    using State = postgres::StorageEncryption::State;
    SecurityCheck check = postgresCheck(
        QStringLiteral("postgres.data-encrypted"), subject,
        QCoreApplication::translate(
            "SecurityAudit", "A data directory on a plain disk gives every row to whoever takes the disk or "
                             "an image of it."),
        info.storage.describe());
    if (info.storage.state == State::NotEncrypted) {
        check.result = SecurityCheck::Result::Fail;
        check.fix = QCoreApplication::translate(
                        "SecurityAudit",
                        "Move the data directory (%1) to a LUKS volume: stop the server, copy it with its "
                        "modes, point data_directory at it, start.")
                        .arg(info.dataDirectory);
    } else if (info.storage.state == State::Unknown) {
        check.result = SecurityCheck::Result::Manual;
        check.fix = QCoreApplication::translate(
            "SecurityAudit", "Check on the server's host that the data directory lies on an encrypted device "
                             "(lsblk -o NAME,TYPE,MOUNTPOINT shows a crypt layer under it).");
    }
    return check;
}

} // namespace

QList<SecurityCheck> fromInfo(const QString &subject, const postgres::PgServerInfo &info)
{
    QList<SecurityCheck> checks{tls(subject, info)};
    for (const ServerSetting &setting : serverSettings(info))
        checks.append(settingCheck(subject, setting));
    checks.append(dataDirectory(subject, info));
    return checks;
}

SecurityCheck notReached(const QString &subject, const QString &message)
{
    return {
        QStringLiteral("postgres.connection"),
        QStringLiteral("postgres"),
        subject,
        SecurityCheck::Result::Warn,
        QCoreApplication::translate("SecurityAudit", "Not checked: %1").arg(message),
        QCoreApplication::translate("SecurityAudit",
                                    "A connection the console keeps but cannot reach was not audited."),
        QCoreApplication::translate(
            "SecurityAudit",
            "Make the server reachable (and its password known to libpq through ~/.pgpass), or remove the "
            "connection.")};
}

} // namespace strongroom::pgchecks
