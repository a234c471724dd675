#include "MainWindow.h"
#include "core/JobRunner.h"
#include "support/IsolatedHome.h"
#include "watch/WatchMonitor.h"
#include "widgets/Banner.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;
using namespace strongroom::ui;

// The console keeps watch: a daily backup schedule that has not succeeded for four days (its file
// as `schedule add` writes it) puts a count on the Backups section of the sidebar and a red banner
// above the Backups page naming the schedule; other pages show no banner; with nothing scheduled
// the sidebar shows the plain titles.
class TestWatchMonitor : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        isolateThisProcess(m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("strongroom"));
        QCoreApplication::setApplicationName(QStringLiteral("strongroom"));
    }

    void nothingScheduledLeavesTheSidebarPlain()
    {
        JobRunner runner;
        MainWindow window(&runner);
        QSignalSpy changed(window.watchMonitor(), &WatchMonitor::changed);
        QVERIFY(changed.wait(30000));
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QCOMPARE(sidebar->item(int(MainWindow::Section::Backups))->text(), QStringLiteral("Backups"));
        window.showSection(MainWindow::Section::Backups);
        QVERIFY(window.findChild<Banner *>(QStringLiteral("watchBanner"))->isHidden());
        runner.shutdown();
    }

    void anOverdueScheduleShowsOnTheSidebarAndTheBackupsPage()
    {
        const QString folder = m_dir.filePath(QStringLiteral("data/strongroom/schedules"));
        QVERIFY(QDir().mkpath(folder));
        const QJsonObject schedule{
            {QStringLiteral("name"), QStringLiteral("nightly")},
            {QStringLiteral("kind"), QStringLiteral("backup")},
            {QStringLiteral("target"), m_dir.filePath(QStringLiteral("shop.db"))},
            {QStringLiteral("calendar"), QStringLiteral("*-*-* 02:30:00")},
            {QStringLiteral("interval_seconds"), 86400},
            {QStringLiteral("key_delivery"), QStringLiteral("credential")},
            {QStringLiteral("scope"), QStringLiteral("user")},
            {QStringLiteral("created"), QDateTime::currentDateTimeUtc().addDays(-4).toString(Qt::ISODate)}};
        QFile file(folder + QStringLiteral("/nightly.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(schedule).toJson());
        file.close();

        JobRunner runner;
        MainWindow window(&runner);
        window.show();
        QSignalSpy changed(window.watchMonitor(), &WatchMonitor::changed);
        QVERIFY(changed.wait(30000));
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        // Overdue and never drilled: two findings for the Backups page.
        QCOMPARE(sidebar->item(int(MainWindow::Section::Backups))->text(), QStringLiteral("Backups  (2)"));
        auto *banner = window.findChild<Banner *>(QStringLiteral("watchBanner"));
        window.showSection(MainWindow::Section::Databases);
        QVERIFY(banner->isHidden());
        window.showSection(MainWindow::Section::Backups);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("nightly")));
        QVERIFY(banner->text().contains(QStringLiteral("overdue")));
        runner.shutdown();
    }
};

// The console's secret fields hold QCA::SecureArray, which needs QCA initialised, as the console's
// start-up does.
int main(int argc, char *argv[])
{
    QCA::Initializer init;
    QApplication app(argc, argv);
    TestWatchMonitor test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestWatchMonitor.moc"
