#include "Translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWizard>
#include <QXmlStreamReader>

// Fails when any string of the GUI has no finished German translation: lupdate scans today's sources
// into a copy of the committed .ts, so a new tr() string that nobody translated fails here too.
class TestGermanTranslation : public QObject
{
    Q_OBJECT

    static QString source(const QString &relative)
    {
        return qEnvironmentVariable("STRONGROOM_SOURCE_DIR") + QLatin1Char('/') + relative;
    }

private Q_SLOTS:
    void everyGuiStringHasAFinishedGermanTranslation()
    {
        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("strongroom_de.ts"));
        QVERIFY(QFile::copy(source(QStringLiteral("translations/strongroom_de.ts")), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
                      {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-locations"), QStringLiteral("none"), source(QStringLiteral("ui")),
                       QStringLiteral("-ts"), ts});
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
        QVERIFY(messages > 50);
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("untranslated: ") + unfinished.join(QStringLiteral(" | "))));
    }

    void theGermanCatalogueIsCompiledIntoTheProgram()
    {
        QVERIFY(strongroom::ui::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(QCoreApplication::translate("strongroom::ui::MainWindow", "Databases"),
                 QStringLiteral("Datenbanken"));
        QCOMPARE(
            QCoreApplication::translate("strongroom::ui::JobsIndicator", "%n job(s) running", nullptr, 2),
            QStringLiteral("2 Aufgaben laufen"));
    }

    // Qt's own strings (a wizard's Back and Next, a dialog's Cancel) come from Debian's
    // qt6-translations-l10n, a dependency of the package.
    void qtsOwnButtonsAreGermanToo()
    {
        QVERIFY(strongroom::ui::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
        QWizard wizard;
        QCOMPARE(wizard.buttonText(QWizard::NextButton), QStringLiteral("&Weiter >"));
        QCOMPARE(wizard.buttonText(QWizard::BackButton), QStringLiteral("< &Zurück"));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    }

    void englishNeedsNoCatalogue()
    {
        QVERIFY(
            !strongroom::ui::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    }
};

QTEST_MAIN(TestGermanTranslation)
#include "TestGermanTranslation.moc"
