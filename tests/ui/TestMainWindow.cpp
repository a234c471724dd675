#include "MainWindow.h"
#include "core/JobContext.h"
#include "core/JobRunner.h"
#include "jobs/JobsIndicator.h"
#include "pages/DatabasesPage.h"
#include "support/IsolatedHome.h"

#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QtCrypto>

using namespace strongroom;
using namespace strongroom::ui;

namespace {
class WaitJob : public Job
{
public:
    QString title() const override { return QStringLiteral("Waiting"); }
    QList<JobStep> steps() const override { return {{QStringLiteral("Wait")}}; }
    void run(JobContext &context) override
    {
        context.startStep(0);
        while (!context.isCancelled())
            QThread::msleep(10);
    }
};
} // namespace

class TestMainWindow : public QObject
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

    void sidebarHasEverySectionAndSwitchesPages()
    {
        JobRunner runner;
        MainWindow window(&runner);
        window.show();
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QStringList titles;
        for (int i = 0; i < sidebar->count(); ++i)
            titles << sidebar->item(i)->text();
        QCOMPARE(titles, (QStringList{QStringLiteral("Databases"), QStringLiteral("Backups"),
                                      QStringLiteral("Volumes"), QStringLiteral("Keys"),
                                      QStringLiteral("Benchmarks"), QStringLiteral("Audit")}));
        window.showSection(MainWindow::Section::Audit);
        QCOMPARE(window.currentSection(), MainWindow::Section::Audit);
        QCOMPARE(window.findChild<QStackedWidget *>()->currentIndex(), int(MainWindow::Section::Audit));
    }

    void openingADatabaseListsItAndRemembersItAsRecent()
    {
        const QString path = m_dir.filePath(QStringLiteral("shop.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x5a'));
        f.close();
        JobRunner runner;
        MainWindow window(&runner);
        window.showSection(MainWindow::Section::Volumes);
        window.openDatabase(path);
        QCOMPARE(window.currentSection(), MainWindow::Section::Databases);
        QCOMPARE(window.databasesPage()->openPaths(), QStringList{path});
        window.openDatabase(path); // opening again selects, does not duplicate
        QCOMPARE(window.databasesPage()->openPaths().size(), 1);
        QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0), path);
    }

    void droppingAFileOpensIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("dropped.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3");
        f.close();
        JobRunner runner;
        MainWindow window(&runner);
        window.show();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        // Straight to the window: the offscreen platform has no drag manager to route drops.
        static_cast<QObject &>(window).event(&drop);
        QCOMPARE(window.databasesPage()->openPaths(), QStringList{path});
    }

    void jobsIndicatorCountsRunningJobs()
    {
        JobRunner runner;
        MainWindow window(&runner);
        JobsIndicator *indicator = window.jobsIndicator();
        QCOMPARE(indicator->text(), QStringLiteral("No jobs running"));
        JobHandle *handle = runner.start(std::make_shared<WaitJob>());
        QCOMPARE(indicator->text(), QStringLiteral("1 job(s) running"));
        QVERIFY(indicator->isEnabled());
        handle->cancel();
        QTRY_COMPARE(indicator->text(), QStringLiteral("No jobs running"));
    }

    void menusOfferOpenRecentDiagnosticsAndQuit()
    {
        JobRunner runner;
        MainWindow window(&runner);
        QStringList actions;
        for (QAction *menu : window.menuBar()->actions())
            for (QAction *a : menu->menu()->actions())
                actions << a->text();
        for (const char *expected :
             {"&Open Database…", "Open &Recent", "&Quit", "&Diagnostics…", "&Checksum of a File…"})
            QVERIFY2(actions.contains(QString::fromUtf8(expected)), expected);
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer init;
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestMainWindow.moc"
