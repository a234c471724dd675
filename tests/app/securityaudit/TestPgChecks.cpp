#include "securityaudit/PgChecks.h"

#include <QTest>

using namespace strongroom;

Q_DECLARE_METATYPE(strongroom::SecurityCheck::Result)

// The checks of one PostgreSQL connection made from what PgInfoJob read (no server needed): in
// order TLS, ssl_min_protocol_version, password_encryption and the data directory; each server
// setting is Manual when this role may not read it, Fail below the safe value (with how to set it)
// and Pass otherwise, its evidence naming the value.
class TestPgChecks : public QObject
{
    Q_OBJECT

    static postgres::PgServerInfo safeServer()
    {
        postgres::PgServerInfo info;
        info.tls.socket = true;
        info.ssl = QStringLiteral("on");
        info.sslMinProtocol = QStringLiteral("TLSv1.2");
        info.passwordEncryption = QStringLiteral("scram-sha-256");
        info.storage.state = postgres::StorageEncryption::State::Encrypted;
        return info;
    }

    static SecurityCheck checkOf(const postgres::PgServerInfo &info, const QString &id)
    {
        for (const SecurityCheck &check : pgchecks::fromInfo(QStringLiteral("shop"), info))
            if (check.id == id)
                return check;
        return {};
    }

private Q_SLOTS:
    void theChecksComeInTheirOrder()
    {
        QStringList ids;
        for (const SecurityCheck &check : pgchecks::fromInfo(QStringLiteral("shop"), safeServer())) {
            ids << check.id;
            QCOMPARE(check.area, QStringLiteral("postgres"));
            QCOMPARE(check.subject, QStringLiteral("shop"));
            QVERIFY(!check.why.isEmpty());
        }
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("postgres.tls"), QStringLiteral("postgres.ssl-min-protocol"),
                              QStringLiteral("postgres.password-encryption"),
                              QStringLiteral("postgres.data-encrypted")}));
    }

    void aServerSettingIsJudgedByItsValue_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("value");
        QTest::addColumn<SecurityCheck::Result>("result");
        QTest::addColumn<QString>("evidence");
        QTest::addColumn<bool>("hasFix");
        const QString protocol = QStringLiteral("postgres.ssl-min-protocol");
        const QString password = QStringLiteral("postgres.password-encryption");
        QTest::newRow("TLS 1.3 minimum passes") << protocol << "TLSv1.3" << SecurityCheck::Result::Pass
                                                << "ssl_min_protocol_version = TLSv1.3." << false;
        QTest::newRow("TLS 1.2 minimum passes") << protocol << "TLSv1.2" << SecurityCheck::Result::Pass
                                                << "ssl_min_protocol_version = TLSv1.2." << false;
        QTest::newRow("TLS 1.1 minimum fails") << protocol << "TLSv1.1" << SecurityCheck::Result::Fail
                                               << "ssl_min_protocol_version = TLSv1.1." << true;
        QTest::newRow("an unknown minimum fails") << protocol << "SSLv3" << SecurityCheck::Result::Fail
                                                  << "ssl_min_protocol_version = SSLv3." << true;
        QTest::newRow("an unreadable minimum is manual")
            << protocol << "" << SecurityCheck::Result::Manual
            << "This role may not read ssl_min_protocol_version." << true;
        QTest::newRow("scram passes") << password << "scram-sha-256" << SecurityCheck::Result::Pass
                                      << "password_encryption = scram-sha-256." << false;
        QTest::newRow("md5 fails") << password << "md5" << SecurityCheck::Result::Fail
                                   << "password_encryption = md5." << true;
        QTest::newRow("an unreadable password_encryption is manual")
            << password << "" << SecurityCheck::Result::Manual << "password_encryption could not be read."
            << true;
    }

    void aServerSettingIsJudgedByItsValue()
    {
        QFETCH(QString, id);
        QFETCH(QString, value);
        QFETCH(SecurityCheck::Result, result);
        QFETCH(QString, evidence);
        QFETCH(bool, hasFix);
        postgres::PgServerInfo info = safeServer();
        (id == QLatin1String("postgres.ssl-min-protocol") ? info.sslMinProtocol : info.passwordEncryption) =
            value;
        const SecurityCheck check = checkOf(info, id);
        QCOMPARE(check.id, id);
        QCOMPARE(check.result, result);
        QCOMPARE(check.evidence, evidence);
        QCOMPARE(!check.fix.isEmpty(), hasFix);
    }
};

QTEST_GUILESS_MAIN(TestPgChecks)
#include "TestPgChecks.moc"
