#include "core/JobRunner.h"
#include "dashboard/DatabaseDashboard.h"
#include "dashboard/TableStatsModel.h"
#include "jobs/JobsIndicator.h"
#include "support/IsolatedHome.h"
#include "support/SqlCipherShell.h"
#include "widgets/Card.h"

#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>
#include <sys/stat.h>

using namespace strongroom;
using namespace strongroom::ui;

// The dashboard on real files made with the sqlcipher shell, offscreen: it opens them in a job,
// fills the table model progressively and says in its banner what it found.
class TestDatabaseDashboard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_encrypted;
    QString m_plain;

    static OpenRequest requestWithKey(const QString &path, const QByteArray &key)
    {
        OpenRequest request;
        request.path = path;
        request.key = KeyMaterial(QCA::SecureArray(key));
        request.rememberSettings = false;
        return request;
    }

    static Card *card(const DatabaseDashboard &dashboard, int index)
    {
        return dashboard.findChildren<Card *>().value(index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateThisProcess(m_dir.path());
        m_encrypted = m_dir.filePath(QStringLiteral("shop.db"));
        const ShellRun made = runSqlCipherShell(
            m_encrypted, "PRAGMA key = 'dashboard test';\n"
                         "CREATE TABLE orders (id INTEGER PRIMARY KEY, total INTEGER);\n"
                         "CREATE INDEX orders_total ON orders(total);\n"
                         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 1500)\n"
                         "  INSERT INTO orders SELECT i, i * 3 FROM n;\n"
                         "CREATE TABLE settings (k TEXT PRIMARY KEY, v TEXT);\n"
                         "INSERT INTO settings VALUES ('a', '1'), ('b', '2');\n");
        QCOMPARE(made.exitCode, 0);
        m_plain = m_dir.filePath(QStringLiteral("plain.db"));
        QCOMPARE(
            runSqlCipherShell(m_plain, "CREATE TABLE t (x); INSERT INTO t VALUES (1), (2), (3);\n").exitCode,
            0);
    }

    void encryptedDatabaseFillsTheTableModelWithExactCounts()
    {
        JobRunner runner;
        JobsIndicator jobs(&runner);
        DatabaseDashboard dashboard(m_encrypted, &runner, &jobs);
        dashboard.show();
        QSignalSpy done(&dashboard, &DatabaseDashboard::statisticsFinished);
        dashboard.open(requestWithKey(m_encrypted, "dashboard test"));
        QVERIFY(done.wait(60000));
        TableStatsModel *model = dashboard.tableModel();
        QMap<QString, qint64> rows;
        QMap<QString, qint64> bytes;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString name = model->index(r, TableStatsModel::Name).data().toString();
            rows[name] = model->index(r, TableStatsModel::Rows).data(Qt::UserRole).toLongLong();
            bytes[name] = model->index(r, TableStatsModel::Size).data(Qt::UserRole).toLongLong();
        }
        QCOMPARE(rows.value(QStringLiteral("orders")), qint64(1500));
        QCOMPARE(rows.value(QStringLiteral("settings")), qint64(2));
        QVERIFY(rows.contains(QStringLiteral("orders_total")));
        QVERIFY(bytes.value(QStringLiteral("orders")) > 4096);
        QCOMPARE(card(dashboard, 2)->value(), QStringLiteral("sqlcipher-4"));
        QVERIFY(model->toCsv().contains(QStringLiteral("\"orders\",table,\"orders\",1500,")));
    }

    void anExportIsPrivateAndKeepsTheModeOfTheFileItReplaces_data()
    {
        QTest::addColumn<int>("existingMode"); // -1: a new file
        QTest::addColumn<int>("expected");
        QTest::newRow("new export") << -1 << 0600;
        QTest::newRow("replacing a 0640 export") << 0640 << 0640;
    }

    void anExportIsPrivateAndKeepsTheModeOfTheFileItReplaces()
    {
        QFETCH(int, existingMode);
        QFETCH(int, expected);
        JobRunner runner;
        JobsIndicator jobs(&runner);
        DatabaseDashboard dashboard(m_encrypted, &runner, &jobs);
        dashboard.show();
        QSignalSpy done(&dashboard, &DatabaseDashboard::statisticsFinished);
        dashboard.open(requestWithKey(m_encrypted, "dashboard test"));
        QVERIFY(done.wait(60000));
        const QString target =
            m_dir.filePath(QStringLiteral("export-%1.csv").arg(QTest::currentDataTag()[0] == 'n'));
        QFile::remove(target);
        if (existingMode >= 0) {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.close();
            QCOMPARE(::chmod(QFile::encodeName(target).constData(), mode_t(existingMode)), 0);
        }
        QPushButton *csv = nullptr;
        for (QPushButton *b : dashboard.findChildren<QPushButton *>())
            if (b->text().contains(QStringLiteral("CSV")))
                csv = b;
        QVERIFY(csv);
        const mode_t oldUmask = ::umask(0); // the mode must come from the code, not the umask
        csv->click();
        QFileDialog *dialog = dashboard.findChild<QFileDialog *>();
        QVERIFY(dialog);
        Q_EMIT dialog->fileSelected(target);
        ::umask(oldUmask);
        dialog->close();
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), expected);
        QFile written(target);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("\"orders\""));
    }

    void wrongKeySaysSoInTheBannerAndOpensNothing()
    {
        JobRunner runner;
        JobsIndicator jobs(&runner);
        DatabaseDashboard dashboard(m_encrypted, &runner, &jobs);
        dashboard.show();
        dashboard.open(requestWithKey(m_encrypted, "not the key"));
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.bannerText().isEmpty() &&
                                     !dashboard.bannerText().startsWith(QStringLiteral("Opening")),
                                 60000);
        QVERIFY(!dashboard.session());
        QVERIFY2(dashboard.bannerText().contains(QStringLiteral("key"), Qt::CaseInsensitive),
                 qPrintable(dashboard.bannerText()));
    }

    void plainFileIsShownAsNotEncrypted()
    {
        JobRunner runner;
        JobsIndicator jobs(&runner);
        DatabaseDashboard dashboard(m_plain, &runner, &jobs);
        dashboard.show();
        QSignalSpy done(&dashboard, &DatabaseDashboard::statisticsFinished);
        OpenRequest request;
        request.path = m_plain;
        dashboard.open(request);
        QVERIFY(done.wait(30000));
        QCOMPARE(card(dashboard, 2)->value(), QStringLiteral("Not encrypted"));
        QCOMPARE(dashboard.tableModel()->index(0, TableStatsModel::Rows).data(Qt::UserRole).toLongLong(),
                 qint64(3));
    }

    void aPlainFileOffersTheEncryptionWizardInItsBanner()
    {
        JobRunner runner;
        JobsIndicator jobs(&runner);
        DatabaseDashboard dashboard(m_plain, &runner, &jobs);
        dashboard.show();
        QSignalSpy asked(&dashboard, &DatabaseDashboard::conversionRequested);
        OpenRequest request;
        request.path = m_plain;
        dashboard.open(request);
        QPushButton *encrypt = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((encrypt = findButton(dashboard, QStringLiteral("&Encrypt This File…"))),
                                 30000);
        QTest::mouseClick(encrypt, Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().first().value<ConversionKind>(), ConversionKind::Encrypt);
    }

    void leftoverTempFilesOfAnInterruptedConversionCanBeRemovedFromTheBanner()
    {
        const QString db = m_dir.filePath(QStringLiteral("leftover.db"));
        QCOMPARE(runSqlCipherShell(db, "CREATE TABLE t (x); INSERT INTO t VALUES (1);\n").exitCode, 0);
        // The pid of a process that has ended: the temp files' writer is gone, as after a crash.
        QProcess ended;
        ended.start(QStringLiteral("true"));
        QVERIFY(ended.waitForStarted());
        const qint64 pid = ended.processId();
        QVERIFY(ended.waitForFinished());
        const QString temp =
            m_dir.filePath(QStringLiteral(".strongroom-tmp-encrypt-%1-x7k2-leftover.db").arg(pid));
        for (const QString &file : QStringList{temp, temp + QStringLiteral("-journal")}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }

        JobRunner runner;
        JobsIndicator jobs(&runner);
        DatabaseDashboard dashboard(db, &runner, &jobs);
        dashboard.show();
        OpenRequest request;
        request.path = db;
        dashboard.open(request);
        auto *remove = dashboard.findChild<QPushButton *>(QStringLiteral("removeStaleTempsButton"));
        QVERIFY(remove);
        QTRY_VERIFY(
            remove->isVisible()); // a layout shows a button added to a visible banner on the next pass
        const QList<QLabel *> labels = dashboard.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [&](QLabel *l) {
            return l->text().contains(QFileInfo(temp).fileName()) &&
                   l->text().contains(QStringLiteral("intact"));
        }));
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!QFile::exists(temp));
        QVERIFY(!QFile::exists(temp + QStringLiteral("-journal")));
        QVERIFY(QFile::exists(db));
        QCOMPARE(runSqlCipherShell(db, "SELECT count(*) FROM t;\n").out, QByteArray("1\n"));
    }

private:
    static QPushButton *findButton(const QWidget &parent, const QString &text)
    {
        for (QPushButton *b : parent.findChildren<QPushButton *>())
            if (b->text() == text && b->isVisible())
                return b;
        return nullptr;
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer init;
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("strongroom"));
    QCoreApplication::setApplicationName(QStringLiteral("strongroom"));
    TestDatabaseDashboard test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestDatabaseDashboard.moc"
