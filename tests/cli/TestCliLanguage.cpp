#include "app/backup/BackupFixtures.h"
#include "support/CliProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace backupfixtures;

// strongroom-cli speaks the user's language as the console does: it follows LANGUAGE, LC_ALL,
// LC_MESSAGES and LANG. Only the words change: the exit code and, under --json, the error's kind
// (an identifier) are the same in every language.
class TestCliLanguage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QString m_database;

    // The test's environment without any language setting of the caller, plus `settings`.
    QProcessEnvironment environmentWith(const QList<QPair<QString, QString>> &settings) const
    {
        QProcessEnvironment env = environment(m_home.path());
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
            env.remove(QString::fromLatin1(name));
        for (const auto &[name, value] : settings)
            env.insert(name, value);
        return env;
    }

    static QString german() { return QStringLiteral("de_DE.UTF-8"); }
    static QString english() { return QStringLiteral("C.UTF-8"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        if (runSqlCipherShell(QStringLiteral(":memory:"), "SELECT 1;").exitCode != 0)
            QSKIP("the sqlcipher shell does not run here; the database of this test is made with it");
        m_database = m_home.filePath(QStringLiteral("shop.db"));
        QVERIFY(makeDatabase(m_database, liveKey(), 20, "shop"));
    }

    void aWrongKeyIsReportedInTheUsersLanguage_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("isGerman");
        QTest::newRow("LANG=de") << "LANG" << german() << true;
        QTest::newRow("LC_ALL=de") << "LC_ALL" << german() << true;
        QTest::newRow("LC_MESSAGES=de") << "LC_MESSAGES" << german() << true;
        QTest::newRow("LANG=C") << "LANG" << english() << false;
    }
    void aWrongKeyIsReportedInTheUsersLanguage()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(bool, isGerman);
        const QStringList args{QStringLiteral("db"), QStringLiteral("info"), m_database,
                               QStringLiteral("--key-env"), QStringLiteral("OTHER_KEY")};
        const CliRun run = runCli(args, {}, environmentWith({{variable, value}}));
        const QString err = QString::fromUtf8(run.err);
        QCOMPARE(run.exitCode, 3);
        if (isGerman) {
            QVERIFY2(err.contains(QStringLiteral("Der Schlüssel öffnet diese Datei mit keiner der versuchten "
                                                 "Einstellungen")),
                     qPrintable(err));
            // The hint names the same options in German as in English.
            QVERIFY2(err.contains(QStringLiteral("Geben Sie andere Einstellungen mit --page-size")),
                     qPrintable(err));
        } else {
            QVERIFY2(err.contains(QStringLiteral("the key does not open this file")), qPrintable(err));
        }
    }

    // Under --json the kind and code stay identifiers; the message is the user's language.
    void jsonKeepsTheKindAndCodeInEveryLanguage()
    {
        const QStringList args{QStringLiteral("--json"),    QStringLiteral("db"),
                               QStringLiteral("info"),      m_database,
                               QStringLiteral("--key-env"), QStringLiteral("OTHER_KEY")};
        const CliRun de = runCli(args, {}, environmentWith({{QStringLiteral("LANG"), german()}}));
        const CliRun en = runCli(args, {}, environmentWith({{QStringLiteral("LANG"), english()}}));
        QCOMPARE(de.exitCode, en.exitCode);
        const QJsonObject deError =
            QJsonDocument::fromJson(de.out).object().value(QStringLiteral("error")).toObject();
        const QJsonObject enError =
            QJsonDocument::fromJson(en.out).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(deError.value(QStringLiteral("kind")).toString(), QStringLiteral("wrong-key"));
        QCOMPARE(deError.value(QStringLiteral("kind")), enError.value(QStringLiteral("kind")));
        QCOMPARE(deError.value(QStringLiteral("code")), enError.value(QStringLiteral("code")));
        QVERIFY2(deError.value(QStringLiteral("message")).toString().contains(QStringLiteral("Schlüssel")),
                 de.out.constData());
        QVERIFY2(enError.value(QStringLiteral("message")).toString().contains(QStringLiteral("the key")),
                 en.out.constData());
    }

    // A usage error of the CLI itself (not of a library) is German too, with the same exit code 2.
    void usageErrorsAreGermanWithTheSameExitCode()
    {
        const QStringList args{QStringLiteral("backup"), QStringLiteral("create")};
        const CliRun de = runCli(args, {}, environmentWith({{QStringLiteral("LANG"), german()}}));
        const CliRun en = runCli(args, {}, environmentWith({{QStringLiteral("LANG"), english()}}));
        QCOMPARE(en.exitCode, 2);
        QCOMPARE(de.exitCode, en.exitCode);
        QVERIFY2(de.err.contains("backup create erwartet genau eine DB."), de.err.constData());
        QVERIFY2(en.err.contains("backup create takes exactly one DB."), en.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "TestCliLanguage.moc"
