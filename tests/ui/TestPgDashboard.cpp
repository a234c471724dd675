#include "core/JobRunner.h"
#include "jobs/JobsIndicator.h"
#include "pages/DatabasesPage.h"
#include "postgres/PgConnectionDialog.h"
#include "postgres/PgDashboard.h"
#include "postgres/PgSavedConnections.h"
#include "support/IsolatedHome.h"
#include "support/PostgresServer.h"
#include "support/WidgetLookup.h"
#include "widgets/Banner.h"
#include "widgets/SecretLineEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace strongroom;
using namespace strongroom::ui;

// The console's PostgreSQL side, offscreen, against a real PostgreSQL 17 server: the connection
// dialog keeps the connection string and the fields in step, refuses a password inside the string,
// and its Test button reports the server and the TLS in use (a Unix socket, verify-full over TCP, a
// refused password); the dashboard fills its cards and table from the info job, exact counts
// included, and asks for a password the server wants; the Databases section lists saved
// connections (conninfo only, never a password) beside SQLCipher files. With
// STRONGROOM_SCREENSHOT_DIR set, the dialog and the dashboard are saved there as postgres-*.png.
class TestPgDashboard : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;
    QTemporaryDir m_home;
    PostgresServer m_server;
    std::unique_ptr<PostgresServer> m_tlsServer;
    JobRunner m_runner;
    const QByteArray m_password = "gui: clerk password";

    static void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("STRONGROOM_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(QDir(dir).filePath(QStringLiteral("postgres-%1.png").arg(name)));
    }

    SavedPgConnection shop(const QString &user = PostgresServer::superuser()) const
    {
        return SavedPgConnection{QStringLiteral("shop"), m_server.conninfo(QStringLiteral("shop"), user),
                                 false};
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateThisProcess(m_home.path());
        qputenv("PGPASSFILE", QFile::encodeName(m_home.filePath(QStringLiteral("no-pgpass"))));
        STRONGROOM_START_POSTGRES(m_server);
        QVERIFY(m_server.createDatabase(QStringLiteral("shop")));
        QVERIFY(m_server.createRole(QStringLiteral("clerk"), m_password));
        const auto made = m_server.sql(
            QStringLiteral(
                "CREATE TABLE orders (id int PRIMARY KEY, note text);"
                "INSERT INTO orders SELECT i, repeat('x', i % 50) FROM generate_series(1, 12000) i;"
                "CREATE TABLE customers (id int PRIMARY KEY, name text);"
                "INSERT INTO customers SELECT i, 'c' || i FROM generate_series(1, 800) i;"
                "CREATE TABLE archive (id int, doc text);"
                "INSERT INTO archive SELECT i, repeat(md5(i::text), 300) FROM generate_series(1, 150) i;"
                "GRANT SELECT ON orders, customers, archive TO clerk; ANALYZE;"),
            QStringLiteral("shop"));
        QVERIFY2(made.ok, qPrintable(made.error));
    }

    void dialogKeepsTextAndFieldsInStep()
    {
        PgConnectionDialog dialog(&m_runner);
        auto *text = child<QLineEdit>(&dialog, "conninfo");
        auto *sslmode = child<QComboBox>(&dialog, "sslmode");
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing named yet
        QTest::keyClicks(text, QStringLiteral("postgresql://app@db.example:5433/shop"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.connection().option(QStringLiteral("host")), QStringLiteral("db.example"));
        QCOMPARE(dialog.connection().option(QStringLiteral("port")), QStringLiteral("5433"));
        QCOMPARE(dialog.connection().option(QStringLiteral("user")), QStringLiteral("app"));
        sslmode->setCurrentIndex(sslmode->findData(QStringLiteral("verify-full")));
        // The string follows the fields (in libpq's keyword order).
        QVERIFY2(text->text().contains(QLatin1String("sslmode=verify-full")), qPrintable(text->text()));
        QCOMPARE(postgres::PgConnection::parse(text->text())->options(), dialog.connection().options());
        QCOMPARE(dialog.connection().option(QStringLiteral("sslmode")), QStringLiteral("verify-full"));

        text->clear();
        QTest::keyClicks(text, QStringLiteral("host=db password=hunter2"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog.testResult().contains(QLatin1String("password")), qPrintable(dialog.testResult()));
        QVERIFY(!dialog.connection().conninfo().contains(QLatin1String("hunter2")));
    }

    void testButtonReportsTheServerAndTls_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<QString>("says");
        QTest::newRow("socket") << false << QByteArray() << true << "Unix socket";
        QTest::newRow("password role") << false << m_password << true << "clerk";
        QTest::newRow("wrong password")
            << false << QByteArray("wrong") << false << "password authentication failed";
        QTest::newRow("verify-full over TCP")
            << true << QByteArray() << true << "certificate and host name verified";
    }
    void testButtonReportsTheServerAndTls()
    {
        QFETCH(bool, tls);
        QFETCH(QByteArray, password);
        QFETCH(bool, succeeds);
        QFETCH(QString, says);
        QString conninfo;
        if (tls) {
            if (!m_tlsServer) {
                m_tlsServer = std::make_unique<PostgresServer>(PostgresServer::Options{true});
                STRONGROOM_START_POSTGRES(*m_tlsServer);
            }
            conninfo = m_tlsServer->tlsConninfo(QStringLiteral("postgres"), PostgresServer::superuser(),
                                                QStringLiteral("verify-full")) +
                       QStringLiteral(" sslrootcert=") + m_tlsServer->certificatePath();
        } else {
            conninfo =
                shop(password.isEmpty() ? PostgresServer::superuser() : QStringLiteral("clerk")).conninfo;
        }
        PgConnectionDialog dialog(&m_runner);
        dialog.setConnection(*postgres::PgConnection::parse(conninfo), QStringLiteral("test"));
        if (!password.isEmpty())
            child<SecretLineEdit>(&dialog, "password")->setText(QString::fromUtf8(password));
        QSignalSpy finished(&dialog, &PgConnectionDialog::testFinished);
        dialog.show();
        dialog.test();
        QVERIFY(finished.wait(30000));
        QCOMPARE(dialog.testSucceeded(), succeeds);
        QVERIFY2(dialog.testResult().contains(says), qPrintable(dialog.testResult()));
        if (tls) {
            QVERIFY2(dialog.testResult().contains(QLatin1String("TLSv1.")), qPrintable(dialog.testResult()));
            dialog.resize(680, dialog.sizeHint().height());
            screenshot(&dialog, QStringLiteral("connection"));
        }
    }

    void dashboardShowsCardsTablesAndExactCounts()
    {
        PgDashboard dashboard(shop(), &m_runner);
        QSignalSpy shown(&dashboard, &PgDashboard::infoShown);
        dashboard.resize(1000, 720);
        dashboard.show(); // the first showing reads the server
        QVERIFY(shown.wait(30000));
        QVERIFY2(dashboard.cardValue(QStringLiteral("Server")).startsWith(QLatin1String("PostgreSQL 17")),
                 qPrintable(dashboard.cardValue(QStringLiteral("Server"))));
        QCOMPARE(dashboard.cardValue(QStringLiteral("TLS")), QStringLiteral("Not needed"));
        QCOMPARE(dashboard.cardValue(QStringLiteral("Tables")), QStringLiteral("3"));
        QVERIFY(!dashboard.cardValue(QStringLiteral("Encrypted storage")).isEmpty());
        QStandardItemModel *model = dashboard.tableModel();
        QCOMPARE(model->rowCount(), 3);
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->item(r - 1, PgDashboard::TotalBytes)->data(Qt::UserRole).toLongLong() >=
                    model->item(r, PgDashboard::TotalBytes)->data(Qt::UserRole).toLongLong());

        dashboard.refresh(true);
        QVERIFY(shown.wait(30000));
        QMap<QString, qint64> exact;
        for (int r = 0; r < model->rowCount(); ++r)
            exact.insert(model->item(r, PgDashboard::Name)->text(),
                         model->item(r, PgDashboard::ExactRows)->data(Qt::UserRole).toLongLong());
        QCOMPARE(exact.value(QStringLiteral("public.orders")), 12000);
        QCOMPARE(exact.value(QStringLiteral("public.customers")), 800);
        QCOMPARE(exact.value(QStringLiteral("public.archive")), 150);
        QVERIFY(dashboard.info().exactCounts);
        screenshot(&dashboard, QStringLiteral("dashboard"));
    }

    void dashboardAsksForAPasswordTheServerWants()
    {
        PgDashboard dashboard(shop(QStringLiteral("clerk")), &m_runner);
        dashboard.show();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !dashboard.isRunning() &&
                       !dashboard.bannerText().contains(QLatin1String("Connecting"));
            },
            30000));
        QVERIFY2(dashboard.bannerText().contains(QLatin1String("password")),
                 qPrintable(dashboard.bannerText()));
        bool offered = false;
        for (QPushButton *b : dashboard.findChild<Banner *>()->findChildren<QPushButton *>())
            offered = offered || b->text().contains(QLatin1String("Password"));
        QVERIFY(offered);

        QSignalSpy shown(&dashboard, &PgDashboard::infoShown);
        dashboard.setPassword(postgres::PgPassword{KeyMaterial(QCA::SecureArray(m_password)), {}});
        dashboard.refresh();
        QVERIFY(shown.wait(30000));
        QCOMPARE(dashboard.info().user, QStringLiteral("clerk"));
    }

    void databasesSectionListsSavedConnectionsWithoutPasswords()
    {
        pgsaved::store(shop());
        pgsaved::store(SavedPgConnection{
            QStringLiteral("reports"),
            QStringLiteral("host=reports.example dbname=reports sslmode=verify-full"), false});
        JobsIndicator jobs(&m_runner);
        DatabasesPage page(&m_runner, &jobs);
        QCOMPARE(page.postgresConnections().size(), 2);
        QVERIFY(page.openPaths().isEmpty()); // connections are not files
        PgDashboard *dashboard = page.postgresDashboard(shop().conninfo);
        QVERIFY(dashboard);
        QCOMPARE(page.showPostgres(shop()), dashboard); // selects, does not add
        QCOMPARE(page.postgresConnections().size(), 2);

        // What settings hold: names and connection strings, never a password.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QString::fromUtf8(m_password)),
                     qPrintable(key));
        pgsaved::forget(QStringLiteral("host=reports.example dbname=reports sslmode=verify-full"));
        QCOMPARE(pgsaved::load(), QList<SavedPgConnection>{shop()});
        pgsaved::forget(shop().conninfo);
    }
};

QTEST_MAIN(TestPgDashboard)
#include "TestPgDashboard.moc"
