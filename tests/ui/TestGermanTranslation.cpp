#include "core/FileHashJob.h"
#include "core/JobRunner.h"
#include "core/Translations.h"
#include "jobs/JobProgressDialog.h"
#include "support/UserLanguage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QWizard>
#include <QXmlStreamReader>

// Fails when any string the user reads has no finished German translation: lupdate scans today's
// sources of the console (ui/, tr()) and of the libraries and the CLI (app/,
// QCoreApplication::translate) into a copy of the committed .ts, so a new string that nobody
// translated fails here too.
class TestGermanTranslation : public QObject
{
    Q_OBJECT

    static QString source(const QString &relative)
    {
        return qEnvironmentVariable("STRONGROOM_SOURCE_DIR") + QLatin1Char('/') + relative;
    }

private Q_SLOTS:
    void everyStringOfTheConsoleAndTheLibrariesHasAFinishedGermanTranslation()
    {
        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("strongroom_de.ts"));
        QVERIFY(QFile::copy(source(QStringLiteral("translations/strongroom_de.ts")), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
                      {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-locations"), QStringLiteral("none"), source(QStringLiteral("ui")),
                       source(QStringLiteral("app")), QStringLiteral("-ts"), ts});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        QFile file(ts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString sourceText;
        QStringList unfinished;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                sourceText = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const bool markedUnfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (markedUnfinished || text.trimmed().isEmpty())
                    unfinished << sourceText;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 1000);
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("untranslated: ") + unfinished.join(QStringLiteral(" | "))));
    }

    void theGermanCatalogueIsCompiledIntoTheProgram()
    {
        QVERIFY(strongroom::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(QCoreApplication::translate("strongroom::ui::MainWindow", "Databases"),
                 QStringLiteral("Datenbanken"));
        QCOMPARE(
            QCoreApplication::translate("strongroom::ui::JobsIndicator", "%n job(s) running", nullptr, 2),
            QStringLiteral("2 Aufgaben laufen"));
    }

    // Job titles, step names, overviews and errors are written in app/ and translated from the same
    // catalogue, which is a resource of app/core (the CLI loads it too).
    void messagesOfTheLibrariesAreGerman_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::newRow("job title") << "FileHashJob" << "Checksum of %1" << "Prüfsumme von %1";
        QTest::newRow("step") << "ConversionJob" << "Write the new file" << "Neue Datei schreiben";
        QTest::newRow("wrong key") << "KeySlots" << "%1: the key does not open %2."
                                   << "%1: Der Schlüssel öffnet %2 nicht.";
        QTest::newRow("report") << "RestoreCommitJob" << "%1 restored from %2 and verified.%3"
                                << "%1 aus %2 wiederhergestellt und geprüft.%3";
        QTest::newRow("volume step") << "VolumeMappingJob" << "Mount %1" << "%1 einhängen";
        QTest::newRow("age error") << "AgeFormat" << "The age header is damaged: %1."
                                   << "Der age-Kopf ist beschädigt: %1.";
    }
    void messagesOfTheLibrariesAreGerman()
    {
        QFETCH(QString, context);
        QFETCH(QString, english);
        QFETCH(QString, german);
        QVERIFY(strongroom::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(QCoreApplication::translate(context.toLatin1().constData(), english.toUtf8().constData()),
                 german);
    }

    // The console's job dialog lists the steps a job of app/ names, in German.
    void theJobDialogShowsGermanStepsAndReport()
    {
        QVERIFY(strongroom::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
        QTemporaryDir dir;
        QFile data(dir.filePath(QStringLiteral("data.bin")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write(QByteArray(4096, 'x'));
        data.close();
        strongroom::JobRunner runner;
        strongroom::JobHandle *handle =
            runner.start(std::make_shared<strongroom::FileHashJob>(data.fileName()));
        auto *dialog = new strongroom::ui::JobProgressDialog(handle);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        auto *steps = dialog->findChild<QListWidget *>();
        QVERIFY(steps);
        QCOMPARE(steps->count(), 1);
        QVERIFY2(steps->item(0)->text().contains(QStringLiteral("SHA-256 berechnen")),
                 qPrintable(steps->item(0)->text()));
        QVERIFY2(dialog->windowTitle().contains(QStringLiteral("Prüfsumme von data.bin")),
                 qPrintable(dialog->windowTitle()));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 10000);
        const QString report = dialog->findChild<QTextBrowser *>()->toPlainText();
        QVERIFY2(report.contains(QStringLiteral("SHA-256 von ")), qPrintable(report));
        dialog->close();
    }

    // Qt's own strings (a wizard's Back and Next, a dialog's Cancel) come from Debian's
    // qt6-translations-l10n, a dependency of the package.
    void qtsOwnButtonsAreGermanToo()
    {
        QVERIFY(strongroom::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
        QWizard wizard;
        QCOMPARE(wizard.buttonText(QWizard::NextButton), QStringLiteral("&Weiter >"));
        QCOMPARE(wizard.buttonText(QWizard::BackButton), QStringLiteral("< &Zurück"));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    }

    // English is the source language, but a counted message needs its singular: English, the C
    // locale (LC_ALL=C.UTF-8) and a language without a catalogue all get the English forms.
    void englishAndLanguagesWithoutACatalogueGetEnglishSingularAndPlural_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("C") << QLocale::c();
        QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France);
    }

    void englishAndLanguagesWithoutACatalogueGetEnglishSingularAndPlural()
    {
        QFETCH(QLocale, locale);
        useGerman(false); // drops every translator installed before
        QVERIFY(strongroom::installTranslations(*qApp, locale));
        const char *context = "strongroom::ui::JobsIndicator";
        QCOMPARE(QCoreApplication::translate(context, "%n job(s) running", nullptr, 1),
                 QStringLiteral("1 job running"));
        QCOMPARE(QCoreApplication::translate(context, "%n job(s) running", nullptr, 3),
                 QStringLiteral("3 jobs running"));
        QCOMPARE(QCoreApplication::translate("JobProgress", "%1 rows", nullptr, 1).arg(1),
                 QStringLiteral("1 row"));
        // Messages without a count stay the source text.
        QCOMPARE(QCoreApplication::translate("strongroom::ui::MainWindow", "Databases"),
                 QStringLiteral("Databases"));
    }

    // Every counted message has its English singular and plural: lupdate's plurals-only scan of
    // today's sources into a copy of the committed English file leaves nothing unfinished.
    void everyCountedMessageHasItsEnglishForms()
    {
        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("strongroom_en.ts"));
        QVERIFY(QFile::copy(source(QStringLiteral("translations/strongroom_en.ts")), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
                      {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-pluralonly"), QStringLiteral("-locations"), QStringLiteral("none"),
                       source(QStringLiteral("ui")), source(QStringLiteral("app")), QStringLiteral("-ts"),
                       ts});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QFile file(ts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.count("numerus=\"yes\"") > 20);
        QVERIFY2(!text.contains("type=\"unfinished\""), text.constData());
        QVERIFY2(!text.contains("<numerusform></numerusform>"), text.constData());
    }
};

QTEST_MAIN(TestGermanTranslation)
#include "TestGermanTranslation.moc"
