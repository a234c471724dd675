#include "age/IdentityFile.h"
#include "age/X25519Keys.h"
#include "core/JobRunner.h"
#include "jobs/JobsIndicator.h"
#include "pages/DatabasesPage.h"
#include "pgbackup/PgBackupJob.h"
#include "postgres/PgBackUpDialog.h"
#include "postgres/PgBackupHistory.h"
#include "postgres/PgBackupPreferences.h"
#include "postgres/PgDashboard.h"
#include "postgres/PgRestoreWizard.h"
#include "support/PostgresServer.h"
#include "widgets/SecretLineEdit.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;
using namespace strongroom::ui;

// The console's PostgreSQL backups, offscreen, against a real PostgreSQL 17 server: Back Up Now on
// the dashboard makes a backup (the same job as `pg backup`) that the history then shows with its
// tables and rows and remembers the folder; the restore wizard restores a backup into a new
// database and its report shows every table's count equal to the manifest's; a wrong passphrase
// brings the wizard back to the key page with the reason, for a gpg file too (its checks page reads
// it in full); a verify's result is shown by a history opened afterwards (it is in the catalog).
// With STRONGROOM_SCREENSHOT_DIR set, the
// dialog, the history and the wizard's pages are saved there as postgres-*.png.
class TestPgBackupUi : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;
    QTemporaryDir m_home;
    PostgresServer m_server;
    JobRunner m_runner;
    QString m_identityFile;
    QString m_recipient;
    static constexpr qint64 kRows = 12000 + 800 + 150;

    static void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("STRONGROOM_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(QDir(dir).filePath(QStringLiteral("postgres-%1.png").arg(name)));
    }

    template <typename T> static T *child(QObject *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    postgres::PgConnection shop() const
    {
        return *postgres::PgConnection::parse(m_server.conninfo(QStringLiteral("shop")));
    }

    // A backup made by the job itself (what Back Up Now runs), for the wizard's tests.
    QString backUp(const QString &folder, age::EncryptRequest encryption)
    {
        pgbackup::PgBackupRequest request;
        request.connection = shop();
        request.folder = folder;
        request.age = std::move(encryption);
        JobHandle *handle = m_runner.start(std::make_shared<pgbackup::PgBackupJob>(std::move(request)));
        QSignalSpy finished(handle, &JobHandle::finished);
        if (!finished.wait(120000))
            return {};
        const auto report = finished.first().first().value<JobReport>();
        if (report.error)
            qWarning("backup failed: %s", qPrintable(report.error->message));
        return report.data.value(QStringLiteral("dump")).toString();
    }

    // The newest visible top-level or child dialog of type T named `name` (older ones may await deletion).
    template <typename T> static T *waitForDialog(QObject *parent, const QString &name)
    {
        T *found = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                for (T *d : parent->findChildren<T *>(name))
                    if (d->isVisible())
                        found = d;
                return found != nullptr;
            },
            30000);
        if (!shown)
            qWarning("no visible dialog %s", qPrintable(name));
        return found;
    }

    // Gives the key dialog the identity file and accepts it.
    void enterIdentity(QObject *parent)
    {
        auto *dialog = waitForDialog<QDialog>(parent, QStringLiteral("pgKeyDialog"));
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "identityFile")->setText(m_identityFile);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }

    // Drives the wizard from the file to the plan page with the identity file and `target`.
    void walkToPlan(PgRestoreWizard &wizard, const QString &dump, const std::function<void()> &target)
    {
        wizard.setFile(dump);
        wizard.show();
        wizard.next();
        child<QLineEdit>(&wizard, "identityFile")->setText(m_identityFile);
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 60000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PgRestoreWizard::TargetPage));
        target();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PgRestoreWizard::PlanPage));
    }

    qint64 count(const QString &database, const QString &table) const
    {
        return m_server.sql(QStringLiteral("SELECT count(*) FROM %1").arg(table), database)
            .value()
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        qputenv("PGPASSFILE", QFile::encodeName(m_home.filePath(QStringLiteral("no-pgpass"))));
        const QString gnupg = m_home.filePath(QStringLiteral("gnupg"));
        QVERIFY(QDir().mkpath(gnupg));
        QFile::setPermissions(gnupg, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("GNUPGHOME", QFile::encodeName(gnupg));
        STRONGROOM_START_POSTGRES(m_server);
        QVERIFY(m_server.createDatabase(QStringLiteral("shop")));
        const auto made = m_server.sql(
            QStringLiteral(
                "CREATE TABLE orders (id int PRIMARY KEY, note text);"
                "INSERT INTO orders SELECT i, repeat('x', i % 50) FROM generate_series(1, 12000) i;"
                "CREATE TABLE customers (id int PRIMARY KEY, name text);"
                "INSERT INTO customers SELECT i, 'c' || i FROM generate_series(1, 800) i;"
                "CREATE TABLE archive (id int, doc text);"
                "INSERT INTO archive SELECT i, repeat(md5(i::text), 300) FROM generate_series(1, 150) i;"),
            QStringLiteral("shop"));
        QVERIFY2(made.ok, qPrintable(made.error));
        const age::X25519Identity identity = age::X25519Identity::generate();
        m_recipient = identity.recipient().toString();
        m_identityFile = m_home.filePath(QStringLiteral("backup-key.txt"));
        QFile file(m_identityFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(age::identityFileText(identity, QDateTime::currentDateTimeUtc()));
    }

    void backUpNowMakesABackupTheHistoryShows()
    {
        JobsIndicator jobs(&m_runner);
        PgDashboard dashboard(SavedPgConnection{QStringLiteral("shop"), shop().conninfo(), false}, &m_runner,
                              &jobs);
        dashboard.resize(1100, 720);
        dashboard.show();
        PgBackupHistory *history = dashboard.backups();
        child<QPushButton>(&dashboard, "backUpNow")->click();
        QCOMPARE(dashboard.tabs()->currentWidget(), history);
        auto *dialog = dashboard.findChild<PgBackUpDialog *>();
        QVERIFY(dialog);
        QVERIFY(child<QCheckBox>(dialog, "retention")->isChecked()); // the preset, by default

        // OK is refused, with the reason, while the recipient is not one.
        const QString folder = m_home.filePath(QStringLiteral("shop-backups"));
        child<QLineEdit>(dialog, "folder")->setText(folder);
        child<QRadioButton>(dialog, "recipientMode")->setChecked(true);
        child<QLineEdit>(dialog, "recipient")->setText(QStringLiteral("age1notarecipient"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->problem().contains(QLatin1String("not an age recipient")),
                 qPrintable(dialog->problem()));

        child<QLineEdit>(dialog, "recipient")->setText(m_recipient);
        dialog->resize(720, dialog->sizeHint().height());
        screenshot(dialog, QStringLiteral("backup-now"));
        QSignalSpy finished(history, &PgBackupHistory::jobFinished);
        QSignalSpy loaded(history, &PgBackupHistory::historyLoaded);
        dialog->accept();
        QVERIFY(finished.wait(120000));
        const auto report = finished.first().first().value<JobReport>();
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->message : QString()));
        QTRY_VERIFY_WITH_TIMEOUT(history->model()->rowCount() == 1, 60000);

        QStandardItemModel *model = history->model();
        QCOMPARE(model->item(0, PgBackupHistory::Tables)->data(Qt::UserRole).toInt(), 3);
        QCOMPARE(model->item(0, PgBackupHistory::Rows)->data(Qt::UserRole).toLongLong(), kRows);
        QCOMPARE(model->item(0, PgBackupHistory::EncryptedTo)->text(),
                 age::X25519Recipient::parse(m_recipient)->keyId());
        QVERIFY2(model->item(0, PgBackupHistory::Retention)->text().startsWith(QLatin1String("keep")),
                 qPrintable(model->item(0, PgBackupHistory::Retention)->text()));
        QVERIFY(QFileInfo::exists(history->dumpPathOf(0)));
        QCOMPARE(QFileInfo(history->dumpPathOf(0)).absolutePath(), QFileInfo(folder).absoluteFilePath());

        // The folder is remembered for this connection (and no secret is in the settings).
        PgBackupHistory again(QStringLiteral("shop"), shop(), &m_runner, nullptr, {});
        QCOMPARE(again.folder(), QFileInfo(folder).absoluteFilePath());
        QSettings settings;
        bool remembered = false;
        for (const QString &key : settings.allKeys())
            remembered = remembered || settings.value(key).toString() == m_recipient;
        QVERIFY(remembered);
    }

    void wizardRestoresIntoANewDatabaseWithEqualCounts()
    {
        age::EncryptRequest encryption;
        encryption.recipients = {*age::X25519Recipient::parse(m_recipient)};
        const QString dump = backUp(m_home.filePath(QStringLiteral("wizard")), encryption);
        QVERIFY(!dump.isEmpty());

        JobsIndicator jobs(&m_runner);
        PgRestoreWizard wizard(shop(), {}, &m_runner, &jobs);
        wizard.setFile(dump);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(PgRestoreWizard::ChoosePage));
        QVERIFY2(child<QLabel>(&wizard, "detectedFormat")->text().contains(QLatin1String("Strongroom")),
                 qPrintable(child<QLabel>(&wizard, "detectedFormat")->text()));
        screenshot(&wizard, QStringLiteral("restore-1-choose"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PgRestoreWizard::KeyPage));
        child<QLineEdit>(&wizard, "identityFile")->setText(m_identityFile);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PgRestoreWizard::ChecksPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 60000);
        QVERIFY2(child<QLabel>(&wizard, "checkStatus")->text().contains(QLatin1String("intact")),
                 qPrintable(child<QLabel>(&wizard, "checkStatus")->text()));
        screenshot(&wizard, QStringLiteral("restore-3-checks"));
        // Level 2 on request: every chunk authenticated, the table of contents read.
        child<QPushButton>(&wizard, "checkFully")->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 60000);
        QVERIFY2(
            child<QLabel>(&wizard, "checkStatus")->text().contains(QLatin1String("Every chunk is authentic")),
            qPrintable(child<QLabel>(&wizard, "checkStatus")->text()));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PgRestoreWizard::TargetPage));
        const QString expected =
            QStringLiteral("shop_restored_") + QDate::currentDate().toString(QStringLiteral("yyyyMMdd"));
        QCOMPARE(child<QLineEdit>(&wizard, "newDatabaseName")->text(), expected);
        QVERIFY(child<QRadioButton>(&wizard, "newDatabase")->isChecked());
        screenshot(&wizard, QStringLiteral("restore-4-target"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PgRestoreWizard::PlanPage));
        QVERIFY2(child<QLabel>(&wizard, "plan")->text().contains(expected),
                 qPrintable(child<QLabel>(&wizard, "plan")->text()));
        QVERIFY(child<QLabel>(&wizard, "plan")->text().contains(QLatin1String("no plaintext on disk")));
        screenshot(&wizard, QStringLiteral("restore-5-plan"));
        QSignalSpy restored(&wizard, &PgRestoreWizard::restoreFinished);
        wizard.next(); // the commit button: Restore
        QVERIFY(restored.wait(120000));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(PgRestoreWizard::ReportPage), 10000);
        const auto report = restored.first().first().value<JobReport>();
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->message : QString()));

        auto *table = child<QTableWidget>(&wizard, "restoreComparison");
        QCOMPARE(table->rowCount(), 3);
        for (int r = 0; r < table->rowCount(); ++r) {
            QCOMPARE(table->item(r, 3)->text(), QStringLiteral("yes"));
            QCOMPARE(table->item(r, 1)->text(), table->item(r, 2)->text());
        }
        screenshot(&wizard, QStringLiteral("restore-7-report"));
        QCOMPARE(count(expected, QStringLiteral("orders")), 12000);
        QCOMPARE(count(expected, QStringLiteral("customers")), 800);
        QCOMPARE(count(expected, QStringLiteral("archive")), 150);
    }

    void wrongPassphraseShowsTheErrorOnTheKeyPage()
    {
        age::EncryptRequest encryption;
        encryption.passphrase = KeyMaterial(QCA::SecureArray(QByteArray("right horse battery staple")));
        encryption.scryptLogN = 10; // a test's work factor; the format is the same
        const QString dump = backUp(m_home.filePath(QStringLiteral("passphrase")), encryption);
        QVERIFY(!dump.isEmpty());

        PgRestoreWizard wizard(shop(), {}, &m_runner, nullptr);
        wizard.setFile(dump);
        wizard.show();
        QVERIFY(wizard.format().passphraseKey);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PgRestoreWizard::KeyPage));
        QVERIFY(child<QRadioButton>(&wizard, "passphraseMode")->isChecked());
        child<SecretLineEdit>(&wizard, "passphrase")->setText(QStringLiteral("wrong horse"));
        wizard.next();
        // The check runs, the key does not open the manifest: back on the key page, with the reason.
        auto *error = child<QLabel>(&wizard, "keyError");
        QTRY_VERIFY_WITH_TIMEOUT(
            wizard.currentId() == PgRestoreWizard::KeyPage && error->isVisibleTo(&wizard), 60000);
        QVERIFY(!error->text().isEmpty());
        QVERIFY2(!error->text().contains(QLatin1String("staple")), qPrintable(error->text()));
        screenshot(&wizard, QStringLiteral("restore-2-wrong-key"));

        // The right one passes the checks.
        child<SecretLineEdit>(&wizard, "passphrase")->setText(QStringLiteral("right horse battery staple"));
        QVERIFY(error->text().isEmpty() || !error->isVisibleTo(&wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PgRestoreWizard::ChecksPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 60000);
        QVERIFY(child<QLabel>(&wizard, "checkStatus")->text().contains(QLatin1String("intact")));
    }

    void historyVerifiesComparesAndPrunesAfterAskingWhatGoes()
    {
        const QString folder = QFileInfo(m_home.filePath(QStringLiteral("history"))).absoluteFilePath();
        age::EncryptRequest encryption;
        encryption.recipients = {*age::X25519Recipient::parse(m_recipient)};
        for (int i = 0; i < 3; ++i)
            QVERIFY(!backUp(folder, encryption).isEmpty());
        PgBackupPreferences preferences =
            PgBackupPreferences::load(shop().conninfo(), QStringLiteral("shop"));
        preferences.folder = folder;
        preferences.store(shop().conninfo());

        JobsIndicator jobs(&m_runner);
        PgBackupHistory history(QStringLiteral("shop"), shop(), &m_runner, &jobs, {});
        QSignalSpy loaded(&history, &PgBackupHistory::historyLoaded);
        history.resize(1100, 420);
        history.show();
        QVERIFY(loaded.wait(30000));
        QStandardItemModel *model = history.model();
        QCOMPARE(model->rowCount(), 3);
        // Three backups of one day: the preset keeps the newest (daily, weekly, monthly) and the
        // oldest (restic's oldest snapshot of a rule with counts left); the middle one goes.
        const QString middle = history.dumpPathOf(1);
        const QString newest = history.dumpPathOf(0);
        QCOMPARE(model->item(1, PgBackupHistory::Retention)->text(),
                 QStringLiteral("removed by the next prune"));
        QVERIFY(model->item(0, PgBackupHistory::Retention)->text().startsWith(QLatin1String("keep")));
        QVERIFY(model->item(2, PgBackupHistory::Retention)->text().startsWith(QLatin1String("keep")));

        // Verify (level 1) asks for the key and shows the result in the row.
        history.view()->selectRow(0);
        child<QPushButton>(&history, "pgVerify")->click();
        enterIdentity(&history);
        QTRY_VERIFY_WITH_TIMEOUT(
            model->item(0, PgBackupHistory::Checked)->text().contains(QLatin1String("intact (level 1")),
            60000);
        {
            // Recorded in the catalog: a history opened afterwards (as after a restart) shows it.
            PgBackupHistory reopened(QStringLiteral("shop"), shop(), &m_runner, &jobs, {});
            QSignalSpy reloaded(&reopened, &PgBackupHistory::historyLoaded);
            reopened.show(); // it reads the catalog when shown
            QVERIFY(reloaded.wait(30000));
            QVERIFY2(reopened.model()
                         ->item(0, PgBackupHistory::Checked)
                         ->text()
                         .contains(QLatin1String("intact (level 1")),
                     qPrintable(reopened.model()->item(0, PgBackupHistory::Checked)->text()));
            QVERIFY(reopened.model()
                        ->item(1, PgBackupHistory::Checked)
                        ->text()
                        .contains(QLatin1String("not checked yet")));
        }

        // A restore drill on this server: recorded in the catalog, shown in the row of the oldest.
        history.view()->selectRow(2);
        child<QPushButton>(&history, "pgDrill")->click();
        enterIdentity(&history);
        QTRY_VERIFY_WITH_TIMEOUT(
            model->item(2, PgBackupHistory::Checked)->text().contains(QLatin1String("counts equal")), 120000);
        QCOMPARE(m_server
                     .sql(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE "
                                         "'strongroom_drill%'"))
                     .value(),
                 QStringLiteral("0")); // the scratch database is gone

        // Compare with the live database: every table equal.
        history.view()->selectRow(0);
        child<QPushButton>(&history, "pgCompare")->click();
        enterIdentity(&history);
        auto *compare = waitForDialog<QDialog>(&history, QStringLiteral("pgCompareDialog"));
        QVERIFY(compare);
        auto *table = child<QTableWidget>(compare, "pgComparison");
        QCOMPARE(table->rowCount(), 3);
        for (int r = 0; r < 3; ++r)
            QCOMPARE(table->item(r, 3)->text(), QStringLiteral("0"));
        compare->close();
        screenshot(&history, QStringLiteral("backup-history"));

        // Prune names what goes and asks; Cancel removes nothing.
        QVERIFY(child<QPushButton>(&history, "pgPrune")->isEnabled());
        child<QPushButton>(&history, "pgPrune")->click();
        auto *box = waitForDialog<QMessageBox>(&history, QStringLiteral("confirmPgPrune"));
        QVERIFY(box);
        const QString middleStem = model->item(1, PgBackupHistory::Time)->data(Qt::UserRole).toString();
        QVERIFY2(box->informativeText().contains(middleStem), qPrintable(box->informativeText()));
        QVERIFY(!box->informativeText().contains(
            model->item(0, PgBackupHistory::Time)->data(Qt::UserRole).toString()));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(200);
        QVERIFY(QFile::exists(middle));

        child<QPushButton>(&history, "pgPrune")->click();
        box = waitForDialog<QMessageBox>(&history, QStringLiteral("confirmPgPrune"));
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 60000);
        QVERIFY(!QFile::exists(middle));
        QVERIFY(QFile::exists(newest));
        QVERIFY(!child<QPushButton>(&history, "pgPrune")->isEnabled()); // nothing left to prune
    }

    void wizardRefusesAFullDatabaseWithoutCleanAndReplacesItWithCleanInTwoJobs()
    {
        age::EncryptRequest encryption;
        encryption.recipients = {*age::X25519Recipient::parse(m_recipient)};
        const QString dump = backUp(m_home.filePath(QStringLiteral("existing")), encryption);
        QVERIFY(!dump.isEmpty());
        QVERIFY(m_server.createDatabase(QStringLiteral("shop_copy")));
        const auto made = m_server.sql(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, note text);"
                                                      "INSERT INTO orders VALUES (1, 'old');"),
                                       QStringLiteral("shop_copy"));
        QVERIFY2(made.ok, qPrintable(made.error));

        const QString staging = QFileInfo(m_home.filePath(QStringLiteral("staging-here"))).absoluteFilePath();
        QVERIFY(QDir().mkpath(staging));
        for (const bool clean : {false, true}) {
            PgRestoreWizard wizard(shop(), {}, &m_runner, nullptr);
            walkToPlan(wizard, dump, [&] {
                child<QRadioButton>(&wizard, "existingDatabase")->setChecked(true);
                child<QLineEdit>(&wizard, "existingDatabaseName")->setText(QStringLiteral("shop_copy"));
                child<QCheckBox>(&wizard, "clean")->setChecked(clean);
                if (clean) {
                    // Two parallel jobs: the dump is staged in the folder chosen here.
                    child<QSpinBox>(&wizard, "jobs")->setValue(2);
                    QVERIFY(child<QLineEdit>(&wizard, "staging")->isEnabled());
                    child<QLineEdit>(&wizard, "staging")->setText(staging);
                }
            });
            const QString plan = child<QLabel>(&wizard, "plan")->text();
            QVERIFY2(plan.contains(clean ? QLatin1String("--clean") : QLatin1String("must be empty")),
                     qPrintable(plan));
            if (clean)
                QVERIFY2(plan.contains(staging) && plan.contains(QLatin1String("2 job")), qPrintable(plan));
            QSignalSpy restored(&wizard, &PgRestoreWizard::restoreFinished);
            wizard.next();
            QVERIFY(restored.wait(120000));
            QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(PgRestoreWizard::ReportPage), 10000);
            const auto report = restored.first().first().value<JobReport>();
            const QString text = child<QLabel>(&wizard, "reportText")->text();
            if (!clean) {
                QVERIFY(report.error);
                QCOMPARE(report.error->code, ExitCode::Usage);
                QVERIFY2(text.contains(QLatin1String("failed")), qPrintable(text));
                QCOMPARE(count(QStringLiteral("shop_copy"), QStringLiteral("orders")), 1); // untouched
            } else {
                QVERIFY2(!report.error, qPrintable(report.error ? report.error->message : QString()));
                QCOMPARE(count(QStringLiteral("shop_copy"), QStringLiteral("orders")), 12000);
                QCOMPARE(count(QStringLiteral("shop_copy"), QStringLiteral("customers")), 800);
                const QString used = report.data.value(QStringLiteral("staging")).toString();
                QVERIFY2(used.startsWith(staging + QLatin1Char('/')), qPrintable(used));
                QVERIFY(!QFileInfo::exists(used));
                QVERIFY(child<QLabel>(&wizard, "reportText")->text().contains(staging));
            }
        }
    }

    void wizardSaysAWrongKeyForAGpgFileOnTheKeyPageBeforeTheTarget()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("gpg")).isEmpty())
            QSKIP("gpg is not installed: the pg_dump | gzip | gpg --symmetric input cannot be made here.");
        QString pgDump = PostgresServer::serverBinDir() + QStringLiteral("/pg_dump");
        if (!QFileInfo(pgDump).isExecutable())
            pgDump = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
        const QString file = m_home.filePath(QStringLiteral("wrong-key.sql.gz.gpg"));
        const QString pass = m_home.filePath(QStringLiteral("gpg-pass-wrong-key"));
        QFile passFile(pass);
        QVERIFY(passFile.open(QIODevice::WriteOnly));
        passFile.write("cron job passphrase");
        passFile.close();
        QProcess shell;
        shell.start(QStringLiteral("bash"),
                    {QStringLiteral("-o"), QStringLiteral("pipefail"), QStringLiteral("-c"),
                     QStringLiteral("'%1' -d '%2' | gzip | gpg --batch --yes --pinentry-mode loopback "
                                    "--passphrase-file '%3' --symmetric --cipher-algo AES256 -o '%4'")
                         .arg(pgDump, shop().conninfo(), pass, file)});
        QVERIFY(shell.waitForFinished(120000));
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());

        PgRestoreWizard wizard(shop(), {}, &m_runner, nullptr);
        wizard.setFile(file);
        wizard.show();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PgRestoreWizard::KeyPage));
        child<SecretLineEdit>(&wizard, "passphrase")->setText(QStringLiteral("not the passphrase"));
        wizard.next();
        // The check reads the file with the key and sends the user back to type another.
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(PgRestoreWizard::KeyPage), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(&wizard, "keyError")->text().isEmpty(), 10000);
        child<SecretLineEdit>(&wizard, "passphrase")->setText(QStringLiteral("cron job passphrase"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PgRestoreWizard::ChecksPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 60000);
    }

    void wizardRestoresAGpgPipelineBackupAndShowsTheCountsFound()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("gpg")).isEmpty())
            QSKIP("gpg is not installed: the pg_dump | gzip | gpg --symmetric input cannot be made here.");
        QString pgDump = PostgresServer::serverBinDir() + QStringLiteral("/pg_dump");
        if (!QFileInfo(pgDump).isExecutable())
            pgDump = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
        const QString file = m_home.filePath(QStringLiteral("shop.sql.gz.gpg"));
        const QString pass = m_home.filePath(QStringLiteral("gpg-pass"));
        QFile passFile(pass);
        QVERIFY(passFile.open(QIODevice::WriteOnly));
        passFile.write("cron job passphrase");
        passFile.close();
        // What the cron job of one of the systems does.
        QProcess shell;
        shell.start(QStringLiteral("bash"),
                    {QStringLiteral("-o"), QStringLiteral("pipefail"), QStringLiteral("-c"),
                     QStringLiteral("'%1' -d '%2' | gzip | gpg --batch --yes --pinentry-mode loopback "
                                    "--passphrase-file '%3' --symmetric --cipher-algo AES256 -o '%4'")
                         .arg(pgDump, shop().conninfo(), pass, file)});
        QVERIFY(shell.waitForFinished(120000));
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());

        PgRestoreWizard wizard(shop(), {}, &m_runner, nullptr);
        wizard.setFile(file);
        wizard.show();
        const QString format = child<QLabel>(&wizard, "detectedFormat")->text();
        QVERIFY2(format.contains(QLatin1String("OpenPGP")) && format.contains(QLatin1String("no manifest")),
                 qPrintable(format));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PgRestoreWizard::KeyPage));
        QVERIFY(child<QRadioButton>(&wizard, "passphraseMode")->isChecked());
        child<SecretLineEdit>(&wizard, "passphrase")->setText(QStringLiteral("cron job passphrase"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PgRestoreWizard::ChecksPage));
        // The whole file is read before the target is chosen.
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 60000);
        QVERIFY2(child<QLabel>(&wizard, "checkStatus")->text().contains(QLatin1String("read in full")),
                 qPrintable(child<QLabel>(&wizard, "checkStatus")->text()));
        wizard.next();
        child<QLineEdit>(&wizard, "newDatabaseName")->setText(QStringLiteral("shop_from_gpg"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PgRestoreWizard::PlanPage));
        const QStringList beside = QDir(m_home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        // One job: the gpg file streams into the restore, decrypted as it is read; nothing is staged.
        QVERIFY2(child<QLabel>(&wizard, "plan")->text().contains(QLatin1String("as it is read")),
                 qPrintable(child<QLabel>(&wizard, "plan")->text()));
        QVERIFY2(!child<QLabel>(&wizard, "plan")->text().contains(QLatin1String("Stage the decrypted")),
                 qPrintable(child<QLabel>(&wizard, "plan")->text()));
        QSignalSpy restored(&wizard, &PgRestoreWizard::restoreFinished);
        wizard.next();
        QVERIFY(restored.wait(120000));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(PgRestoreWizard::ReportPage), 10000);
        const auto report = restored.first().first().value<JobReport>();
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->message : QString()));
        QVERIFY(child<QLabel>(&wizard, "reportText")->text().contains(QLatin1String("no manifest")));
        auto *table = child<QTableWidget>(&wizard, "restoreComparison");
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(table->isColumnHidden(1)); // nothing to compare with
        QMap<QString, QString> found;
        for (int r = 0; r < table->rowCount(); ++r)
            found.insert(table->item(r, 0)->text(), table->item(r, 2)->text());
        QCOMPARE(found.value(QStringLiteral("public.orders")), QLocale().toString(12000));
        QCOMPARE(count(QStringLiteral("shop_from_gpg"), QStringLiteral("customers")), 800);
        // Streamed: no staging folder was made, and nothing decrypted lies beside the file.
        QVERIFY2(report.data.value(QStringLiteral("staging")).toString().isEmpty(),
                 qPrintable(report.data.value(QStringLiteral("staging")).toString()));
        QCOMPARE(QDir(m_home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), beside);
    }

    void theRestoredDatabaseCanBeAddedToTheDatabasesSection()
    {
        age::EncryptRequest encryption;
        encryption.recipients = {*age::X25519Recipient::parse(m_recipient)};
        const QString dump = backUp(m_home.filePath(QStringLiteral("to-add")), encryption);
        QVERIFY(!dump.isEmpty());
        const SavedPgConnection saved{QStringLiteral("shop"), shop().conninfo(), false};
        pgsaved::store(saved);
        JobsIndicator jobs(&m_runner);
        DatabasesPage page(&m_runner, &jobs);
        PgDashboard *dashboard = page.showPostgres(saved);
        QVERIFY(dashboard);
        dashboard->backups()->startRestore(dump);
        PgRestoreWizard *wizard = dashboard->backups()->restoreWizard();
        QVERIFY(wizard);
        walkToPlan(*wizard, dump, [&] {
            child<QLineEdit>(wizard, "newDatabaseName")->setText(QStringLiteral("shop_checked"));
        });
        QSignalSpy restored(wizard, &PgRestoreWizard::restoreFinished);
        wizard->next();
        QVERIFY(restored.wait(120000));
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(PgRestoreWizard::ReportPage), 10000);
        auto *add = child<QPushButton>(wizard, "addConnection");
        QVERIFY(add->isVisibleTo(wizard));
        add->click();
        postgres::PgConnection checked = shop();
        checked.setOption(QStringLiteral("dbname"), QStringLiteral("shop_checked"));
        QVERIFY2(page.postgresConnections().contains(checked.conninfo()),
                 qPrintable(page.postgresConnections().join(QLatin1Char('|'))));
        QVERIFY(page.postgresDashboard(checked.conninfo()));
        pgsaved::forget(checked.conninfo());
        pgsaved::forget(saved.conninfo);
    }
};

QTEST_MAIN(TestPgBackupUi)
#include "TestPgBackupUi.moc"
