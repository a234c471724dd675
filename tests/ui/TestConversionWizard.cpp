#include "conversion/ConversionWizard.h"
#include "conversion/ResultPage.h"
#include "core/JobRunner.h"
#include "dashboard/DatabaseDashboard.h"
#include "jobs/JobProgressDialog.h"
#include "jobs/JobsIndicator.h"
#include "pages/DatabasesPage.h"
#include "sqlcipher/DatabaseSession.h"
#include "support/IsolatedHome.h"
#include "support/SqlCipherShell.h"
#include "support/WidgetLookup.h"
#include "widgets/SecretLineEdit.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;
using namespace strongroom::ui;

// The conversion wizard driven end to end offscreen, on files made by the `sqlcipher` shell: the
// result is checked by the shell with the new key, and the original is found kept beside it.
// With STRONGROOM_SCREENSHOT_DIR set, each page is saved there as wizard-<page>.png.
class TestConversionWizard : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;
    QTemporaryDir m_dir;

    static constexpr int kRows = 500;

    static void shot(QWidget &widget, const char *page)
    {
        const QString dir = qEnvironmentVariable("STRONGROOM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(100); // let the page lay itself out
        widget.grab().save(QDir(dir).filePath(QStringLiteral("wizard-%1.png").arg(QLatin1String(page))));
    }

    QString makeDatabase(const QString &name, const QByteArray &key)
    {
        const QString path = m_dir.filePath(name);
        const QByteArray script =
            "PRAGMA user_version = 7;\n"
            "CREATE TABLE items(id INTEGER PRIMARY KEY, name TEXT, price REAL, photo BLOB);\n"
            "CREATE INDEX items_name ON items(name);\n"
            "CREATE TABLE notes(k TEXT PRIMARY KEY, v) WITHOUT ROWID;\n"
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
            QByteArray::number(kRows) +
            ")\n"
            "  INSERT INTO items SELECT i, 'item ' || i, i * 1.5, randomblob(64) FROM n;\n"
            "INSERT INTO notes VALUES ('a', 1), ('b', x'00ff');\n";
        ::makeDatabase(path, key, script); // a failure is a warning; the test then fails on the file
        return path;
    }

    // What the sqlcipher shell reads from `path` with `key` (no compatibility pragmas).
    static ShellRun readWithShell(const QString &path, const QByteArray &key)
    {
        QByteArray script;
        if (!key.isEmpty())
            script += "PRAGMA key = " + (key.startsWith("x'") ? "\"" + key + "\"" : "'" + key + "'") + ";\n";
        script += "SELECT count(*), sum(id) FROM items;\nSELECT count(*) FROM notes;\nPRAGMA user_version;\n";
        ShellRun run = runSqlCipherShell(path, script);
        if (!key.isEmpty() && run.out.startsWith("ok\n")) // what PRAGMA key prints
            run.out.remove(0, 3);
        return run;
    }

    static QByteArray expectedContent() { return QByteArray::number(kRows) + "|125250\n2\n7\n"; }

    QStringList keptOriginals(const QString &path, const QString &operation) const
    {
        return QDir(m_dir.path())
            .entryList(
                {QFileInfo(path).fileName() + QStringLiteral(".before-") + operation + QStringLiteral("-*")},
                QDir::Files);
    }

    // From the file page to the operation page; an encrypted file gets its key on the diagnosis page.
    static void chooseFileAndDiagnose(ConversionWizard &wizard, const QString &path,
                                      const QByteArray &currentKey)
    {
        auto *edit = child<QLineEdit>(wizard, "pathEdit");
        edit->setFocus();
        QTest::keyClicks(edit, path);
        shot(wizard, "file");
        click(wizard.button(QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(ConversionWizard::DiagnosisId));
        auto *headline = child<QLabel>(wizard, "diagnosisHeadline");
        if (!currentKey.isEmpty()) {
            auto *keyEdit = child<ui::SecretLineEdit>(wizard, "currentKeyEdit");
            QTRY_VERIFY_WITH_TIMEOUT(keyEdit->isVisible(), 30000);
            QVERIFY(headline->text().contains(QStringLiteral("looks encrypted")));
            QVERIFY(!wizard.currentPage()->isComplete());
            keyEdit->setFocus();
            QTest::keyClicks(keyEdit, QString::fromUtf8(currentKey));
            QTest::keyClick(keyEdit, Qt::Key_Return);
        }
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 60000);
        shot(wizard, "diagnosis");
        click(wizard.button(QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(ConversionWizard::OperationId));
    }

    // From the summary page (waiting for its check) through the commit to the verified result.
    static void commitAndWait(ConversionWizard &wizard, const QString &commitText)
    {
        QCOMPARE(wizard.currentId(), int(ConversionWizard::SummaryId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 60000);
        QVERIFY(child<QLabel>(wizard, "summaryText")->text().contains(QStringLiteral("atomic rename")));
        QCOMPARE(wizard.button(QWizard::CommitButton)->text(), commitText);
        shot(wizard, "summary");
        click(wizard.button(QWizard::CommitButton));
        QCOMPARE(wizard.currentId(), int(ConversionWizard::ResultId));
        auto *result = qobject_cast<ResultPage *>(wizard.currentPage());
        if (result->progressDialog())
            shot(*result->progressDialog(), "progress");
        QTRY_VERIFY_WITH_TIMEOUT(result->isFinished(), 120000);
        QVERIFY2(child<QLabel>(wizard, "resultHeadline")->text().contains(QStringLiteral("verified")),
                 qPrintable(child<QLabel>(wizard, "resultHeadline")->text()));
        auto *table = child<QTableWidget>(wizard, "verificationTable");
        QCOMPARE(table->rowCount(), 2);
        for (int row = 0; row < table->rowCount(); ++row) {
            QCOMPARE(table->item(row, 1)->text(), table->item(row, 2)->text());
            // A rekey goes page by page: the tables are read with the new key, not counted.
            QVERIFY(table->item(row, 3)->text().contains(QStringLiteral("identical")) ||
                    table->item(row, 3)->text().contains(QStringLiteral("read with the new key")));
        }
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        shot(wizard, "result");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateThisProcess(m_dir.path());
    }

    void encryptsAPlainFileWithAGeneratedWordPassphrase()
    {
        const QString db = makeDatabase(QStringLiteral("plain.db"), {});
        QCOMPARE(readWithShell(db, {}).out, expectedContent());
        JobRunner runner;
        ConversionWizard wizard(&runner);
        wizard.show();
        chooseFileAndDiagnose(wizard, db, {});
        if (QTest::currentTestFailed())
            return;
        QVERIFY(child<QLabel>(wizard, "diagnosisHeadline")->text().contains(QStringLiteral("plain SQLite")));

        auto *encrypt = child<QRadioButton>(wizard, "encryptRadio");
        QVERIFY(encrypt->isEnabled() && encrypt->isChecked());
        QVERIFY(!child<QRadioButton>(wizard, "decryptRadio")->isEnabled());
        QVERIFY(!child<QRadioButton>(wizard, "rekeyRadio")->isEnabled());
        QVERIFY(!child<QRadioButton>(wizard, "migrateRadio")->isEnabled());
        shot(wizard, "operation");
        click(wizard.button(QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(ConversionWizard::NewKeyId));

        click(child<QRadioButton>(wizard, "wordsKeyRadio"));
        auto *keyEdit = child<ui::SecretLineEdit>(wizard, "newKeyEdit");
        const QString phrase = QString::fromUtf8(keyEdit->secret().toByteArray());
        QCOMPARE(phrase.split(QLatin1Char(' ')).size(), 8);
        QVERIFY(child<QLabel>(wizard, "strengthLabel")->text().contains(QStringLiteral("88 bits")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // not yet typed again
        auto *confirm = child<ui::SecretLineEdit>(wizard, "confirmKeyEdit");
        QTest::keyClicks(confirm, phrase.left(10));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(confirm, phrase.mid(10));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        shot(wizard, "key");
        click(wizard.button(QWizard::NextButton));

        commitAndWait(wizard, QStringLiteral("&Encrypt"));
        if (QTest::currentTestFailed())
            return;
        const QByteArray key = phrase.toUtf8();
        const ShellRun opened = readWithShell(db, key);
        QCOMPARE(opened.exitCode, 0);
        QCOMPARE(opened.out, expectedContent());
        QVERIFY(readWithShell(db, {}).exitCode != 0); // no longer readable without the key
        const QStringList kept = keptOriginals(db, QStringLiteral("encrypt"));
        QCOMPARE(kept.size(), 1);
        QCOMPARE(readWithShell(m_dir.filePath(kept.first()), {}).out, expectedContent());

        QString openedPath;
        QByteArray openedKey;
        connect(&wizard, &ConversionWizard::openDatabaseRequested, this,
                [&](const QString &path, const KeyMaterial &k) {
                    openedPath = path;
                    openedKey = k.secret().toByteArray();
                });
        click(child<QAbstractButton>(wizard, "openNewFileButton"));
        QCOMPARE(openedPath, db);
        QCOMPARE(openedKey, key);
    }

    void customSettingsThatDoNotValidateKeepTheWizardOnTheOperation()
    {
        // The page size box takes any number from 512 to 65536; CipherSettings::validate takes only
        // powers of two, and the wizard does not go on with anything it refuses.
        const QString db = makeDatabase(QStringLiteral("plain-settings.db"), {});
        JobRunner runner;
        ConversionWizard wizard(&runner);
        wizard.show();
        chooseFileAndDiagnose(wizard, db, {});
        if (QTest::currentTestFailed())
            return;
        QVERIFY(child<QRadioButton>(wizard, "encryptRadio")->isChecked());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        child<QComboBox>(wizard, "targetProfileCombo")->setCurrentIndex(1);
        auto *pageSize = child<QSpinBox>(wizard, "targetPageSize");
        pageSize->setValue(1000);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto *problem = child<QLabel>(wizard, "targetSettingsProblem");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("page_size")), qPrintable(problem->text()));
        pageSize->setValue(8192);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!problem->isVisible());
    }

    void changesThePassphraseOfAnEncryptedFileToARandomRawKey()
    {
        const QByteArray oldKey = "old staple battery";
        const QString db = makeDatabase(QStringLiteral("rekey.db"), oldKey);
        JobRunner runner;
        ConversionWizard wizard(&runner);
        wizard.show();
        chooseFileAndDiagnose(wizard, db, oldKey);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(child<QLabel>(wizard, "diagnosisHeadline")->text().contains(QStringLiteral("SQLCipher 4")));

        auto *rekey = child<QRadioButton>(wizard, "rekeyRadio");
        QVERIFY(rekey->isChecked()); // a current SQLCipher 4 file: changing the key is what is left to do
        QVERIFY(!child<QRadioButton>(wizard, "encryptRadio")->isEnabled());
        click(wizard.button(QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(ConversionWizard::NewKeyId));

        click(child<QRadioButton>(wizard, "rawKeyRadio"));
        const QString raw =
            QString::fromUtf8(child<ui::SecretLineEdit>(wizard, "newKeyEdit")->secret().toByteArray());
        QVERIFY(KeyMaterial::looksRaw(QCA::SecureArray(raw.toUtf8())));
        QTest::keyClicks(child<ui::SecretLineEdit>(wizard, "confirmKeyEdit"), raw);
        click(wizard.button(QWizard::NextButton));

        commitAndWait(wizard, QStringLiteral("&Change Key"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(readWithShell(db, raw.toUtf8()).out, expectedContent());
        QVERIFY(readWithShell(db, oldKey).exitCode != 0);
        const QStringList kept = keptOriginals(db, QStringLiteral("rekey"));
        QCOMPARE(kept.size(), 1);
        QCOMPARE(readWithShell(m_dir.filePath(kept.first()), oldKey).out, expectedContent());
        // ... which the result page says: a new key does not lock the old copies.
        QVERIFY2(child<QLabel>(wizard, "resultChecks")
                     ->text()
                     .contains(QStringLiteral("still open with the old key")),
                 qPrintable(child<QLabel>(wizard, "resultChecks")->text()));
    }

    void decryptingAsksTwiceBeforeItStarts()
    {
        const QByteArray key = "decrypt me please";
        const QString db = makeDatabase(QStringLiteral("decrypt.db"), key);
        JobRunner runner;
        ConversionWizard wizard(&runner);
        wizard.show();
        chooseFileAndDiagnose(wizard, db, key);
        if (QTest::currentTestFailed())
            return;

        click(child<QRadioButton>(wizard, "decryptRadio"));
        QVERIFY(child<QRadioButton>(wizard, "decryptRadio")->isChecked());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // first question
        click(child<QCheckBox>(wizard, "confirmDecryptCheck"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        click(wizard.button(QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(ConversionWizard::SummaryId)); // no new key for a plain result
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(wizard, "summaryText")->text().contains(QStringLiteral("NOT encrypted")), 60000);
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled()); // second question
        QVERIFY(readWithShell(db, {}).exitCode != 0);                // nothing written so far
        click(child<QCheckBox>(wizard, "confirmDecryptAgainCheck"));
        commitAndWait(wizard, QStringLiteral("&Decrypt"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(readWithShell(db, {}).out, expectedContent());
    }

    void startedFromAnOpenDatabaseItReopensTheConvertedFileWithTheNewKey()
    {
        const QByteArray oldKey = "dashboard old key";
        const QString db = makeDatabase(QStringLiteral("open.db"), oldKey);
        JobRunner runner;
        JobsIndicator jobs(&runner);
        DatabasesPage page(&runner, &jobs);
        page.show();
        qputenv("WIZARD_TEST_KEY", oldKey);
        page.openDatabase(db, KeySource::environment(QStringLiteral("WIZARD_TEST_KEY")));
        DatabaseDashboard *dashboard = page.dashboard(db);
        QVERIFY(dashboard);
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->session() && dashboard->session()->isOpen(), 60000);

        // The dashboard's key and settings come along: the file page is skipped and no key is asked.
        ConversionWizard *wizard = page.startConversion(db, ConversionKind::Rekey);
        QCOMPARE(wizard->currentId(), int(ConversionWizard::DiagnosisId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 60000);
        QVERIFY(!child<ui::SecretLineEdit>(*wizard, "currentKeyEdit")->isVisible());
        click(wizard->button(QWizard::NextButton));
        QVERIFY(child<QRadioButton>(*wizard, "rekeyRadio")->isChecked());
        click(wizard->button(QWizard::NextButton));
        const QString newKey = QStringLiteral("a brand new passphrase for the dashboard");
        QTest::keyClicks(child<ui::SecretLineEdit>(*wizard, "newKeyEdit"), newKey);
        QTest::keyClicks(child<ui::SecretLineEdit>(*wizard, "confirmKeyEdit"), newKey);
        click(wizard->button(QWizard::NextButton));
        commitAndWait(*wizard, QStringLiteral("&Change Key"));
        if (QTest::currentTestFailed())
            return;

        click(child<QAbstractButton>(*wizard, "openNewFileButton"));
        // The same dashboard now shows the new file, opened with the new key.
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->session() && dashboard->session()->isOpen() &&
                                     dashboard->session()->key() &&
                                     dashboard->session()->key()->secret().toByteArray() == newKey.toUtf8(),
                                 60000);
        QCOMPARE(page.openPaths(), QStringList{db});
        QCOMPARE(readWithShell(db, newKey.toUtf8()).out, expectedContent());
    }

    void aWrongCurrentKeyKeepsTheWizardOnTheDiagnosis()
    {
        const QString db = makeDatabase(QStringLiteral("wrong.db"), "the right key");
        const QByteArray before = [&] {
            QFile f(db);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        JobRunner runner;
        ConversionWizard wizard(&runner);
        wizard.show();
        QTest::keyClicks(child<QLineEdit>(wizard, "pathEdit"), db);
        click(wizard.button(QWizard::NextButton));
        auto *keyEdit = child<ui::SecretLineEdit>(wizard, "currentKeyEdit");
        QTRY_VERIFY_WITH_TIMEOUT(keyEdit->isVisible(), 30000);
        QTest::keyClicks(keyEdit, QStringLiteral("not the key"));
        click(child<QAbstractButton>(wizard, "tryKeyButton"));
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(wizard, "diagnosisHeadline")->text().contains(QStringLiteral("does not open")),
            60000);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
};

QTEST_MAIN(TestConversionWizard)
#include "TestConversionWizard.moc"
